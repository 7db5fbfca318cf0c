// Lines → units: paragraphs rebuilt from the lines a column or page break cut, title lines (the
// short lines a headline group is set in), subheads, signatures, credits, quotes and markers.
import { endsSentence, hasClausePunctuation, hasSentenceEnd, LEADING_DASHES } from './char-classes';
import type { ImportMarker } from './imported-article';
import { isContinuationJump, isJumpLine, splitLeadingJump, splitTrailingJump } from './jump-lines';
import { isSignatureText, signatureCutAcrossLines, splitDateline, splitTrailingSignature, startsWithDateline } from './name-patterns';
import { columnLogoLines, findMasthead, isFurnitureLine } from './page-furniture';
import { joinLines, typicalWidth, type PageLayout, type PageLine } from './page-lines';
import { hasHeadlineShape } from './headline-evidence';
import { endsParagraph } from './paragraph-ends';
import { isCreditText, splitTrailingCredit } from './photo-credits';

export interface TitleUnit {
  kind: 'title';
  line: PageLine;
  subtitle: boolean;
  /** Set on a draft's leading lines: each is an element of its own (kicker, headline). */
  element?: boolean;
}

export type Unit =
  | TitleUnit
  | { kind: 'paragraph'; text: string; at: number; terminal: boolean }
  | { kind: 'subhead' | 'quote' | 'signature' | 'credit'; text: string; at: number }
  | { kind: 'marker'; marker: ImportMarker; at: number; continuation: boolean }
  /** A caption a document's style or picture marks as one; `image` is the picture it goes with. */
  | { kind: 'photo'; text: string; credit: string; at: number; image?: number }
  /** A headline group printed in the middle of a paragraph's text flow; it belongs to that paragraph's article. */
  | { kind: 'floating'; titles: TitleUnit[]; at: number };

// A paragraph-per-line page: a line no longer than this, without punctuation, between paragraphs
// is a title or subhead; a longer one is a paragraph a column end cut, joined to the next line —
// unless it is shaped like a headline (a place first, a colon) and no longer than the second width.
const SUBHEAD_MAX_WIDTH = 14;
const BETWEEN_PARAGRAPHS_MAX_WIDTH = 30;
// Longest single line taken for a title when nothing but a boundary follows it.
const TITLE_MAX_WIDTH = 64;
const COLUMN_TITLE_MAX_WIDTH = 30;
// In set columns a title line is clearly shorter than the column's full lines around it.
const COLUMN_TITLE_RATIO = 0.65;

const TITLE_BREAKERS = /[，；。！？,;!?、]/u;
// Punctuation a headline never carries, while a comma or 、 it may.
const HEADLINE_BREAKERS = /[；。！？;!?]/u;

function isSubtitleLine(line: PageLine): boolean {
  return LEADING_DASHES.test(line.content) && line.width <= 40 && !hasSentenceEnd(line.content);
}

interface RunContext {
  layout: PageLayout;
  /** The run ends a sentence (else a boundary — 电头, heading, marker, end of page — ended it). */
  terminal: boolean;
  /** The run opens the page or follows a signature, 下转 jump or column logo: no paragraph is open. */
  afterArticle: boolean;
  reference: number;
}

/** `columnWidth`: in set columns, the width of the running-text lines just after this one, if any. */
function isTitleLine(line: PageLine, context: RunContext, columnWidth: number | undefined): boolean {
  const { layout, terminal, afterArticle, reference } = context;
  if (hasSentenceEnd(line.content)) return false;
  if (layout === 'paragraph') {
    if (!terminal) return line.width <= TITLE_MAX_WIDTH;
    // Where no paragraph can be open, a line without punctuation is a headline however long; between
    // paragraphs the headline placement tells a headline from a subhead.
    if (TITLE_BREAKERS.test(line.content)) return false;
    if (afterArticle) return line.width <= TITLE_MAX_WIDTH;
    return line.width <= SUBHEAD_MAX_WIDTH || (line.width <= BETWEEN_PARAGRAPHS_MAX_WIDTH && hasHeadlineShape(line.content));
  }
  // A run a boundary (电头, logo, end of page) cut short, not a sentence end, may hold a headline
  // with a comma (稳中求进，一季度): only its width against the page's full lines tells it from text.
  if (terminal ? TITLE_BREAKERS.test(line.content) : HEADLINE_BREAKERS.test(line.content)) return false;
  if (columnWidth === undefined && !terminal) return line.width <= COLUMN_TITLE_MAX_WIDTH;
  return line.width <= COLUMN_TITLE_RATIO * (columnWidth ?? reference);
}

/** The median width of the lines run[running[from]] … run[running[from + 2]] (those there are); no arrays made per line. */
function medianOfUpToThree(running: readonly number[], from: number, run: readonly PageLine[]): number | undefined {
  const width = (offset: number): number | undefined => {
    const index = running[from + offset];
    return index === undefined ? undefined : (run[index]?.width ?? 0);
  };
  const a = width(0);
  const b = width(1);
  const c = width(2);
  if (a === undefined) return undefined;
  if (b === undefined) return a;
  if (c === undefined) return (a + b) / 2;
  return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
}

/** How many of the run's first lines are title lines rather than the start of its paragraph. */
function titlePrefix(run: readonly PageLine[], context: RunContext): number {
  if (startsWithDateline(run[0]?.content ?? '')) return 0;
  const limit = context.terminal ? run.length - 1 : run.length;
  // Running-text lines, the paragraph's short last line left out: they give the column's width.
  const running: number[] = [];
  if (context.layout === 'column')
    for (let index = 0; index < limit; index += 1) {
      const line = run[index];
      // Where a boundary cut the run, a short line with a comma may be a headline's: only full lines measure the column.
      const full = context.terminal || (line?.width ?? 0) > COLUMN_TITLE_RATIO * context.reference;
      if (line && hasClausePunctuation(line.content) && full) running.push(index);
    }
  let next = 0;
  let count = 0;
  for (let line = run[0]; line && count < limit; line = run[count]) {
    while ((running[next] ?? Infinity) <= count) next += 1;
    const columnWidth = medianOfUpToThree(running, next, run);
    if (!isTitleLine(line, context, columnWidth)) break;
    count += 1;
  }
  return count;
}

function jumpMarker(text: string, at: number): Unit {
  return { kind: 'marker', marker: { kind: 'jump', text }, at, continuation: isContinuationJump(text) };
}

class UnitBuilder {
  readonly units: Unit[] = [];
  private run: PageLine[] = [];
  private runWidth = 0;
  private runSentence = false;
  private floating: TitleUnit[] = [];

  constructor(
    private readonly layout: PageLayout,
    private readonly reference: number,
    private readonly opensArticle: boolean,
  ) {}

  get running(): readonly PageLine[] {
    return this.run;
  }

  add(line: PageLine): void {
    this.run.push(line);
    this.runWidth += line.width;
    this.runSentence ||= hasSentenceEnd(line.content);
  }

  /** The open run is surely a paragraph's, not a kicker's: a sentence ended in it, or it is too long for a title. */
  get runningText(): boolean {
    return this.runSentence || this.runWidth > TITLE_MAX_WIDTH;
  }

  float(titles: TitleUnit[]): void {
    this.floating.push(...titles);
  }

  /** The last unit (furniture aside) closed an article, or there is none yet. */
  private afterArticle(): boolean {
    for (let index = this.units.length - 1; index >= 0; index -= 1) {
      const unit = this.units[index];
      if (unit?.kind === 'marker' && unit.marker.kind === 'pageFurniture') continue;
      return unit?.kind === 'signature' || (unit?.kind === 'marker' && !unit.continuation);
    }
    return this.opensArticle;
  }

  afterFinishedParagraph(): boolean {
    for (let index = this.units.length - 1; index >= 0; index -= 1) {
      const unit = this.units[index];
      if (unit?.kind === 'marker' && unit.marker.kind === 'pageFurniture') continue;
      return (unit?.kind === 'paragraph' && unit.terminal) || unit?.kind === 'quote' || unit?.kind === 'credit' || unit?.kind === 'photo';
    }
    return false;
  }

  flush(): void {
    const run = this.run;
    this.run = [];
    this.runWidth = 0;
    this.runSentence = false;
    if (run.length > 0) {
      const terminal = endsParagraph(run[run.length - 1]?.content ?? '');
      const titles = titlePrefix(run, { layout: this.layout, terminal, afterArticle: this.afterArticle(), reference: this.reference });
      for (const line of run.slice(0, titles)) this.units.push({ kind: 'title', line, subtitle: false });
      const body = run.slice(titles);
      if (body[0]) this.paragraph(joinLines(body.map((line) => line.content)), body[0].index, terminal);
    }
    if (this.floating.length > 0) {
      this.units.push({ kind: 'floating', titles: this.floating, at: this.floating[0]?.line.index ?? 0 });
      this.floating = [];
    }
  }

  /** Splits off what a paragraph carries at its ends: jump lines, a photo credit, a signature. */
  private paragraph(text: string, at: number, terminal: boolean): void {
    const leading = splitLeadingJump(text);
    if (leading) {
      this.units.push(jumpMarker(leading[0], at));
      text = leading[1];
    }
    const tail: Unit[] = [];
    const jump = splitTrailingJump(text);
    if (jump) {
      tail.unshift(jumpMarker(jump[1], at));
      text = jump[0];
    }
    const credit = splitTrailingCredit(text);
    const signature = credit ? null : splitTrailingSignature(text);
    if (credit) {
      tail.unshift({ kind: 'credit', text: credit[1], at });
      text = credit[0];
    } else if (signature) {
      tail.unshift({ kind: 'signature', text: signature[1], at });
      text = signature[0];
    }
    if (text.trim() !== '') this.units.push({ kind: 'paragraph', text, at, terminal: terminal || tail.length > 0 || endsSentence(text) });
    this.units.push(...tail);
  }
}

// A paragraph after a picture is its caption when it carries a credit, has a caption style, or is this short.
const CAPTION_MAX_WIDTH = 60;

function isCaptionAfterPicture(line: PageLine | undefined): line is PageLine {
  if (!line || line.image !== undefined || line.content === '') return false;
  if (line.role === 'caption') return true;
  if (line.role || line.heading > 0 || line.quote || line.bold) return false;
  if (startsWithDateline(line.content) || isJumpLine(line.content)) return false;
  return isCreditText(line.content) || splitTrailingCredit(line.content) !== null || line.width <= CAPTION_MAX_WIDTH;
}

/** A caption's text and credit: …交流。■ 周文远摄, …（周文远 摄）, or a credit alone. */
function captionParts(text: string): { text: string; credit: string } {
  if (isCreditText(text)) return { text: '', credit: text };
  const split = splitTrailingCredit(text);
  return split ? { text: split[0], credit: split[1] } : { text, credit: '' };
}

/**
 * A line whose role a document style gave, or a picture with the caption after it. Returns how many
 * lines after `line` it used (0 or 1).
 */
function styledUnit(units: Unit[], line: PageLine, next: PageLine | undefined): number {
  if (line.image !== undefined) {
    const caption = isCaptionAfterPicture(next) ? captionParts(next.content) : { text: '', credit: '' };
    units.push({ kind: 'photo', ...caption, at: line.index, image: line.image });
    return isCaptionAfterPicture(next) ? 1 : 0;
  }
  if (line.role === 'kicker' || line.role === 'subtitle') units.push({ kind: 'title', line, subtitle: line.role === 'subtitle' });
  else if (line.role === 'signature') units.push({ kind: 'signature', text: line.content, at: line.index });
  else units.push({ kind: 'photo', ...captionParts(line.content), at: line.index });
  return 0;
}

/**
 * The units of a page in reading order. Every non-space character of `lines` is in exactly one unit.
 * `afterHeadline`: the lines follow a draft's headline group, so they open no article of their own.
 */
export function buildUnits(lines: readonly PageLine[], layout: PageLayout, afterHeadline = false): Unit[] {
  const builder = new UnitBuilder(layout, typicalWidth(lines), !afterHeadline);
  const { units } = builder;
  const masthead = findMasthead(lines);
  for (let position = 0; position < lines.length; position += 1) {
    const line = lines[position];
    if (!line) continue;
    if (line.image !== undefined || line.role) {
      builder.flush();
      position += styledUnit(units, line, lines[position + 1]);
      continue;
    }
    if (line.content === '') continue;
    if (position < masthead || isFurnitureLine(line)) {
      // Furniture inside a paragraph (a page header between two columns) does not break it.
      units.push({ kind: 'marker', marker: { kind: 'pageFurniture', text: line.content }, at: line.index, continuation: false });
      continue;
    }
    const logo = columnLogoLines(lines, position);
    if (logo > 0 || isJumpLine(line.content)) {
      builder.flush();
      if (logo === 0) units.push(jumpMarker(line.content, line.index));
      for (const part of lines.slice(position, position + logo))
        units.push({ kind: 'marker', marker: { kind: 'columnLogo', text: part.content }, at: part.index, continuation: false });
      position += Math.max(0, logo - 1);
      continue;
    }
    if (line.heading > 0 && line.heading <= 2 && builder.runningText) {
      // A headline block set into the middle of a sentence's flow: lift it out, keep the sentence whole.
      const titles: TitleUnit[] = [{ kind: 'title', line, subtitle: false }];
      for (let next = lines[position + 1]; next && (isSubtitleLine(next) || titles.at(-1)?.line.hardBreak); next = lines[position + 1]) {
        titles.push({ kind: 'title', line: next, subtitle: isSubtitleLine(next) });
        position += 1;
      }
      builder.float(titles);
      continue;
    }
    if (line.heading > 0 || line.bold || line.quote) {
      builder.flush();
      if (line.heading > 0 && line.heading <= 2) units.push({ kind: 'title', line, subtitle: false });
      else units.push({ kind: line.quote ? 'quote' : 'subhead', text: line.content, at: line.index });
      continue;
    }
    if (builder.running.length === 0 && builder.afterFinishedParagraph() && isSignatureText(line.content)) {
      units.push({ kind: 'signature', text: line.content, at: line.index });
      continue;
    }
    if (isCreditText(line.content) || isSubtitleLine(line)) {
      builder.flush();
      units.push(isSubtitleLine(line) ? { kind: 'title', line, subtitle: true } : { kind: 'credit', text: line.content, at: line.index });
      continue;
    }
    if (startsWithDateline(line.content)) builder.flush();
    builder.add(line);
    const next = lines[position + 1];
    if (next && signatureCutAcrossLines(line.content, next.content)) {
      builder.add(next);
      builder.flush();
      position += 1;
      continue;
    }
    const datelineOnly = splitDateline(line.content)?.rest.trim() === '';
    if (datelineOnly || endsParagraph(line.content)) builder.flush();
  }
  builder.flush();
  return units;
}
