// No widows at column tops: a paragraph's short last line alone at the top of a text column, its
// other lines in the column before ("材料。" opening a column). Paragraphs are set a little tighter
// or looser (within clreq's limits) to move the column break: the widow's own paragraph pulled back
// a line, or one paragraph set a line shorter and another a line longer, nearest ones first. A
// change is kept only when it removes that widow, leaves fewer widows in all, keeps the block's
// line total (same overflow, same white, same text handed on) and its column feet level.
// Pure; works on slots and distributions.
import type { BodySlots, Looseness, Slot } from './body-slots';
import type { Distribution, PlacedSlot } from './distribute';

/** Rounds of fixing per block: each round settles one widow (or gives it up). */
const MAX_ROUNDS = 4;
/** Paragraphs considered per widow, and changes tried: they bound the cost of a block. */
const MAX_CANDIDATES = 8;
const MAX_TRIALS = 24;
/** A last line this close to the full measure (in pt) reads as a full line, not a widow. */
const FULL_LINE_SLACK = 0.5;

export interface Widow {
  /** The body item whose last line stands alone, and the text column it opens. */
  item: number;
  column: number;
}

/** Short last lines alone at the top of a text column, in reading order. */
export function columnTopWidows(placed: readonly PlacedSlot[], slots: readonly Slot[], width: number): Widow[] {
  const indexOf = new Map<Slot, number>();
  slots.forEach((slot, index) => indexOf.set(slot, index));
  const widows: Widow[] = [];
  for (let at = 1; at < placed.length; at += 1) {
    const here = placed[at] as PlacedSlot;
    const before = placed[at - 1] as PlacedSlot;
    if (here.line !== 0 || here.slot.kind !== 'text' || before.slot.kind !== 'text' || before.slot.item !== here.slot.item) continue;
    const next = slots[(indexOf.get(here.slot) ?? slots.length) + 1];
    if (next?.kind === 'text' && next.item === here.slot.item) continue;
    const em = here.slot.style.size as number;
    if ((here.slot.line.width as number) >= width - em * FULL_LINE_SLACK) continue;
    widows.push({ item: here.slot.item, column: here.column });
  }
  return widows;
}

/** Text items of the block, nearest to the widow's paragraph first. */
function candidates(widow: Widow, placed: readonly PlacedSlot[]): number[] {
  const items: number[] = [];
  for (const entry of placed) if (entry.slot.kind === 'text' && !items.includes(entry.slot.item)) items.push(entry.slot.item);
  return items.sort((a, b) => Math.abs(a - widow.item) - Math.abs(b - widow.item) || a - b).slice(0, MAX_CANDIDATES);
}

export interface SettledBody extends BodySlots {
  distribution: Distribution;
}

/** Lines between the highest and the lowest column foot (columns that print something). */
function footSpread(distribution: Distribution, columnStarts: readonly number[]): number {
  const feet = new Map<number, number>();
  for (const { column, line, slot } of distribution.placed) {
    // A blank line before a subhead prints nothing: it is no foot.
    if (slot.kind === 'gap') continue;
    const foot = (columnStarts[column] ?? 0) + line + (slot.kind === 'photo' ? slot.lines : 1);
    feet.set(column, Math.max(feet.get(column) ?? 0, foot));
  }
  const values = [...feet.values()];
  return values.length < 2 ? 0 : Math.max(...values) - Math.min(...values);
}

function overflowLines(distribution: Distribution): number {
  return distribution.overflow.reduce((sum, slot) => sum + (slot.kind === 'photo' ? slot.lines : 1), 0);
}

/**
 * The changes worth trying for one widow, in order: one paragraph set tighter, one set looser, then
 * one tighter with another looser. Generated lazily: asking whether a paragraph has such a setting
 * means setting it, and the first change often settles the widow.
 */
function* changes(items: readonly number[], has: (item: number, value: -1 | 1) => boolean): Generator<ReadonlyArray<[number, -1 | 1]>> {
  let trials = 0;
  for (const value of [-1, 1] as const)
    for (const item of items) {
      if (trials >= MAX_TRIALS) return;
      if (!has(item, value)) continue;
      trials += 1;
      yield [[item, value]];
    }
  const tighter = items.filter((item) => has(item, -1));
  const looser = items.filter((item) => has(item, 1));
  for (const a of tighter)
    for (const b of looser) {
      if (a === b) continue;
      if (trials >= MAX_TRIALS) return;
      trials += 1;
      yield [
        [a, -1],
        [b, 1],
      ];
    }
}

/**
 * Sets the body and places it, then re-sets paragraphs to remove widows at column tops.
 * `setSlots` sets the body with a looseness per body item; `place` distributes the slots over
 * text columns `width` pt wide that start on the body lines `columnStarts` of the block.
 * A change must leave what the block reports unchanged (its overflow, its empty lines, where the
 * text goes on to the next block): copy-fitting measures the same depths with or without it.
 */
export function settleWidows(
  setSlots: (looseness: Looseness) => BodySlots,
  place: (slots: readonly Slot[]) => Distribution,
  width: number,
  columnStarts: readonly number[],
): SettledBody {
  let looseness: Looseness = new Map();
  let body = setSlots(looseness);
  let distribution = place(body.slots);
  let widows = columnTopWidows(distribution.placed, body.slots, width);
  if (widows.length === 0) return { ...body, distribution };
  const base = { overflow: overflowLines(distribution), empty: distribution.emptyLines, next: distribution.next, slots: body.slots.length };
  // Whether a paragraph has a setting one line shorter (or longer), found once per block.
  const known = new Map<string, boolean>();
  const has = (item: number, value: -1 | 1) => {
    const key = `${item}:${value}`;
    let answer = known.get(key);
    if (answer === undefined) {
      answer = setSlots(new Map([[item, value]])).slots.length !== base.slots;
      known.set(key, answer);
    }
    return answer;
  };
  const givenUp = new Set<number>();
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const widow = widows.find((entry) => !givenUp.has(entry.item));
    if (widow === undefined) break;
    givenUp.add(widow.item);
    const free = candidates(widow, distribution.placed).filter((item) => !looseness.has(item));
    for (const change of changes(free, has)) {
      const trial = new Map(looseness);
      for (const [item, value] of change) trial.set(item, value);
      const trialBody = setSlots(trial);
      const trialDistribution = place(trialBody.slots);
      if (
        overflowLines(trialDistribution) !== base.overflow ||
        trialDistribution.emptyLines !== base.empty ||
        trialDistribution.next !== base.next ||
        // Balanced columns stay balanced: their feet no further apart than before.
        footSpread(trialDistribution, columnStarts) > Math.max(1, footSpread(distribution, columnStarts))
      ) {
        continue;
      }
      const trialWidows = columnTopWidows(trialDistribution.placed, trialBody.slots, width);
      if (trialWidows.length >= widows.length || trialWidows.some((entry) => entry.item === widow.item)) continue;
      looseness = trial;
      body = trialBody;
      distribution = trialDistribution;
      widows = trialWidows;
      break;
    }
  }
  return { ...body, distribution };
}
