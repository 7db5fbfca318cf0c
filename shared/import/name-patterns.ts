// People in the text: 电头 with its byline (科学导报讯 记者周文远), and signatures (…持续改善。 韩一鸣 or
// a name on its own line). A name is recognised by a common surname, so ordinary words are not.
import { tailOf } from './char-classes';

// Common single-character surnames. Characters that more often start an ordinary word than a name
// (国, 文, 和, 成, 海, 平, 时, 全 …) are left out on purpose: a missed signature stays text, while a
// word taken for a name would end an article.
const SURNAMES = new Set(
  Array.from(
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝封谈匡鞠惠荆冀郁胥班储栗燕楚鄢劳谌奚皮粟冼蔺闻厉伊仝郜阚帅屠朴盖练廉禹祖漆巴卿狄宣晋扈晁芮阙浦戈伏鹿邸雍辜羊乌母裘亓修邰赫杭况宿鲜逯隆茹诸战慕危亢嵇湛宾戎勾茅揭尉冶束檀衣昝幸衡尧',
  ),
);
const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '令狐',
  '夏侯',
  '端木',
  '独孤',
  '南宫',
  '宇文',
  '司徒',
  '申屠',
  '钟离',
  '轩辕',
  '呼延',
];

// Endings that make a short word an organisation or a place, never a person.
const NOT_A_NAME_END = /[区县市省镇乡村局委办处部厅刊报网社站所院校馆园司厂队组会]$/u;

/** 周文远, 韩鸣, 欧阳明华 — two or three characters after a common surname (four with a compound one). */
function isPersonName(word: string): boolean {
  if (!/^\p{Script=Han}{2,4}$/u.test(word) || NOT_A_NAME_END.test(word)) return false;
  const compound = COMPOUND_SURNAMES.some((surname) => word.startsWith(surname));
  if (compound) return word.length >= 3;
  return word.length <= 3 && SURNAMES.has(word.charAt(0));
}

const ROLE = '(?:本报|特约|见习|实习|新华社)?(?:记者|通讯员|实习生|摄影)';
// Bounded repeats throughout: these run on whole lines, and a long run under an unbounded one costs time.
const ROLE_PREFIX = new RegExp(`^${ROLE}[\\s:：]{0,8}`, 'u');

/** 周文远 · 周文远 韩一鸣 · 本报记者 张强 · （周文远）: one to four names, each optionally after a role word. */
export function isSignatureText(text: string): boolean {
  if (text.length > 60) return false;
  // （孙磊 周敏）: names in brackets sign the same way (the split below drops the spaces inside them).
  let bare = text.trim();
  if (/^[（(]/u.test(bare) && /[）)]$/u.test(bare)) bare = bare.slice(1, -1);
  const words = bare.split(/[\s、，,]+/u).filter((word) => word !== '');
  if (words.length === 0 || words.length > 4) return false;
  let names = 0;
  for (const word of words) {
    const name = word.replace(ROLE_PREFIX, '');
    if (name === '' && ROLE_PREFIX.test(word)) continue;
    if (!isPersonName(name)) return false;
    names += 1;
  }
  return names > 0;
}

// One bounded character class after the space, so a long paragraph costs no backtracking.
const SIGNATURE_AFTER_SPACE = /(?<=[。！？!?…”’）)])[ \t\u3000]+([\p{Script=Han} \t\u3000、]{2,40})$/u;

/** A signature set after the last sentence of a paragraph: …持续改善。 韩一鸣 → ['…持续改善。', '韩一鸣']. */
export function splitTrailingSignature(text: string): [string, string] | null {
  const trimmed = text.trimEnd();
  const tail = tailOf(trimmed, 80);
  const match = SIGNATURE_AFTER_SPACE.exec(tail.text);
  if (!match || !isSignatureText(match[1] ?? '')) return null;
  return [trimmed.slice(0, tail.offset + match.index), (match[1] ?? '').trim()];
}

// The first characters of a name after a line's last sentence; the rest of it opens the next line.
const NAME_CUT_AT_LINE_END = /(?<=[。！？!?…”’）)])[ \t\u3000]+(\p{Script=Han}{1,3})$/u;

/** …安心发展。 庞 / 卓然: a column cut the signature after the last sentence in two. */
export function signatureCutAcrossLines(end: string, next: string): boolean {
  const head = NAME_CUT_AT_LINE_END.exec(tailOf(end, 16).text)?.[1];
  const rest = next.trim();
  if (head === undefined || !/^\p{Script=Han}{1,3}$/u.test(rest)) return false;
  // A whole name already ends the line unless all that follows is a single character.
  return isSignatureText(head + rest) && (rest.length === 1 || !isSignatureText(head));
}

const DATELINE = /^(科学导报讯|本报讯|科学导报(?=[\s（(]|记者|通讯员)|新华社[\p{Script=Han}\d]{0,12}电)/u;
const BYLINE_PART = new RegExp(`^\\s{0,8}(${ROLE})[\\s:：]{0,8}(\\p{Script=Han}{2,4})(?=\\s|$)`, 'u');
const BYLINE_BRACKETED = /^\s{0,8}([（(][^（）()]{2,40}[）)])/u;

export function startsWithDateline(text: string): boolean {
  return DATELINE.test(text.trimStart());
}

export interface DatelineSplit {
  dateline: string;
  byline: string;
  rest: string;
}

/**
 * 科学导报讯 记者周文远 青河新区… → 科学导报讯 / 记者周文远 / 青河新区…. A byline is taken only when
 * whitespace ends the name, the way pages and drafts set it; otherwise the text stays in the body.
 */
export function splitDateline(text: string): DatelineSplit | null {
  const trimmed = text.trimStart();
  const dateline = DATELINE.exec(trimmed);
  if (!dateline) return null;
  let rest = trimmed.slice(dateline[0].length);
  const bylines: string[] = [];
  const bracketed = BYLINE_BRACKETED.exec(rest);
  if (bracketed && /记者|通讯员|实习生/u.test(bracketed[1] ?? '')) {
    bylines.push(bracketed[1] ?? '');
    rest = rest.slice(bracketed[0].length);
  } else {
    for (let part = BYLINE_PART.exec(rest); part && bylines.length < 6; part = BYLINE_PART.exec(rest)) {
      // As printed (记者：周文远 keeps its colon), only the spaces inside one name taken out.
      bylines.push(part[0].replace(/\s+/gu, ''));
      rest = rest.slice(part[0].length);
    }
  }
  return { dateline: dateline[0], byline: bylines.join(' '), rest };
}

/** The author a library entry is filed under: the byline's names, else the signature. */
export function authorOf(byline: string, signature: string): string {
  const names = (text: string): string[] =>
    text
      .replace(/[（）()]/gu, ' ')
      .split(/[\s、，,]+/u)
      .map((word) => word.replace(ROLE_PREFIX, ''))
      .filter((word) => word !== '');
  const fromByline = names(byline);
  return (fromByline.length > 0 ? fromByline : names(signature)).join(' ').slice(0, 100);
}
