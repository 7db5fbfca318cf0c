// First stage: the input split into lines, with the little Markdown an extraction or a draft may
// carry (# headings, > quotes, **bold** lines, two-space hard breaks) read off as structure.
import { hasClausePunctuation, isCjk, isDigit, isLatinLetter, median, tailOf, textWidth } from './char-classes';
import { endsParagraph } from './paragraph-ends';
import { normaliseDashRuns } from './text-cleanup';
import { capWhitespaceRuns, splitLines } from './whitespace';

/** What a document's paragraph style said a line is, where the text alone could not tell. */
export type LineRole = 'kicker' | 'subtitle' | 'caption' | 'signature';

export interface PageLine {
  /** Position in the input (0-based line number): the page order every later stage keeps. */
  index: number;
  /** The line without its Markdown markup, dash runs normalised, inner spaces kept. */
  content: string;
  /** 1–6 for a Markdown heading, else 0. */
  heading: number;
  quote: boolean;
  bold: boolean;
  /** Ends with two spaces: a Markdown hard break inside a heading block set over several lines. */
  hardBreak: boolean;
  /** A blank line (or the start of the text) comes before it. */
  blankBefore: boolean;
  width: number;
  role?: LineRole;
  /** A picture of the source document (its index); such a line has no text. */
  image?: number;
}

// The markup consumed here is the only text the importer drops; the no-loss tests allow exactly it.
const HEADING = /^[ \t]{0,3}(#{1,6})(?=[ \t]|$)/u;
const QUOTE = /^[ \t]{0,3}>/u;

// Longest run of whitespace kept in a line. Four keeps what Markdown reads (up to three spaces
// before # or >, two for a hard break); every later pattern then meets only short runs.
const MAX_SPACE_RUN = 4;

/** A whole line in **bold** or __bold__ (as /^\s*(\*\*|__)(.+)\1\s*$/u, without its backtracking): its text, else null. */
function boldLineText(line: string): string | null {
  const trimmed = line.trim();
  const marker = trimmed.slice(0, 2);
  if ((marker !== '**' && marker !== '__') || trimmed.length < 5 || !trimmed.endsWith(marker)) return null;
  return trimmed.slice(2, -2);
}

export function splitPageLines(text: string): PageLine[] {
  const lines: PageLine[] = [];
  let blankBefore = true;
  const raw = splitLines(text);
  raw.forEach((source, index) => {
    const line = capWhitespaceRuns(normaliseDashRuns(source), MAX_SPACE_RUN);
    if (line.trim() === '') {
      blankBefore = true;
      return;
    }
    let content = line;
    let heading = 0;
    let quote = false;
    let bold = false;
    const headingMatch = HEADING.exec(content);
    if (headingMatch) {
      heading = headingMatch[1]?.length ?? 0;
      content = content.slice(headingMatch[0].length);
    } else if (QUOTE.test(content)) {
      quote = true;
      content = content.replace(QUOTE, '');
    } else {
      const boldText = boldLineText(content);
      if (boldText !== null) {
        bold = true;
        content = boldText;
      }
    }
    // endsWith, not / {2,}$/: a regex tries every start inside a run of spaces, quadratic in its length.
    const hardBreak = line.endsWith('  ');
    content = content.trim();
    lines.push({ index, content, heading, quote, bold, hardBreak, blankBefore, width: textWidth(content) });
    blankBefore = false;
  });
  return lines;
}

/** How a page's lines relate to its paragraphs. */
export type PageLayout = 'column' | 'paragraph';

/**
 * 'column': most lines are one column line of set text (~10–24 characters), broken mid-sentence;
 * 'paragraph': a line is a whole paragraph unless a column or page break cut it.
 */
export function detectLayout(lines: readonly PageLine[]): PageLayout {
  const text = lines.filter((line) => line.content !== '' && line.heading === 0);
  if (text.length < 8) return 'paragraph';
  const short = text.filter((line) => line.width <= 26);
  // A draft of short paragraphs has short lines too, but its running text ends its sentences;
  // set columns cut most of theirs mid-sentence.
  const running = short.filter((line) => hasClausePunctuation(line.content));
  const cut = running.filter((line) => !endsParagraph(line.content)).length;
  return short.length / text.length >= 0.7 && running.length >= 5 && cut / running.length >= 0.6 ? 'column' : 'paragraph';
}

/** The typical width of a full line of running text: lines holding clause punctuation. */
export function typicalWidth(lines: readonly PageLine[]): number {
  return median(lines.filter((line) => hasClausePunctuation(line.content)).map((line) => line.width)) ?? 20;
}

/**
 * Joins the lines of one paragraph. A break between Chinese characters was only a line end; Latin
 * words keep a space; digits on both sides are one number the column cut (typesetting never does).
 */
export function joinLines(contents: readonly string[]): string {
  const parts: string[] = [];
  let last: string | undefined;
  for (const content of contents) {
    const first = content.codePointAt(0);
    const firstChar = first === undefined ? undefined : String.fromCodePoint(first);
    const latin = (isLatinLetter(last) || isDigit(last)) && (isLatinLetter(firstChar) || isDigit(firstChar));
    if (parts.length > 0 && latin && !(isDigit(last) && isDigit(firstChar)) && !isCjk(last)) parts.push(' ');
    parts.push(content);
    if (content !== '') last = Array.from(tailOf(content, 2).text).pop();
  }
  return parts.join('');
}
