// Which body each headline group belongs to. A page sets its groups above their bodies or, in some
// extractions, after them, and not always the same way throughout; so every group's placements
// (headline of the body before, of the body after, or subheads between two parts of one body)
// are scored on the evidence and the placement of all groups together that explains the page best
// is chosen. Nothing here reads text beyond the units; the assembler follows the plan.
import { headlineScore, characterPairs, sharedWordsBalance } from './headline-evidence';
import { startsWithDateline } from './name-patterns';
import type { TitleUnit, Unit } from './page-units';

/** `back`: for a group set after its body, how many bodies (briefs set between) it reaches back over. */
export interface Placement {
  to: 'previous' | 'next' | 'subheads';
  back: number;
}

interface Body {
  /** Opens with a 电头. */
  dateline: boolean;
  /** Opens with a 上接 jump or the page itself: such a body has its headline on another page. */
  continued: boolean;
  /** Ended by a signature, a 下转 jump or a column logo: no subhead can follow it. */
  closed: boolean;
  /** A column logo follows it: a group after the logo starts the column, it cannot title this body. */
  sealed: boolean;
  text: string;
}

interface Group {
  start: number;
  titles: TitleUnit[];
  pairs: Set<string>;
}

/** The page as bodies between groups: slots[0], groups[0], slots[1], … */
interface Outline {
  slots: Body[][];
  groups: Group[];
}

// How much of a body is compared with a group's words: the start of a story names its subject.
const BODY_SAMPLE = 400;
// Weights of the evidence, in the units of one article left without a headline.
const UNCLAIMED = 2;
const ORIENTATION = 1;
const DATELINE_AFTER = 0.5;
const WORD = 0.4;
const MAX_WORDS = 3;
const TITLES_ONLY = 1;
const SUBHEAD_BASE = 1;

function isSideMarker(unit: Unit | undefined): boolean {
  return unit?.kind === 'marker' && (unit.marker.kind === 'pageFurniture' || unit.marker.kind === 'duplicate');
}

/** A caption set without its final stop reads as title lines; its credit right after tells (see the assembler). */
export function isCaptionRun(units: readonly Unit[], end: number, titles: readonly TitleUnit[]): boolean {
  let next = end;
  while (isSideMarker(units[next])) next += 1;
  return units[next]?.kind === 'credit' && titles.every((title) => title.line.heading === 0);
}

/** The end of the run of title lines (furniture between them allowed) starting at `start`. */
export function groupEnd(units: readonly Unit[], start: number): number {
  let index = start;
  while (units[index]?.kind === 'title' || isSideMarker(units[index])) index += 1;
  return index;
}

/** Splits the units the way the assembler starts and ends articles. */
function outline(units: readonly Unit[]): Outline {
  const slots: Body[][] = [[]];
  const groups: Group[] = [];
  let current: Body | null = null;
  const slot = (): Body[] => slots[slots.length - 1] ?? [];
  const open = (dateline: boolean, continued: boolean): Body => {
    const body: Body = { dateline, continued, closed: false, sealed: false, text: '' };
    slot().push(body);
    current = body;
    return body;
  };
  const target = (dateline: boolean): Body => {
    const body = current as Body | null;
    if (!body || body.closed || (dateline && body.text !== '')) return open(dateline, false);
    return body;
  };
  for (let index = 0; index < units.length; index += 1) {
    const unit = units[index];
    if (!unit || isSideMarker(unit)) continue;
    if (unit.kind === 'title') {
      const end = groupEnd(units, index);
      const titles = units.slice(index, end).filter((item): item is TitleUnit => item.kind === 'title');
      if (isCaptionRun(units, end, titles)) {
        target(false).text += titles.map((title) => title.line.content).join('');
      } else {
        groups.push({ start: index, titles, pairs: characterPairs(titles.map((title) => title.line.content).join(' ')) });
        slots.push([]);
        current = null;
      }
      index = end - 1;
      continue;
    }
    switch (unit.kind) {
      case 'marker':
        if (unit.marker.kind === 'jump' && unit.continuation) open(false, true);
        else if (unit.marker.kind === 'jump') (current ?? open(false, false)).closed = true;
        else if (unit.marker.kind === 'columnLogo') {
          const body = current as Body | null;
          if (body) body.closed = body.sealed = true;
          current = null;
        }
        break;
      case 'paragraph':
        target(startsWithDateline(unit.text)).text += unit.text;
        break;
      case 'signature':
        (current ?? open(false, false)).closed = true;
        break;
      case 'floating':
        current ??= open(false, false);
        break;
      default:
        target(false).text += unit.text;
    }
  }
  // Text the page opens with, before any group, continues a story from elsewhere.
  const opening = slots[0]?.[0];
  if (opening) opening.continued = true;
  return { slots, groups };
}

interface State {
  /** The article of the slot's first body already has its group (the group before it, or one it runs on from). */
  claimedFirst: boolean;
  /** That article needs none: it continues a story from elsewhere. */
  exemptFirst: boolean;
}

/** The placements chosen so far, last first: shared between steps, so a long page costs no copying. */
interface Trail {
  placement: Placement;
  before: Trail | null;
}

interface Step {
  score: number;
  state: State;
  trail: Trail | null;
}

function key(state: State): string {
  return `${state.claimedFirst ? 1 : 0}${state.exemptFirst ? 1 : 0}`;
}

/** The cost of the slot's bodies left without a group: `claimed` are the ones with one, `open` the one running on. */
function unclaimedCost(slot: readonly Body[], state: State, claimed: number, open: number): number {
  let cost = 0;
  slot.forEach((body, index) => {
    if (index === claimed || index === open || (index === 0 && state.claimedFirst)) return;
    if (!(index === 0 ? state.exemptFirst || body.continued : body.continued)) cost += UNCLAIMED;
  });
  return cost;
}

function fresh(slot: readonly Body[], claimedFirst: boolean): State {
  return { claimedFirst: claimedFirst || slot.length === 0, exemptFirst: slot[0]?.continued ?? true };
}

// How many bodies back a group set after its body may reach, over briefs set between.
const MAX_BACK = 2;

/** Best placements of all groups when the page leans `lean` (its usual order of group and body). */
function bestPlan(page: Outline, lean: 'previous' | 'next'): Step {
  const pairsOf = (body: Body | undefined): Set<string> => (body ? characterPairs(body.text.slice(0, BODY_SAMPLE)) : new Set());
  const initial = fresh(page.slots[0] ?? [], false);
  let steps = new Map<string, Step>([[key(initial), { score: 0, state: initial, trail: null }]]);
  page.groups.forEach((group, index) => {
    const before = page.slots[index] ?? [];
    const after = page.slots[index + 1] ?? [];
    const lastBefore = before.at(-1);
    const firstAfter = after[0];
    const afterPairs = pairsOf(firstAfter);
    const words = (body: Body | undefined): number =>
      Math.max(-MAX_WORDS, Math.min(MAX_WORDS, WORD * sharedWordsBalance(group.pairs, afterPairs, pairsOf(body))));
    const headline = headlineScore(group.titles);
    const lean_ = (to: Placement['to']): number => (to === lean ? ORIENTATION : 0);
    const next = new Map<string, Step>();
    const offer = (from: Step, placement: Placement, score: number, state: State): void => {
      const total = from.score + score;
      const known = next.get(key(state));
      if (!known || total > known.score) next.set(key(state), { score: total, state, trail: { placement, before: from.trail } });
    };
    for (const step of steps.values()) {
      const nextScore = firstAfter
        ? lean_('next') + (firstAfter.dateline ? DATELINE_AFTER : 0) + words(lastBefore)
        : lean_('next') - TITLES_ONLY;
      offer(step, { to: 'next', back: 0 }, nextScore - unclaimedCost(before, step.state, -1, -1), fresh(after, true));
      if (lastBefore && !lastBefore.sealed) {
        for (let back = 0; back <= MAX_BACK && back < before.length; back += 1) {
          const target = before.length - 1 - back;
          if (target === 0 && step.state.claimedFirst) break;
          const score = lean_('previous') - words(before[target]) - unclaimedCost(before, step.state, target, -1);
          offer(step, { to: 'previous', back }, score, fresh(after, false));
        }
      }
      if (lastBefore && firstAfter && !lastBefore.closed && !firstAfter.dateline && !firstAfter.continued) {
        const single = before.length === 1;
        const merged: State = {
          claimedFirst: single && step.state.claimedFirst,
          exemptFirst: single ? step.state.exemptFirst || lastBefore.continued : lastBefore.continued,
        };
        const score = SUBHEAD_BASE - headline - unclaimedCost(before, step.state, -1, before.length - 1);
        offer(step, { to: 'subheads', back: 0 }, score, merged);
      }
    }
    steps = next;
  });
  const last = page.slots.at(-1) ?? [];
  let best: Step | null = null;
  for (const step of steps.values()) {
    const score = step.score - unclaimedCost(last, step.state, -1, -1);
    if (!best || score > best.score) best = { ...step, score };
  }
  return best ?? { score: 0, state: initial, trail: null };
}

/**
 * The placement of each headline group of a page, by the unit index it starts at. `lean` is what
 * the page's first and last units suggest; it wins only where the evidence is even.
 */
export function placeHeadlines(units: readonly Unit[], lean: 'previous' | 'next'): Map<number, Placement> {
  const page = outline(units);
  const leaning = bestPlan(page, lean);
  const other = bestPlan(page, lean === 'next' ? 'previous' : 'next');
  const plan = other.score > leaning.score ? other : leaning;
  const placements: Placement[] = [];
  for (let trail = plan.trail; trail; trail = trail.before) placements.push(trail.placement);
  placements.reverse();
  return new Map(page.groups.map((group, index) => [group.start, placements[index] ?? { to: 'next', back: 0 }]));
}
