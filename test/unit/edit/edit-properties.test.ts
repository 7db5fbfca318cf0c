// Property tests of the layout edits on the sample issue: random sequences of commands (valid and
// not), then the inverses of those applied in reverse order, give back the issue exactly; every
// result validates and keeps the grid rules; a refused command leaves the issue untouched.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyEdit, type EditCommand } from '../../../shared/edit';
import { issueSchema, type Block, type Issue } from '../../../shared/model/issue';
import { deepFreeze } from './deep-freeze';
import { format, frame, sampleContent } from './edit-fixtures';
import { fitsOnPage, invariantProblems } from './edit-invariants';
import { blocksOf, commandFor, intentArbitrary } from './edit-intents';

function restoresPages(command: EditCommand): boolean {
  return command.type === 'restorePages' || (command.type === 'batch' && command.commands.some(restoresPages));
}

let sample: Issue;
let articleIds: string[];

beforeAll(async () => {
  const content = await sampleContent();
  sample = deepFreeze(content.issue);
  articleIds = [...content.articles.map((article) => article.id), 'art-new-1', 'art-new-2'];
}, 60_000);

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
          const command = commandFor(current, intent, articleIds, () => `new-${(counter += 1)}`);
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
          // On sound data every edit has its own inverse; putting pages back is for broken links only.
          expect(restoresPages(outcome.inverse)).toBe(false);
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
      'setPhoto',
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
