// Text layers of PDF pages sometimes print a passage twice. A repeated run of paragraphs would give
// one article another's ending and signature; the earlier copies become 'duplicate' markers.
import type { Unit } from './page-units';
import { replaceWhitespaceRuns } from './whitespace';

// Shorter paragraphs may repeat on purpose (a slogan, a refrain); only real passages are compared.
const MIN_PASSAGE = 30;

function key(unit: Unit | undefined): string | null {
  if (!unit) return null;
  if (
    unit.kind === 'paragraph' ||
    unit.kind === 'signature' ||
    unit.kind === 'credit' ||
    unit.kind === 'subhead' ||
    unit.kind === 'quote'
  ) {
    return `${unit.kind}:${replaceWhitespaceRuns(unit.text, '')}`;
  }
  return null;
}

/** The units with every earlier copy of a repeated passage (and the short units repeated with it) replaced by a marker. */
export function markDuplicates(units: readonly Unit[]): Unit[] {
  const lastCopy = new Map<string, number>();
  units.forEach((unit, index) => {
    const text = key(unit);
    if (text !== null && unit.kind === 'paragraph' && text.length - 'paragraph:'.length >= MIN_PASSAGE) lastCopy.set(text, index);
  });
  const duplicate = new Set<number>();
  units.forEach((unit, index) => {
    const text = key(unit);
    const kept = text === null ? undefined : lastCopy.get(text);
    if (kept === undefined || kept === index || duplicate.has(index)) return;
    duplicate.add(index);
    // The copy goes on as long as the units after it repeat the units after the kept one.
    for (let step = 1; index + step < kept; step += 1) {
      const next = key(units[index + step]);
      if (next === null || next !== key(units[kept + step])) break;
      duplicate.add(index + step);
    }
  });
  return units.map((unit, index) =>
    duplicate.has(index) && 'text' in unit
      ? { kind: 'marker', marker: { kind: 'duplicate', text: unit.text }, at: unit.at, continuation: false }
      : unit,
  );
}
