// Prepare: segment a paragraph into atoms and compress its punctuation — everything about a
// paragraph that does not depend on the column width, so a caller may keep it and re-break it.
import type { PreparedParagraph, TextSpan } from './atoms';
import type { LineBreaking } from './break-rules';
import { compressPunctuation, type PunctuationWidth } from './compress';
import { segmentParagraph } from './segment';

export function prepareParagraph(
  spans: readonly TextSpan[],
  level: LineBreaking,
  hanLatinSpacing = true,
  punctuation: PunctuationWidth = 'full',
): PreparedParagraph {
  const prepared = segmentParagraph(spans, level, hanLatinSpacing);
  compressPunctuation(prepared, punctuation);
  return prepared;
}
