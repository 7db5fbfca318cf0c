// Facing pages as printed: an 8-page section is printed A8+A1, A2+A7, A6+A3, A4+A5 — the first
// page with the last, the second with the second-last — with the even (left-hand) page on the left.

/** The pair a page is printed with, left page first; a lone middle page stands alone. */
export function spreadOf(labels: readonly string[], label: string): string[] {
  const index = labels.indexOf(label);
  if (index < 0) return [label];
  const partner = labels.length - 1 - index;
  if (partner === index) return [label];
  // Page numbers start at 1: an even page number (odd index) is a left-hand page.
  const [left, right] = index % 2 === 1 ? [index, partner] : [partner, index];
  return [labels[left]!, labels[right]!];
}
