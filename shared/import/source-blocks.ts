// Documents that come as paragraphs with styles (a .docx) enter the text pipeline here: each
// paragraph becomes one line, its style a hint the later stages read as a Markdown mark would be
// read (a headline style as #, a subhead style as ###), and each embedded picture a line of its own.
import { textWidth } from './char-classes';
import type { LineRole, PageLine } from './page-lines';
import { normaliseDashRuns } from './text-cleanup';
import { replaceWhitespaceRuns } from './whitespace';

/** What a paragraph's style says it is; 'body' when the style says nothing. */
export type LineHint = 'headline' | 'subhead' | 'subtitle' | 'kicker' | 'caption' | 'quote' | 'signature' | 'body';

export type SourceBlock =
  | { kind: 'text'; hint: LineHint; text: string; /** Every visible character is bold. */ bold: boolean }
  /** A picture of the document, by its index in the reader's list. */
  | { kind: 'image'; index: number };

const ROLES: Partial<Record<LineHint, LineRole>> = { kicker: 'kicker', subtitle: 'subtitle', caption: 'caption', signature: 'signature' };

function textLine(block: Extract<SourceBlock, { kind: 'text' }>, index: number): PageLine {
  const content = replaceWhitespaceRuns(normaliseDashRuns(block.text), ' ').trim();
  const role = ROLES[block.hint];
  return {
    index,
    content,
    heading: block.hint === 'headline' ? 1 : block.hint === 'subhead' ? 3 : 0,
    quote: block.hint === 'quote',
    bold: block.hint === 'body' && block.bold,
    hardBreak: false,
    // Every paragraph of a document is an element of its own, as after a blank line in a text.
    blankBefore: true,
    width: textWidth(content),
    ...(role ? { role } : {}),
  };
}

/** The lines the pipeline reads, one per block, in document order. */
export function sourceLines(blocks: readonly SourceBlock[]): PageLine[] {
  return blocks.flatMap((block, index): PageLine[] => {
    if (block.kind === 'image') {
      return [
        { index, content: '', heading: 0, quote: false, bold: false, hardBreak: false, blankBefore: true, width: 0, image: block.index },
      ];
    }
    const line = textLine(block, index);
    return line.content === '' ? [] : [line];
  });
}
