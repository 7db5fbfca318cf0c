// Entry points: a reporter's plain-text draft, a page of text extracted from a published issue, and
// `importText`, which tells the two apart. Pure and deterministic; never throws on any string.
import { assembleArticles } from './article-assembly';
import { endsSentence, hasSentenceEnd } from './char-classes';
import { cleanMarker, finishArticle } from './article-finish';
import { markDuplicates } from './duplicate-runs';
import type { ImportResult } from './imported-article';
import { isJumpLine, splitTrailingJump } from './jump-lines';
import { startsWithDateline } from './name-patterns';
import { findMasthead, isColumnLogo, isFurnitureLine } from './page-furniture';
import { detectLayout, splitPageLines, type PageLine } from './page-lines';
import { buildUnits } from './page-units';
import { sourceLines, type SourceBlock } from './source-blocks';

/**
 * A page extracted from a PDF or OCR: column lines rebuilt into paragraphs, several articles with
 * their headline groups (before or after their bodies), captions, jumps, logos and furniture.
 */
export function importArchivePage(text: string): ImportResult {
  return archivePage(splitPageLines(text));
}

// Share of lines after a blank line above which blank lines are the page's spacing, not structure.
const DOUBLE_SPACED = 0.7;

function archivePage(pageLines: readonly PageLine[]): ImportResult {
  const layout = detectLayout(pageLines);
  // An extraction that sets a blank line after every column line says nothing by it about where a kicker ends.
  const spaced = layout === 'column' && pageLines.filter((line) => line.blankBefore).length >= DOUBLE_SPACED * pageLines.length;
  const lines = spaced ? pageLines.map((line) => ({ ...line, blankBefore: false })) : pageLines;
  const units = markDuplicates(buildUnits(lines, layout));
  const { articles, markers } = assembleArticles(units, false);
  return { articles: articles.map(finishArticle), markers: markers.map(cleanMarker) };
}

// A draft's headline group is at most this many lines (引题, 主题, 副题 and a spare).
const DRAFT_TITLE_LINES = 4;
const DRAFT_TITLE_MAX_WIDTH = 64;

/** The draft's opening lines up to its 电头 or first sentence: its headline group. */
function draftTitleLines(lines: readonly PageLine[]): number {
  let count = 0;
  for (const line of lines) {
    if (count >= DRAFT_TITLE_LINES || line.heading >= 3 || line.quote || line.bold) break;
    if (line.image !== undefined || line.role === 'caption' || line.role === 'signature') break;
    if (startsWithDateline(line.content) || hasSentenceEnd(line.content) || endsSentence(line.content)) break;
    if (line.width > DRAFT_TITLE_MAX_WIDTH) break;
    count += 1;
  }
  return count === lines.length ? Math.min(count, 1) : count;
}

/**
 * A reporter's draft: one article — headline group on the first line(s) (a line above the headline
 * is its kicker, a line starting with —— after it the subtitle), then 电头 and body, with subheads,
 * photo captions and the signature as on a page.
 */
export function importPlainText(text: string): ImportResult {
  return plainText(splitPageLines(text));
}

function plainText(lines: readonly PageLine[]): ImportResult {
  const titles = draftTitleLines(lines);
  const units = buildUnits(lines.slice(titles), 'paragraph', titles > 0);
  const heads = lines.slice(0, titles).map((line) => ({ kind: 'title' as const, line, subtitle: line.role === 'subtitle', element: true }));
  const { articles, markers } = assembleArticles([...heads, ...units], true);
  return { articles: articles.map(finishArticle), markers: markers.map(cleanMarker) };
}

/** A page rather than a draft: set in columns, or carrying several 电头, a masthead, page headers, logos or jump lines. */
export function looksLikeArchivePage(text: string): boolean {
  return isArchivePage(splitPageLines(text));
}

function isArchivePage(lines: readonly PageLine[]): boolean {
  if (detectLayout(lines) === 'column' || findMasthead(lines) > 0) return true;
  let datelines = 0;
  // Headlines marked as such (# in Markdown, a headline style in a document), a run of lines counting once.
  let headlines = 0;
  lines.forEach((line, position) => {
    if (line.heading === 1 && lines[position - 1]?.heading !== 1) headlines += 1;
  });
  if (headlines >= 2) return true;
  for (const line of lines) {
    if (startsWithDateline(line.content)) datelines += 1;
    if (datelines >= 2 || isFurnitureLine(line) || isColumnLogo(line) || isJumpLine(line.content) || splitTrailingJump(line.content))
      return true;
  }
  return false;
}

function importLines(lines: readonly PageLine[]): ImportResult {
  return isArchivePage(lines) ? archivePage(lines) : plainText(lines);
}

/** Imports a .txt or .md file's text as a draft or as an archive page, whichever it is. */
export function importText(text: string): ImportResult {
  return importLines(splitPageLines(text));
}

/** Imports a document read as styled paragraphs and pictures (a .docx) by the same rules as a text. */
export function importBlocks(blocks: readonly SourceBlock[]): ImportResult {
  return importLines(sourceLines(blocks));
}
