// Version 2 issues gain a revision counter and per-block headline lines and kicker/subtitle
// switches that print as version 2 did; articles and the workspace file only change their number.
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../shared/model/migrations';

const v2Issue = {
  schemaVersion: 2,
  kind: 'issue',
  id: '2025-05-09-14',
  pages: [
    {
      id: 'p1',
      blocks: [
        { kind: 'pageHeader', id: 'h1', col: 0, line: 0, cols: 8, lines: 2 },
        { kind: 'article', id: 'a1', headlineSize: 22, continuesIn: null },
      ],
    },
  ],
};

describe('migration from format version 2', () => {
  it('numbers the issue revision 1 and keeps every article block printing as before', () => {
    const migrated = migrate('issue', v2Issue, 2, 3);
    expect(migrated['schemaVersion']).toBe(3);
    expect(migrated['rev']).toBe(1);
    const [page] = migrated['pages'] as { blocks: Record<string, unknown>[] }[];
    expect(page?.blocks[0]).toEqual(v2Issue.pages[0]?.blocks[0]);
    expect(page?.blocks[1]).toMatchObject({ headlineSize: 22, headlineLines: null, showKicker: true, showSubtitle: true });
  });

  it('only renumbers articles and the workspace file', () => {
    expect(migrate('article', { schemaVersion: 2, rev: 4 }, 2, 3)).toEqual({ schemaVersion: 3, rev: 4 });
    expect(migrate('workspace', { schemaVersion: 2, staff: [] }, 2, 3)).toEqual({ schemaVersion: 3, staff: [] });
  });
});
