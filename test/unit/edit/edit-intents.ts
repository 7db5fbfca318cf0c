// Random edits for the property tests: an intent (random numbers) turned into a concrete command
// aimed at the issue as it is, so that on the full sample pages many edits are valid.
import fc from 'fast-check';
import type { EditCommand } from '../../../shared/edit';
import type { Block, Issue } from '../../../shared/model/issue';
import { gridColumns, gridLines } from '../../../shared/units/units';
import { format, frame, PAGE_LINES } from './edit-fixtures';
import { fitsOnPage } from './edit-invariants';

// Weighted so that edits which usually apply on a full page (settings, removals, adds into the room
// removals make, links to frames emptied before) are frequent enough for long valid sequences.
const OPS = {
  move: 3,
  resize: 2,
  remove: 3,
  add: 4,
  textColumns: 2,
  headline: 2,
  headings: 2,
  setArticle: 3,
  link: 4,
  unlink: 2,
  photo: 2,
  batch: 1,
  unknown: 1,
} as const;
type Op = keyof typeof OPS;

const opArbitrary = fc.oneof(
  ...(Object.entries(OPS) as Array<[Op, number]>).map(([op, weight]) => ({ arbitrary: fc.constant(op), weight })),
);

export const intentArbitrary = fc.record({
  op: opArbitrary,
  pick: fc.nat(),
  other: fc.nat(),
  dx: fc.integer({ min: -4, max: 4 }),
  dy: fc.integer({ min: -15, max: 15 }),
  n: fc.integer({ min: -2, max: 5 }),
  flag: fc.boolean(),
});
export type Intent = typeof intentArbitrary extends fc.Arbitrary<infer T> ? T : never;

export function blocksOf(issue: Issue): Array<{ block: Block; pageId: string; count: number }> {
  return issue.pages.flatMap((page) => page.blocks.map((block) => ({ block, pageId: page.id, count: page.blocks.length })));
}

function covered(blocks: readonly Block[], col: number, line: number): boolean {
  return blocks.some((block) => col >= block.col && col < block.col + block.cols && line >= block.line && line < block.line + block.lines);
}

/** A free rectangle of the type area (the n-th free cell found, grown right and down), if any. */
function freeRect(
  blocks: readonly Block[],
  n: number,
  cols: number,
  lines: number,
): { col: number; line: number; cols: number; lines: number } | undefined {
  const free: Array<{ col: number; line: number }> = [];
  for (let line = 0; line < PAGE_LINES; line += 2) {
    for (let col = 0; col < format.columns; col += 1) if (!covered(blocks, col, line)) free.push({ col, line });
  }
  const start = free[n % Math.max(1, free.length)];
  if (!start) return undefined;
  let width = 1;
  while (width < cols && start.col + width < format.columns && !covered(blocks, start.col + width, start.line)) width += 1;
  let depth = 1;
  while (depth < lines && start.line + depth < PAGE_LINES && !covered(blocks, start.col, start.line + depth)) depth += 1;
  return { ...start, cols: width, lines: depth };
}

/** Where a block could go near its place, by the test's own statement of the grid rules. */
function nearbyPlaces(issue: Issue, pageId: string, block: Block): Array<{ col: number; line: number }> {
  const page = issue.pages.find((candidate) => candidate.id === pageId)!;
  const places: Array<{ col: number; line: number }> = [];
  for (let col = block.col - 4; col <= block.col + 4; col += 1) {
    for (let line = block.line - 15; line <= block.line + 15; line += 1) {
      if ((col !== block.col || line !== block.line) && fitsOnPage(page.blocks, { ...block, col, line } as Block))
        places.push({ col, line });
    }
  }
  return places;
}

/** A concrete command from a random intent, aimed at the issue as it is now (so many are valid). */
export function commandFor(issue: Issue, intent: Intent, articleIds: readonly string[], fresh: () => string): EditCommand {
  const blocks = blocksOf(issue);
  // Moves and adds go to pages with room (left by removals) when there are any.
  const roomyPages = new Set(issue.pages.filter((page) => freeRect(page.blocks, 0, 1, 1)).map((page) => page.id));
  const roomy = blocks.filter((entry) => roomyPages.has(entry.pageId));
  // A move takes the first block (from a random start) that has somewhere to go.
  let movable: typeof blocks = [];
  for (let step = 0; intent.op === 'move' && step < roomy.length && movable.length === 0; step += 1) {
    const entry = roomy[(intent.pick + step) % roomy.length]!;
    if (nearbyPlaces(issue, entry.pageId, entry.block).length > 0) movable = [entry];
  }
  const unlinked = blocks.filter((entry) => entry.block.kind === 'article' && entry.block.continuesIn === null);
  const pool =
    movable.length > 0
      ? movable
      : intent.op === 'add' && roomy.length > 0
        ? roomy
        : intent.op === 'link' && unlinked.length > 0
          ? unlinked
          : blocks;
  const { block, pageId, count } = pool[intent.pick % pool.length]!;
  const articleBlocks = blocks.filter((entry) => entry.block.kind === 'article');
  const other = blocks[intent.other % blocks.length]!.block;
  const page = issue.pages.find((candidate) => candidate.id === pageId)!;
  // Mostly articles not on the pages yet (or none), sometimes one that is: a second placement.
  const articleId = intent.flag ? null : intent.dx === 0 ? articleIds[intent.other % articleIds.length]! : `art-new-${intent.other % 5}`;
  const emptyFrames = blocks.filter((entry) => entry.block.kind === 'article' && entry.block.articleId === null && entry.pageId !== pageId);
  switch (intent.op) {
    case 'move': {
      const places = nearbyPlaces(issue, pageId, block);
      const place = intent.flag || intent.dx !== 0 ? places[intent.other % Math.max(1, places.length)] : undefined;
      return {
        type: 'moveBlock',
        blockId: block.id,
        col: place?.col ?? block.col + intent.dx,
        line: place?.line ?? block.line + intent.dy,
      };
    }
    case 'resize':
      // Half the time shrink (which always fits), else any size change near the block's own.
      return intent.flag
        ? {
            type: 'resizeBlock',
            blockId: block.id,
            col: block.col,
            line: block.line,
            cols: Math.max(1, block.cols - Math.abs(intent.dx)),
            lines: Math.max(1, block.lines - Math.abs(intent.dy)),
          }
        : {
            type: 'resizeBlock',
            blockId: block.id,
            col: block.col,
            line: block.line + intent.n,
            cols: block.cols + intent.dx,
            lines: block.lines + intent.dy,
          };
    case 'remove':
      return { type: 'removeBlock', blockId: block.id };
    case 'add': {
      const at = freeRect(page.blocks, intent.other, Math.max(1, intent.n), 4 + Math.abs(intent.dy)) ?? {
        col: 2,
        line: 50,
        cols: 2,
        lines: 10,
      };
      const added = frame(fresh(), articleId, {
        col: gridColumns(at.col),
        line: gridLines(at.line),
        cols: gridColumns(at.cols),
        lines: gridLines(at.lines),
      });
      return { type: 'addBlock', pageId, block: added, index: intent.other % (count + 1) };
    }
    case 'textColumns':
      return { type: 'setTextColumns', blockId: block.id, textColumns: intent.n };
    case 'headline':
      return {
        type: 'setHeadline',
        blockId: block.id,
        size: intent.flag ? null : [18, 26, 36, 300][intent.other % 4]!,
        lines: intent.n < 1 ? null : intent.n,
      };
    case 'headings':
      return { type: 'setHeadings', blockId: block.id, showKicker: intent.flag, showSubtitle: intent.dx > 0 };
    case 'setArticle':
      return { type: 'setArticle', blockId: block.id, articleId };
    case 'link': {
      const target =
        (intent.flag || intent.dx !== 0) && emptyFrames.length > 0 ? emptyFrames[intent.other % emptyFrames.length]!.block : other;
      return { type: 'linkContinuation', fromBlockId: block.id, toBlockId: target.id };
    }
    case 'unlink': {
      const linked = articleBlocks.filter((entry) => entry.block.kind === 'article' && entry.block.continuesIn !== null);
      const from = linked.length > 0 ? linked[intent.other % linked.length]!.block : block;
      return { type: 'unlinkContinuation', fromBlockId: from.id };
    }
    case 'photo': {
      // Mostly a photo frame (so most apply); a new picture, an empty frame, a crop, or a bad crop.
      const photos = blocks.filter((entry) => entry.block.kind === 'photo');
      const target = intent.flag && photos.length > 0 ? photos[intent.other % photos.length]!.block : block;
      const assetId = intent.dx === 0 ? null : `${String(intent.other % 10).repeat(64)}.jpg`;
      const crop = intent.dy === 0 ? null : { zoom: Math.max(0.5, 1 + intent.dy), centerX: 0.25, centerY: 0.5 };
      return { type: 'setPhoto', blockId: target.id, assetId, crop };
    }
    case 'batch':
      return {
        type: 'batch',
        commands: [
          { type: 'setHeadings', blockId: block.id, showKicker: !intent.flag, showSubtitle: intent.flag },
          { type: 'removeBlock', blockId: other.id },
        ],
      };
    case 'unknown':
      return { type: 'moveBlock', blockId: 'no-such-block', col: 0, line: 0 };
  }
}
