// Blocks of one Word document → articles in reading order. Word styles decide first (Title and
// Heading 1 start an article, Heading 2/3 are subheads); the paper's conventions fill in the rest:
// a short line before the headline is the 引题, a —— line after it the 副题, 科学导报讯 opens the
// body, a picture's following short line is its 图说, a closing name line the 署名.
import type { ImportedArticle, ImportedBodyItem, ImportMarker } from '../../../shared/import/imported-article';
import type { DocBlock } from './html-blocks';
import {
  isBylineLine,
  isJumpLine,
  isShortLine,
  isSignatureLine,
  isSubtitleLine,
  joinLines,
  looksLikeNames,
  splitCaption,
  splitDateline,
} from './docx-patterns';

/** A caption still pointing at its collected picture; the picture is stored only once all is read. */
export type DraftItem =
  Exclude<ImportedBodyItem, { kind: 'caption' }> | { kind: 'caption'; text: string; credit: string; image: number | null };

export interface DraftArticle extends Omit<ImportedArticle, 'body'> {
  body: DraftItem[];
}

export interface DraftDocument {
  articles: DraftArticle[];
  markers: ImportMarker[];
}

type TextBlock = Extract<DocBlock, { kind: 'text' }>;

const SUBHEAD_MAX = 30;
// A paragraph after a picture is its caption when it carries a credit, has the Caption style, or is this short.
const CAPTION_MAX = 60;

function isText(block: DocBlock | undefined): block is TextBlock {
  return block?.kind === 'text';
}

/**
 * The last line before a headline, when it is a 引题. Between two articles it may instead be
 * the first article's 署名: a line of names right after body text is taken as the 署名, unless
 * a name line already precedes it.
 */
function isKickerCandidate(block: DocBlock | undefined, before: DocBlock | undefined, afterArticle: boolean): block is TextBlock {
  if (!isText(block)) return false;
  if (block.role === 'kicker') return true;
  if (block.role !== 'body' || !isShortLine(block.text)) return false;
  if (splitDateline(block.text) || isJumpLine(block.text)) return false;
  if (!afterArticle || !looksLikeNames(block.text)) return true;
  return isText(before) && (before.role === 'signature' || isSignatureLine(before.text));
}

function isCaptionCandidate(block: DocBlock | undefined): block is TextBlock {
  if (!isText(block)) return false;
  if (block.role === 'caption') return true;
  if (block.role !== 'body' || splitDateline(block.text) || isJumpLine(block.text)) return false;
  return splitCaption(block.text).credit !== '' || (block.text.length <= CAPTION_MAX && !block.bold);
}

function emptyArticle(kicker: string, headline: string): DraftArticle {
  return { kicker, headline, subtitle: '', dateline: '', byline: '', body: [], signature: '', jumps: [] };
}

/** Fills an article from the blocks that follow its headline. */
function fillArticle(article: DraftArticle, blocks: readonly DocBlock[]): void {
  let index = 0;
  const subtitles: string[] = [];
  for (let block = blocks[index]; isText(block) && (block.role === 'subtitle' || isSubtitleLine(block.text)); block = blocks[++index]) {
    subtitles.push(block.text);
  }
  article.subtitle = joinLines(subtitles);
  const bylines: string[] = [];
  const first = blocks[index];
  if (isText(first) && first.role === 'body' && isBylineLine(first.text)) {
    bylines.push(first.text);
    index++;
  }
  const opening = blocks[index];
  const dateline = isText(opening) && opening.role === 'body' ? splitDateline(opening.text) : undefined;
  if (dateline) {
    article.dateline = dateline.dateline;
    if (dateline.byline) bylines.push(dateline.byline);
    if (dateline.rest) article.body.push({ kind: 'paragraph', text: dateline.rest });
    index++;
  }
  article.byline = bylines.join(' ');
  const signatures: string[] = [];
  while (index < blocks.length) {
    const block = blocks[index++] as DocBlock;
    if (block.kind === 'image') {
      const caption = blocks[index];
      if (isCaptionCandidate(caption)) index++;
      const parts = isCaptionCandidate(caption) ? splitCaption(caption.text) : { text: '', credit: '' };
      article.body.push({ kind: 'caption', ...parts, image: block.index });
    } else if (block.role === 'signature') signatures.push(block.text);
    else if (block.role === 'subhead') article.body.push({ kind: 'subhead', text: block.text });
    else if (block.role === 'quote') article.body.push({ kind: 'quote', text: block.text });
    else if (block.role === 'caption') article.body.push({ kind: 'caption', ...splitCaption(block.text), image: null });
    else if (isJumpLine(block.text)) article.jumps.push(block.text);
    // Reporters often mark subheads with bold alone, without a heading style.
    else if (block.bold && isShortLine(block.text, SUBHEAD_MAX)) article.body.push({ kind: 'subhead', text: block.text });
    else article.body.push({ kind: 'paragraph', text: block.text });
  }
  const last = article.body.at(-1);
  if (!signatures.length && last?.kind === 'paragraph' && article.body.length > 1 && isSignatureLine(last.text)) {
    article.body.pop();
    signatures.push(last.text);
  }
  article.signature = signatures.join(' ');
}

/** Without heading styles: the line before a —— 副题 or a 电头 is the headline, a short line before it the 引题. */
function inferHeadline(blocks: readonly DocBlock[]): { kicker: number; headline: number } | undefined {
  const limit = Math.min(blocks.length, 6);
  for (let index = 1; index < limit; index++) {
    const block = blocks[index];
    if (!isText(block) || !(isSubtitleLine(block.text) || splitDateline(block.text) || isBylineLine(block.text))) continue;
    const leading = blocks.slice(0, index);
    if (!leading.every((candidate) => isText(candidate) && isShortLine(candidate.text))) return undefined;
    return { headline: index - 1, kicker: index >= 2 ? index - 2 : -1 };
  }
  const first = blocks[0];
  return isText(first) && blocks.length > 1 && isShortLine(first.text) && !splitDateline(first.text)
    ? { headline: 0, kicker: -1 }
    : undefined;
}

function leadingMarkers(blocks: readonly DocBlock[]): ImportMarker[] {
  return blocks.flatMap((block) => (isText(block) ? [{ kind: 'pageFurniture' as const, text: block.text }] : []));
}

function leadingPhotos(blocks: readonly DocBlock[]): DraftItem[] {
  return blocks.flatMap((block) =>
    block.kind === 'image' ? [{ kind: 'caption' as const, text: '', credit: '', image: block.index }] : [],
  );
}

function structureUnstyled(blocks: readonly DocBlock[]): DraftDocument {
  if (!blocks.length) return { articles: [], markers: [] };
  const head = inferHeadline(blocks);
  const kicker = head && head.kicker >= 0 ? (blocks[head.kicker] as TextBlock).text : '';
  const headline = head ? (blocks[head.headline] as TextBlock).text : '';
  const article = emptyArticle(kicker, headline);
  fillArticle(article, head ? blocks.slice(head.headline + 1) : blocks);
  const start = head ? (head.kicker >= 0 ? head.kicker : head.headline) : 0;
  return { articles: [article], markers: leadingMarkers(blocks.slice(0, start)) };
}

/** Articles in reading order; text before the first headline group is reported as page furniture. */
export function structureBlocks(blocks: readonly DocBlock[]): DraftDocument {
  // Runs of consecutive headline blocks are one headline printed over several lines.
  const groups: Array<{ start: number; end: number }> = [];
  blocks.forEach((block, index) => {
    if (!isText(block) || block.role !== 'headline') return;
    const previous = groups.at(-1);
    if (previous && previous.end === index) previous.end = index + 1;
    else groups.push({ start: index, end: index + 1 });
  });
  if (!groups.length) return structureUnstyled(blocks);

  const segments = groups.map((group, k) => ({
    headline: joinLines(blocks.slice(group.start, group.end).map((block) => (block as TextBlock).text)),
    kicker: '',
    rest: blocks.slice(group.end, groups[k + 1]?.start ?? blocks.length),
  }));
  let lead = blocks.slice(0, groups[0]?.start ?? 0);
  if (isKickerCandidate(lead.at(-1), undefined, false)) {
    (segments[0] as (typeof segments)[number]).kicker = (lead.at(-1) as TextBlock).text;
    lead = lead.slice(0, -1);
  }
  for (let k = 1; k < segments.length; k++) {
    const previous = segments[k - 1] as (typeof segments)[number];
    const candidate = previous.rest.at(-1);
    if (!isKickerCandidate(candidate, previous.rest.at(-2), true)) continue;
    (segments[k] as (typeof segments)[number]).kicker = candidate.text;
    previous.rest = previous.rest.slice(0, -1);
  }

  const articles = segments.map((segment) => {
    const article = emptyArticle(segment.kicker, segment.headline);
    fillArticle(article, segment.rest);
    return article;
  });
  // Pictures above the first headline belong to the first article rather than to nothing.
  (articles[0] as DraftArticle).body.unshift(...leadingPhotos(lead));
  return { articles, markers: leadingMarkers(lead) };
}
