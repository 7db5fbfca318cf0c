// Typesets one paragraph of styled spans into justified lines of glyph runs (clreq, GB/T 15834):
// prepare → keep names whole → break → avoid a widow → justify → emit. Pure: nothing here reads editor state, the
// DOM or files; measurement comes in through FontMetrics. The lines' text concatenates back to
// the spans' text exactly.
import type { Pt } from '../units/units';
import type { PreparedParagraph, TextSpan } from './atoms';
import type { LineBreaking } from './break-rules';
import type { TypesetLine } from './emit';
import { emitLine } from './emit';
import type { LineAlign, LinePlacement } from './justify';
import { justifyLine } from './justify';
import type { LineRange } from './linebreak';
import { breakLines } from './linebreak';
import { keepSpansWhole } from './keep';
import { prepareParagraph } from './prepare';
import type { PunctuationWidth } from './compress';
import { splitOversized } from './split-oversized';
import { avoidWidow } from './widow';

export interface ParagraphOptions {
  /** Column width. */
  width: Pt;
  /** First-line indent in ems of the first span's size (2 for body text, 0 for none). */
  indentEm: number;
  lineBreaking: LineBreaking;
  /** How the last line sits: left ('start'), right ('end', e.g. a 下转 jump line), or justified. */
  alignLast: LineAlign;
  /** Extra room taken on the first line after the indent, for something set before the paragraph. */
  firstLineStartOffset?: Pt;
  /**
   * Han–Latin spacing (¼ em) between ideographs and Latin or digits; false sets them solid. Default
   * true. It belongs to the preparation: typesetParagraph applies it, typesetPrepared takes the
   * prepared paragraph as it is.
   */
  hanLatinSpacing?: boolean;
  /** 'half' sets every full-width mark half-width (headlines); default 'full' (see compress.ts). */
  punctuation?: PunctuationWidth;
  /**
   * -1 sets the paragraph a little tighter to lose one line, +1 a little looser to gain one (to
   * pull a widow back from a column top, or give it company). Within clreq's limits: tighter
   * lines only compress punctuation and spacing, looser ones spread at most 1 em over a line.
   * When no such setting changes the line count by one, the paragraph is set as usual.
   */
  looseness?: -1 | 0 | 1;
}

export interface TypesetParagraph {
  lines: TypesetLine[];
  /** Characters the faces lack, each once: a diagnostic, they are set as the .notdef glyph. */
  missing: string[];
}

/** Steps and limits of the search for a tighter or looser setting, in ems. */
const TIGHTEN_STEP = 0.25;
const TIGHTEN_MAX = 4;
const LOOSEN_STEP = 0.125;
const LOOSEN_MAX = 1;

/**
 * The lines at the gentlest setting that changes their count by `looseness`: tighter lines take
 * more at natural width and compress it back; looser ones break a little short and are spread.
 */
function breakWithLooseness(prepared: PreparedParagraph, firstWidth: number, width: number, em: number, looseness: number): LineRange[] {
  const usual = breakLines(prepared, firstWidth, width);
  if (looseness === 0 || em <= 0) return usual;
  const target = usual.length + looseness;
  if (target < 1) return usual;
  const step = (looseness < 0 ? TIGHTEN_STEP : LOOSEN_STEP) * em;
  const steps = Math.round((looseness < 0 ? TIGHTEN_MAX : LOOSEN_MAX) / (looseness < 0 ? TIGHTEN_STEP : LOOSEN_STEP));
  for (let n = 1; n <= steps; n++) {
    const slack = n * step;
    const lines = looseness < 0 ? breakLines(prepared, firstWidth, width, slack) : breakLines(prepared, firstWidth - slack, width - slack);
    if (lines.some((line) => line.forced) && !usual.some((line) => line.forced)) return usual;
    if (looseness < 0 ? lines.length <= target : lines.length >= target) return lines.length === target ? lines : usual;
  }
  return usual;
}

/** Lays out an already prepared paragraph, so a caller can keep the preparation across widths. */
export function typesetPrepared(source: PreparedParagraph, options: ParagraphOptions): TypesetParagraph {
  const width = options.width as number;
  const firstSpan = source.spans[0];
  const firstStart = (firstSpan === undefined ? 0 : options.indentEm * firstSpan.size) + (options.firstLineStartOffset ?? 0);
  const prepared = keepSpansWhole(splitOversized(source, width), width);
  const em = firstSpan === undefined ? 0 : (firstSpan.size as number);
  const ranges = breakWithLooseness(prepared, width - firstStart, width, em, options.looseness ?? 0);
  avoidWidow(prepared, ranges, width);

  const count = prepared.atoms.length;
  const placement: LinePlacement = {
    x: new Float64Array(count),
    width: new Float64Array(count),
    origin: new Float64Array(count),
    gap: new Float64Array(count),
  };
  const lines: TypesetLine[] = [];
  for (let index = 0; index < ranges.length; index++) {
    const range = ranges[index]!;
    const lineStart = index === 0 ? firstStart : 0;
    const isLast = index === ranges.length - 1;
    const align: LineAlign = isLast ? options.alignLast : 'justify';
    const placed = justifyLine(prepared, range.start, range.end, lineStart, width - lineStart, align, placement);
    lines.push(emitLine(prepared, range.start, range.end, placement, placed.end, placed.justified, range.forced));
  }
  return { lines, missing: prepared.missing };
}

export function typesetParagraph(spans: readonly TextSpan[], options: ParagraphOptions): TypesetParagraph {
  return typesetPrepared(
    prepareParagraph(spans, options.lineBreaking, options.hanLatinSpacing ?? true, options.punctuation ?? 'full'),
    options,
  );
}
