// Facing pages as printed: an 8-page section is printed A8+A1, A2+A7, A6+A3, A4+A5 — the pairs of
// printPairs (the first page with the last …), shown with the even (left-hand) page on the left.
import { printPairs } from '../issues/page-blocks';

/** The pair a page is printed with, left page first; a lone middle page stands alone. */
export function spreadOf(labels: readonly string[], label: string): string[] {
  const pair = printPairs(labels.map((entry, index) => ({ entry, index }))).find((candidate) =>
    candidate.some((page) => page.entry === label),
  );
  if (!pair) return [label];
  // Page numbers start at 1: an even page number (odd index) is a left-hand page.
  return [...pair].sort((a, b) => (b.index % 2) - (a.index % 2)).map((page) => page.entry);
}
