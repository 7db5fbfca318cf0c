// The printed conventions of the paper's drafts, as patterns: 电头 and byline, 副题 dashes,
// photo credits (■ 张三摄, …供图), signatures and jump lines. They only split text; no word is rewritten.

const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
const NAME = `[${HAN}·]{2,4}`;
const ROLE = '(?:本报)?(?:特约|见习|实习)?(?:记者|通讯员|实习生)';

// Invisible characters a pasted draft may carry: zero-width marks and bidirectional overrides
// (the latter can make text display in an order other than the one stored).
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// eslint-disable-next-line no-control-regex -- stray control characters are what is removed
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** One line of plain text: invisible and control characters removed, runs of space (incl. 全角空格) made one. */
export function cleanText(raw: string): string {
  return raw.replace(INVISIBLE, '').replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

const CJK_EDGE = new RegExp(`[${HAN}\\u3000-\\u303f\\uff00-\\uffef]`);

/** Lines of one headline, joined without a space where both sides are Chinese. */
export function joinLines(lines: readonly string[]): string {
  return lines.reduce((joined, line) => {
    if (!joined) return line;
    const glue = CJK_EDGE.test(joined.slice(-1)) && CJK_EDGE.test(line.slice(0, 1)) ? '' : ' ';
    return joined + glue + line;
  }, '');
}

/** A line short enough for a kicker or a subhead, and not a sentence. */
export function isShortLine(text: string, max = 40): boolean {
  return text.length <= max && !/[。；;]$/.test(text);
}

/** 副题 begin with a dash run: ——, ———, －－, -- or box-drawing dashes. */
export function isSubtitleLine(text: string): boolean {
  return /^[—―─－-]\s*[—―─－-]\s*\S/.test(text);
}

export function isJumpLine(text: string): boolean {
  return /^[（(]?\s*(?:下转|上接|转|接)(?:\s*第)?\s*(?:[A-Za-z]\s*)?\d{1,2}\s*版\s*[)）]?$/.test(text);
}

const BYLINE_ONLY = new RegExp(`^[（(]?\\s*${ROLE}\\s*${NAME}(?:[\\s、，,]+(?:${ROLE}\\s*)?${NAME})*\\s*[)）]?$`);

/** A line holding only a byline, e.g. 本报记者 王波 通讯员 李明. */
export function isBylineLine(text: string): boolean {
  return text.length <= 60 && BYLINE_ONLY.test(text);
}

const DATELINE = new RegExp(`^(?:【\\s*)?((?:科学导报|本报)[${HAN}]{0,6}?讯)(?:\\s*】)?`);
const PAREN_BYLINE = /^\s*[（(]([^（）()]{1,60})[)）]/;
const BYLINE_TOKEN = new RegExp(`^\\s*(${ROLE}\\s*${NAME})(?=[\\s、，,]|$)[、，,]?`);

export interface DatelineParts {
  dateline: string;
  byline: string;
  rest: string;
}

/** 科学导报讯 记者王波 通讯员李明 12月3日，… → 电头, byline and the paragraph's own text. */
export function splitDateline(text: string): DatelineParts | undefined {
  const head = DATELINE.exec(text);
  if (!head) return undefined;
  let rest = text.slice(head[0].length);
  const paren = PAREN_BYLINE.exec(rest);
  if (paren && new RegExp(ROLE).test(paren[1] ?? '')) {
    return { dateline: head[1] ?? '', byline: cleanText(paren[1] ?? ''), rest: rest.slice(paren[0].length).trim() };
  }
  const tokens: string[] = [];
  for (let token = BYLINE_TOKEN.exec(rest); token; token = BYLINE_TOKEN.exec(rest)) {
    tokens.push(token[1] ?? '');
    rest = rest.slice(token[0].length);
  }
  return { dateline: head[1] ?? '', byline: tokens.join(' '), rest: rest.trim() };
}

export interface CaptionParts {
  text: string;
  credit: string;
}

const CREDIT_WORD = '(?:摄|供图|提供|制图|绘)';
// Each credit pattern is anchored at both ends and tried only where a credit can start, so a long
// caption is never rescanned from each of its characters.
const PAREN_CREDIT = new RegExp(`^[（(]([^（）()]{1,40}?${CREDIT_WORD})\\s*[)）]$`);
const TRAILING_CREDIT = new RegExp(`^[^。！？!?\\s][^。！？!?]{0,30}?${CREDIT_WORD}$`);
const BEFORE_TRAILING_CREDIT = /[。！？!?”」』）)\s]/;
// A trailing credit is at most 1 + 30 characters and a two-character credit word.
const TRAILING_CREDIT_MAX = 33;
const CREDIT_ONLY = new RegExp(`^[^。！？!?]{1,30}?${CREDIT_WORD}$`);

/** "…交流（张三 摄）": the credit in the last bracket pair, which closes the text. */
function parenCredit(text: string): CaptionParts | null {
  const open = Math.max(text.lastIndexOf('('), text.lastIndexOf('（'));
  const match = open < 0 ? null : PAREN_CREDIT.exec(text.slice(open));
  return match ? { text: text.slice(0, open).trim(), credit: (match[1] ?? '').trim() } : null;
}

/** "…交流。 李四供图": the earliest start, after a sentence end, closing bracket or space, of a credit that ends the text. */
function trailingCredit(text: string): CaptionParts | null {
  for (let start = Math.max(1, text.length - TRAILING_CREDIT_MAX); start < text.length; start += 1) {
    if (BEFORE_TRAILING_CREDIT.test(text.charAt(start - 1)) && TRAILING_CREDIT.test(text.slice(start))) {
      return { text: text.slice(0, start).trim(), credit: text.slice(start).trim() };
    }
  }
  return null;
}

/** 图说 and its credit: "…交流。■ 张三摄", "…（张三 摄）", "…。 李四供图". */
export function splitCaption(text: string): CaptionParts {
  const box = text.lastIndexOf('■');
  if (box !== -1 && text.slice(box + 1).trim()) return { text: text.slice(0, box).trim(), credit: text.slice(box + 1).trim() };
  const paren = parenCredit(text);
  if (paren) return paren;
  const trailing = trailingCredit(text);
  if (trailing) return trailing;
  if (CREDIT_ONLY.test(text)) return { text: '', credit: text };
  return { text, credit: '' };
}

const SIGNATURE = new RegExp(
  `^(?:[（(]\\s*)?(?:(?:${ROLE}|撰稿|文|图|摄影|编辑)[\\s:：/／]*)?${NAME}(?:[\\s、，,]+(?:${ROLE}\\s*)?${NAME}){0,4}(?:\\s*[)）])?$`,
);

/** A closing name line: 刘晓华, 记者 王波 李明, （张三）, 文/李四. */
export function isSignatureLine(text: string): boolean {
  return text.length <= 40 && SIGNATURE.test(text);
}

// The commonest surnames (well over four in five people). Only used to break a tie: a short
// line between two articles that could be either a 署名 or the next 引题.
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'.split(
    '',
  ),
);

/** A signature line made of names that start with a common surname (or with a role such as 记者). */
export function looksLikeNames(text: string): boolean {
  if (!isSignatureLine(text)) return false;
  const bare = text.replace(/^[（(]\s*/, '');
  return !/^[\u3400-\u9fff]/.test(bare) || new RegExp(`^${ROLE}|^(?:撰稿|文|图|摄影|编辑)`).test(bare) || SURNAMES.has(bare[0] ?? '');
}
