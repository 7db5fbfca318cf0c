// A drag's preview runs the grid's checks only; what it shows is what the drop then commits.
import { describe, expect, it } from 'vitest';
import { applyEdit, type EditCommand } from '../../../shared/edit';
import { format, sampleContent } from './edit-fixtures';

describe('preview edits', () => {
  it('give the issue the full edit gives, and refuse what it refuses', async () => {
    const { issue } = await sampleContent();
    const block = issue.pages[0]!.blocks.find((candidate) => candidate.kind === 'article')!;
    const shrunk = applyEdit(issue, format, {
      type: 'resizeBlock',
      blockId: block.id,
      col: block.col,
      line: block.line,
      cols: block.cols,
      lines: block.lines - 4,
    });
    if (!shrunk.ok) throw new Error(shrunk.refusal.message);
    const commands: EditCommand[] = [
      { type: 'moveBlock', blockId: block.id, col: block.col, line: block.line + 3 },
      { type: 'moveBlock', blockId: block.id, col: block.col, line: block.line + 40 },
      { type: 'moveBlock', blockId: block.id, col: block.col + 1, line: block.line },
    ];
    for (const command of commands) {
      const full = applyEdit(shrunk.issue, format, command);
      const preview = applyEdit(shrunk.issue, format, command, { preview: true });
      expect(preview.ok).toBe(full.ok);
      if (full.ok && preview.ok) expect(preview.issue).toEqual(full.issue);
      if (!full.ok && !preview.ok) expect(preview.refusal).toEqual(full.refusal);
    }
  });
});
