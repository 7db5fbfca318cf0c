// 图说 credits: ■ 周文远摄 · 本报记者 张强 摄 · 某某开发区供图 — on their own line after
// the caption, or set after its last sentence.
import { hasSentenceEnd, tailOf } from './char-classes';
import { isSignatureText } from './name-patterns';
import { cleanTitleText } from './text-cleanup';
import { isWhitespaceCode } from '../text/characters';

const MARKS = '■□▲△●◆';
// Longest first: …摄影 is a credit word of its own, not 摄 after 影.
const CREDIT_WORDS = ['摄影', '供图', '摄'];

/** [mark, who, credit word] of `■ 周文远摄`: a mark and the spaces after it, the name, the word at the very end. */
function creditParts(bare: string): [boolean, string, string] | null {
  if (/[\n\r\u2028\u2029]/u.test(bare)) return null;
  const word = CREDIT_WORDS.find((candidate) => bare.endsWith(candidate));
  if (word === undefined) return null;
  const end = bare.length - word.length;
  const marked = end >= 1 && MARKS.includes(bare.charAt(0));
  let start = marked ? 1 : 0;
  if (marked) while (start < end && isWhitespaceCode(bare.charCodeAt(start))) start += 1;
  return [marked, bare.slice(start, end).trimEnd(), word];
}

/** A whole credit: a photographer's name (with 摄) or a source (with 供图), possibly bracketed or marked ■. */
export function isCreditText(text: string): boolean {
  if (text.length > 60 || !/摄|供图/u.test(text)) return false;
  const bare = text.trim().replace(/^[（(](.*)[）)]$/u, '$1');
  const parts = creditParts(bare);
  if (!parts) return false;
  const [marked, who, word] = parts;
  if (who.length === 0 || who.length > 30 || hasSentenceEnd(who) || /[，,]/u.test(who)) return false;
  if (word === '供图' || marked) return true;
  return isSignatureText(who);
}

const AFTER_SENTENCE = /(?<=[。！？!?…”’）)])[ \t\u3000]*([^。！？!?\s][^。！？!?]{1,40})$/u;

/** …工人在调试设备。 ■ 周文远摄 → ['…工人在调试设备。', '■ 周文远摄']. */
export function splitTrailingCredit(text: string): [string, string] | null {
  const trimmed = text.trimEnd();
  const tail = tailOf(trimmed, 80);
  let found = -1;
  for (const char of MARKS) found = Math.max(found, tail.text.lastIndexOf(char));
  const mark = tail.offset + found;
  if (found >= 0 && mark > 0 && isCreditText(trimmed.slice(mark))) return [trimmed.slice(0, mark), trimmed.slice(mark)];
  // 园区夜景（李四 摄）: a credit in the brackets that close the caption.
  const open = Math.max(tail.text.lastIndexOf('（'), tail.text.lastIndexOf('('));
  const bracketed = open > 0 || (open === 0 && tail.offset > 0) ? trimmed.slice(tail.offset + open) : '';
  if (/[）)]$/u.test(bracketed) && isCreditText(bracketed)) return [trimmed.slice(0, tail.offset + open), bracketed];
  const match = AFTER_SENTENCE.exec(tail.text);
  const at = match ? tail.offset + match.index : 0;
  if (match && at > 0 && isCreditText(match[1] ?? '')) return [trimmed.slice(0, at), match[1] ?? ''];
  return null;
}

/** The credit as stored on a photo: the house form keeps one space after the ■ mark. */
export function cleanCredit(text: string): string {
  const trimmed = text.trim();
  const first = trimmed.charAt(0);
  if (first !== '' && MARKS.includes(first)) return `${first} ${cleanTitleText(trimmed.slice(1))}`.trimEnd();
  return cleanTitleText(trimmed);
}
