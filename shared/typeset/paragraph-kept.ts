// Paragraphs as last set, by their spans and settings. A page is laid out again at every keystroke
// in the page view; only the paragraph typed in has changed, and the others (the rest of the
// article, every header and caption) need not be set again. Setting is a pure function of the
// spans and options, and nobody modifies what it returns, so a result can be handed out again.
import type { TextSpan } from './atoms';
import { typesetParagraph, type ParagraphOptions, type TypesetParagraph } from './paragraph';

/** The most recently used results kept: an issue's headers, captions and an article being edited. */
const KEPT = 512;
const kept = new Map<string, TypesetParagraph>();
const faceIds = new WeakMap<object, number>();
let nextFaceId = 0;

function keyOf(spans: readonly TextSpan[], options: ParagraphOptions): string {
  let key = `${options.width}|${options.indentEm}|${options.lineBreaking}|${options.alignLast}|${options.firstLineStartOffset ?? 0}|${options.hanLatinSpacing ?? true}|${options.looseness ?? 0}|${options.punctuation ?? 'full'}`;
  for (const span of spans) {
    let face = faceIds.get(span.font);
    if (face === undefined) faceIds.set(span.font, (face = nextFaceId++));
    key += `|${face}|${span.fontKey}|${span.size}|${span.keep === true ? 'k' : ''}|${span.text.length}|${span.text}`;
  }
  return key;
}

/** typesetParagraph, answered from the results kept when the same paragraph was set before. */
export function typesetParagraphKept(spans: readonly TextSpan[], options: ParagraphOptions): TypesetParagraph {
  const key = keyOf(spans, options);
  let set = kept.get(key);
  if (set === undefined) {
    set = typesetParagraph(spans, options);
    if (kept.size >= KEPT) kept.delete(kept.keys().next().value as string);
  } else kept.delete(key);
  kept.set(key, set);
  return set;
}
