// 图说 credits: ■ 周文远摄 · 本报记者 张强 摄 · 某某开发区供图 — on their own line after
// the caption, or set after its last sentence.
import { hasSentenceEnd, tailOf } from './char-classes';
import { isSignatureText } from './name-patterns';
import { cleanTitleText } from './text-cleanup';

const MARKS = '■□▲△●◆';
const CREDIT = new RegExp(`^([${MARKS}]\\s*)?(.*?)\\s*(摄影|摄|供图)$`, 'u');

/** A whole credit: a photographer's name (with 摄) or a source (with 供图), possibly bracketed or marked ■. */
export function isCreditText(text: string): boolean {
  if (text.length > 60 || !/摄|供图/u.test(text)) return false;
  const bare = text.trim().replace(/^[（(](.*)[）)]$/u, '$1');
  const match = CREDIT.exec(bare);
  if (!match) return false;
  const who = match[2] ?? '';
  if (who.length === 0 || who.length > 30 || hasSentenceEnd(who) || /[，,]/u.test(who)) return false;
  if (match[3] === '供图' || match[1]) return true;
  return isSignatureText(who);
}

const AFTER_SENTENCE = /(?<=[。！？!?…”’）)])[ \t\u3000]*([^。！？!?\s][^。！？!?]{1,40})$/u;

/** …工人在调试设备。 ■ 周文远摄 → ['…工人在调试设备。', '■ 周文远摄']. */
export function splitTrailingCredit(text: string): [string, string] | null {
  const trimmed = text.trimEnd();
  const tail = tailOf(trimmed, 80);
  const found = Math.max(...Array.from(MARKS).map((char) => tail.text.lastIndexOf(char)));
  const mark = tail.offset + found;
  if (found >= 0 && mark > 0 && isCreditText(trimmed.slice(mark))) return [trimmed.slice(0, mark), trimmed.slice(mark)];
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
