// Property tests of the layout edits on the sample issue: random sequences of commands (valid and
// not), then the inverses of those applied in reverse order, give back the issue exactly; every
// result validates and keeps the grid rules; a refused command leaves the issue untouched.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyEdit, type EditCommand } from '../../../shared/edit';
import { issueSchema, type Block, type Issue } from '../../../shared/model/issue';
import { gridColumns, gridLines } from '../../../shared/units/units';
import { deepFreeze } from './deep-freeze';
import { format, frame, PAGE_LINES, sampleContent } from './edit-fixtures';
import { fitsOnPage, invariantProblems } from './edit-invariants';

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
  batch: 1,
  unknown: 1,
} as const;
type Op = keyof typeof OPS;

const opArbitrary = fc.oneof(
  ...(Object.entries(OPS) as Array<[Op, number]>).map(([op, weight]) => ({ arbitrary: fc.constant(op), weight })),
);

const intentArbitrary = fc.record({
  op: opArbitrary,
  pick: fc.nat(),
  other: fc.nat(),
  dx: fc.integer({ min: -4, max: 4 }),
  dy: fc.integer({ min: -15, max: 15 }),
  n: fc.integer({ min: -2, max: 5 }),
  flag: fc.boolean(),
});
type Intent = typeof intentArbitrary extends fc.Arbitrary<infer T> ? T : never;

let sample: Issue;
let articleIds: string[];

beforeAll(async () => {
  const content = await sampleContent();
  sample = deepFreeze(content.issue);
  articleIds = [...content.articles.map((article) => article.id), 'art-new-1', 'art-new-2'];
}, 60_000);

function blocksOf(issue: Issue): Array<{ block: Block; pageId: string; count: number }> {
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
function commandFor(issue: Issue, intent: Intent, fresh: () => string): EditCommand {
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

describe('layout edits on the sample issue', () => {
  it('any sequence of edits, undone in reverse order, gives back the issue exactly', () => {
    const applied = new Map<string, number>();
    let refused = 0;
    fc.assert(
      fc.property(fc.array(intentArbitrary, { minLength: 1, maxLength: 30 }), (intents) => {
        let current = sample;
        let counter = 0;
        const inverses: EditCommand[] = [];
        for (const intent of intents) {
          const command = commandFor(current, intent, () => `new-${(counter += 1)}`);
          const snapshot = structuredClone(current);
          const outcome = applyEdit(current, format, command);
          const moving = 'blockId' in command ? blocksOf(current).find((entry) => entry.block.id === command.blockId) : undefined;
          if (moving && (command.type === 'moveBlock' || command.type === 'resizeBlock')) {
            // A move or resize applies exactly when the test's own statement of the grid rules allows it.
            const page = current.pages.find((candidate) => candidate.id === moving.pageId)!;
            expect(outcome.ok).toBe(fitsOnPage(page.blocks, { ...moving.block, ...command } as unknown as Block));
          }
          // The input is frozen: an edit that mutated it would have thrown; a refusal leaves it as it was.
          expect(current).toEqual(snapshot);
          if (!outcome.ok) {
            refused += 1;
            expect(outcome.refusal.message).toMatch(/[\u4e00-\u9fff]/);
            continue;
          }
          applied.set(command.type, (applied.get(command.type) ?? 0) + 1);
          issueSchema.parse(outcome.issue);
          expect(invariantProblems(outcome.issue)).toEqual([]);
          inverses.push(outcome.inverse);
          current = deepFreeze(outcome.issue);
        }
        for (const inverse of inverses.reverse()) {
          const undone = applyEdit(current, format, inverse);
          if (!undone.ok) throw new Error(`undo refused: ${undone.refusal.message}`);
          current = deepFreeze(undone.issue);
        }
        expect(current).toEqual(sample);
      }),
      { numRuns: 100, seed: 20250509 },
    );
    // The random edits must exercise every command and the refusals, or the property says little.
    for (const type of [
      'moveBlock',
      'resizeBlock',
      'removeBlock',
      'addBlock',
      'setTextColumns',
      'setHeadline',
      'setHeadings',
      'setArticle',
      'linkContinuation',
      'unlinkContinuation',
      'batch',
    ]) {
      expect(applied.get(type) ?? 0, type).toBeGreaterThanOrEqual(5);
    }
    expect(refused).toBeGreaterThan(100);
  });

  it('refuses overlaps, places outside the type area, unknown blocks and second placements, changing nothing', () => {
    const blocks = blocksOf(sample).map((entry) => entry.block);
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (first, second) => {
        const block = blocks[first % blocks.length]!;
        const page = sample.pages.find((candidate) => candidate.blocks.includes(block))!;
        const other = page.blocks[second % page.blocks.length]!;
        const invalid: Array<[EditCommand, string]> = [
          [{ type: 'moveBlock', blockId: block.id, col: format.columns, line: block.line }, 'OUTSIDE_AREA'],
          [{ type: 'resizeBlock', blockId: block.id, col: block.col, line: block.line, cols: block.cols, lines: 1000 }, 'OUTSIDE_AREA'],
          [{ type: 'removeBlock', blockId: `${block.id}-gone` }, 'UNKNOWN_BLOCK'],
          [{ type: 'addBlock', pageId: page.id, block: { ...block, id: 'copy' } }, block.kind === 'rule' ? '' : 'OVERLAP'],
          [{ type: 'addBlock', pageId: page.id, block: { ...block } }, 'DUPLICATE_BLOCK_ID'],
        ];
        if (other !== block && other.kind !== 'rule' && block.kind !== 'rule') {
          invalid.push([{ type: 'moveBlock', blockId: block.id, col: other.col, line: other.line }, '']);
        }
        if (block.kind === 'article' && block.articleId !== null) {
          // Take a block off the page to make room, then try to place the same article there again.
          const spare = page.blocks.find((candidate) => candidate.kind === 'article' && candidate.articleId !== block.articleId);
          if (spare) {
            const again = frame('again', block.articleId, { col: spare.col, line: spare.line, cols: spare.cols, lines: spare.lines });
            invalid.push([
              {
                type: 'batch',
                commands: [
                  { type: 'removeBlock', blockId: spare.id },
                  { type: 'addBlock', pageId: page.id, block: again },
                ],
              },
              'ALREADY_PLACED',
            ]);
          }
        }
        for (const [command, code] of invalid) {
          const outcome = applyEdit(sample, format, command);
          expect(outcome.ok).toBe(false);
          if (!outcome.ok && code) expect(outcome.refusal.code).toBe(code);
        }
      }),
      { numRuns: 50, seed: 4369 },
    );
  });
});
