// Page furniture and column logos: the masthead of a front page (报头), page headers (报眉), and
// named recurring sections (栏目). They are reported as markers, never set as article text.
import { endsSentence } from './char-classes';
import { startsWithDateline } from './name-patterns';
import type { PageLine } from './page-lines';
import { isNameWithPinyin, isPinyinLine } from './pinyin';

// Lines only a masthead or a page header prints. One is enough to call a short line furniture.
const FURNITURE = [
  /第\s*\d+\s*期.*总第\s*\d+\s*期/u,
  /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]/u,
  /创刊于\s*\d{4}\s*年/u,
  /CN\s*\d{2}\s*-\s*\d{4}|ISSN\s*\d{4}|邮发代号|连续出版物号/u,
  /网址|投稿邮箱|电子邮箱|https?:\/\/|www\./u,
  /(?:主管|主办|指导|承办|协办)$/u,
  /今日\s*\d+\s*版/u,
  /责任编辑|责编[:：\s]|美术编辑|美编[:：\s]|校对[:：\s]|版式设计/u,
  /^第?\s*[A-Z]\s*\d{1,2}\s*版?$|^第\s*\d{1,2}\s*版$/u,
];

// A furniture line is a short label; a sentence that happens to mention a website is text.
const FURNITURE_MAX_WIDTH = 90;

export function isFurnitureLine(line: PageLine): boolean {
  if (line.width > FURNITURE_MAX_WIDTH || endsSentence(line.content)) return false;
  return FURNITURE.some((pattern) => pattern.test(line.content));
}

// How far down a page the masthead may reach, in non-blank lines.
const MASTHEAD_REACH = 30;

/**
 * The masthead: from the top of the page to its last furniture line, when at least two furniture
 * lines open the page before any running text. The paper's slogan and honours lines in between are
 * furniture by position; nothing below the last furniture line is.
 */
export function findMasthead(lines: readonly PageLine[]): number {
  let last = -1;
  let found = 0;
  for (let position = 0; position < Math.min(lines.length, MASTHEAD_REACH); position += 1) {
    const line = lines[position];
    // Running text ends the search: a masthead has no sentences, commas or 电头.
    if (!line || line.width > FURNITURE_MAX_WIDTH || endsSentence(line.content)) break;
    if (/[，。；,;]/u.test(line.content) || startsWithDateline(line.content)) break;
    if (isFurnitureLine(line)) {
      last = position;
      found += 1;
    }
  }
  return found >= 2 ? last + 1 : 0;
}

// Column names of this kind of paper; a page may carry others, recognised by their endings below.
const KNOWN_COLUMNS = new Set([
  '创新前沿',
  '亮点新闻',
  '园区动态',
  '开发区动态',
  '图片新闻',
  '本报特稿',
  '一线观察',
  '经验交流',
  '工作动态',
  '基层动态',
]);
const COLUMN_ENDING = /^\p{Script=Han}{2,4}(?:前沿|新闻|动态|视点|观察|速递|快讯|访谈|专题|时评|关注|纵横|广角|在线)$/u;

// A column name of four characters with one of these endings is a logo even without Markdown:
// 园区快讯, 产业观察 are never a headline on their own.
const BARE_COLUMN_LENGTH = 4;

/** 创新前沿, 亮点新闻: a known column name on its own line, a name with its pinyin, or a short line that reads like one. */
export function isColumnLogo(line: PageLine): boolean {
  if (KNOWN_COLUMNS.has(line.content) || isNameWithPinyin(line.content)) return true;
  if (!COLUMN_ENDING.test(line.content)) return false;
  return line.heading >= 3 || (line.heading === 0 && !line.bold && line.content.length === BARE_COLUMN_LENGTH);
}

/**
 * How many lines from `position` on print a column logo: the name (and the line of its pinyin
 * after it, which also makes an unknown name a logo), or 0.
 */
export function columnLogoLines(lines: readonly PageLine[], position: number): number {
  const line = lines[position];
  if (!line) return 0;
  const next = lines[position + 1];
  const pinyinAfter = next !== undefined && line.heading === 0 && next.heading === 0 && isPinyinLine(next.content, line.content);
  if (pinyinAfter) return 2;
  return isColumnLogo(line) ? 1 : 0;
}
