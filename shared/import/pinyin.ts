// Column logos print their name with its pinyin (亮点新闻 liangdian xinwen). A run of Latin letters
// is taken for that pinyin only when it splits into as many pinyin syllables as the name has characters.

const INITIALS = ['zh', 'ch', 'sh', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'r', 'z', 'c', 's', 'y', 'w', ''];
const FINALS = new Set(
  'a o e i u v ai ei ao ou an en ang eng ong er ia ie iao iu ian in iang ing iong ua uo uai ui uan un uang ueng ue ve'.split(' '),
);
const LONGEST_SYLLABLE = 6;

function isSyllable(text: string): boolean {
  return INITIALS.some((initial) => text.startsWith(initial) && FINALS.has(text.slice(initial.length)));
}

/** The fewest and the most syllables `letters` (lower case a–z only) splits into, or null when it does not split. */
function syllableRange(letters: string): [number, number] | null {
  const fewest: number[] = [0];
  const most: number[] = [0];
  for (let end = 1; end <= letters.length; end += 1) {
    fewest[end] = Infinity;
    most[end] = -Infinity;
    for (let start = Math.max(0, end - LONGEST_SYLLABLE); start < end; start += 1) {
      const before = fewest[start] ?? Infinity;
      if (before === Infinity || !isSyllable(letters.slice(start, end))) continue;
      fewest[end] = Math.min(fewest[end] ?? Infinity, before + 1);
      most[end] = Math.max(most[end] ?? -Infinity, (most[start] ?? 0) + 1);
    }
  }
  const low = fewest[letters.length] ?? Infinity;
  return low === Infinity ? null : [low, most[letters.length] ?? low];
}

/** `liangdian xinwen` is the pinyin of a four-character name: every word splits into syllables, four in all. */
export function isPinyinOf(latin: string, characters: number): boolean {
  const words = latin.trim().toLowerCase().split(/\s+/u);
  if (words.length === 0 || words.length > characters || latin.length > 8 * characters) return false;
  let low = 0;
  let high = 0;
  for (const word of words) {
    if (!/^[a-zü]{1,30}$/u.test(word)) return false;
    const range = syllableRange(word.replace(/ü/gu, 'v'));
    if (!range) return false;
    low += range[0];
    high += range[1];
  }
  return low <= characters && characters <= high;
}

const NAME_WITH_PINYIN = /^(\p{Script=Han}{2,6})[ \t\u3000]{0,4}([A-Za-z][A-Za-z \t]{1,60})$/u;

/** 亮点新闻 liangdian xinwen (or 亮点新闻liangdianxinwen): a name and its own pinyin on one line. */
export function isNameWithPinyin(text: string): boolean {
  const match = NAME_WITH_PINYIN.exec(text.trim());
  return match !== null && isPinyinOf(match[2] ?? '', (match[1] ?? '').length);
}

/** A line of pinyin alone (liangdian xinwen), checked against the name on the line next to it. */
export function isPinyinLine(text: string, name: string): boolean {
  const trimmed = name.trim();
  return /^\p{Script=Han}{2,6}$/u.test(trimmed) && isPinyinOf(text, trimmed.length);
}
