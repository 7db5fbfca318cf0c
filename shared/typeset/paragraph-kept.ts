// Paragraphs as last set, by their spans and settings. A page is laid out again at every keystroke
// in the page view; only the paragraph typed in has changed, and the others (the rest of the
// article, every header and caption) need not be set again. Setting is a pure function of the
// spans and options, and nobody modifies what it returns, so a result can be handed out again.
// The preparation (atoms, widths, break opportunities) does not depend on the width or the
// looseness, so it is kept too: settling widows sets one paragraph tighter and looser in turn.
import type { PreparedParagraph, TextSpan } from './atoms';
import { typesetPrepared, type ParagraphOptions, type TypesetParagraph } from './paragraph';
import { prepareParagraph } from './prepare';

/** The most recently used results kept: an issue's headers, captions and an article being edited. */
const KEPT = 512;
const kept = new Map<string, TypesetParagraph>();
/** Preparations kept: the paragraphs being settled in the block at hand. */
const PREPARED = 64;
const prepared = new Map<string, PreparedParagraph>();
const faceIds = new WeakMap<object, number>();
let nextFaceId = 0;

function spansKey(spans: readonly TextSpan[]): string {
  let key = '';
  for (const span of spans) {
    let face = faceIds.get(span.font);
    if (face === undefined) faceIds.set(span.font, (face = nextFaceId++));
    key += `|${face}|${span.fontKey}|${span.size}|${span.keep === true ? 'k' : ''}|${span.text.length}|${span.text}`;
  }
  return key;
}

/** Takes `key` out of `map` and puts it back last, or stores `make()`'s value, dropping the oldest over `limit`. */
function recall<T>(map: Map<string, T>, key: string, limit: number, make: () => T): T {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    if (map.size >= limit) map.delete(map.keys().next().value as string);
  } else map.delete(key);
  map.set(key, value);
  return value;
}

/** typesetParagraph, answered from the results kept when the same paragraph was set before. */
export function typesetParagraphKept(spans: readonly TextSpan[], options: ParagraphOptions): TypesetParagraph {
  const text = spansKey(spans);
  const hanLatin = options.hanLatinSpacing ?? true;
  const punctuation = options.punctuation ?? 'full';
  const preparation = `${options.lineBreaking}|${hanLatin}|${punctuation}${text}`;
  const key = `${options.width}|${options.indentEm}|${options.alignLast}|${options.firstLineStartOffset ?? 0}|${options.looseness ?? 0}|${preparation}`;
  return recall(kept, key, KEPT, () =>
    typesetPrepared(
      recall(prepared, preparation, PREPARED, () => prepareParagraph(spans, options.lineBreaking, hanLatin, punctuation)),
      options,
    ),
  );
}
