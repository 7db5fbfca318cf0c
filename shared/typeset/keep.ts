// Credits, signatures and bylines are kept whole (■ 张三摄, 园区管委会供图, 刘晓华): no line
// breaks inside a span marked `keep` while it fits on a line, so a name is never cut in two. A
// kept span longer than a line may break at its spaces (between names, never right after a
// one-character mark such as ■), and a part longer than a line breaks by the rules as any text.
// Returns a copy of the break table when it changes anything; the prepared paragraph is not changed.
import type { PreparedParagraph, TextSpan } from './atoms';
import { AtomKind } from './atoms';
import { lineExtent } from './measure';

const EPSILON = 1e-6;

/** Visible characters of atoms from..to, counting a Latin word as its characters. */
function characters(prepared: PreparedParagraph, from: number, to: number): number {
  let count = 0;
  for (let k = from; k <= to; k++) for (const _ of prepared.atoms[k]!.text) count++;
  return count;
}

export function keepSpansWhole(prepared: PreparedParagraph, width: number): PreparedParagraph {
  const { atoms, spans } = prepared;
  if (!spans.some((span: TextSpan) => span.keep === true)) return prepared;
  const breakAfter = prepared.breakAfter.slice();
  const fits = (from: number, to: number) => lineExtent(prepared, from, to).minimum <= width + EPSILON;
  const hold = (from: number, to: number) => breakAfter.fill(0, from, to);

  let k = 0;
  while (k < atoms.length) {
    const span = atoms[k]!.span;
    let end = k;
    while (end + 1 < atoms.length && atoms[end + 1]!.span === span) end++;
    if (spans[span]?.keep === true) {
      // Leading and trailing spaces belong to the setting around the span, not to the name.
      let first = k;
      let last = end;
      while (first < last && atoms[first]!.kind === AtomKind.Space) first++;
      while (last > first && atoms[last]!.kind === AtomKind.Space) last--;
      if (fits(first, last)) hold(first, last);
      else holdParts(prepared, first, last, fits, hold);
    }
    k = end + 1;
  }
  return { ...prepared, breakAfter };
}

/** A kept span too long for a line: each space-separated part is held whole where it fits. */
function holdParts(
  prepared: PreparedParagraph,
  first: number,
  last: number,
  fits: (from: number, to: number) => boolean,
  hold: (from: number, to: number) => void,
): void {
  let from = first;
  for (let k = first; k <= last + 1; k++) {
    if (k <= last && prepared.atoms[k]!.kind !== AtomKind.Space) continue;
    // A one-character part (■) rides with the part after it.
    if (k <= last && characters(prepared, from, k - 1) === 1) continue;
    if (k - 1 >= from && fits(from, k - 1)) hold(from, k - 1);
    from = k + 1;
  }
}
