// Files saved by older versions of the workstation are upgraded step by step when opened. Each
// step must carry every old field over to its new form and fill what is new with what the old
// version did, and must never trip over damaged parts of an old file.
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../shared/model/migrations';

describe('articles from format version 1', () => {
  it('turn the stored Chinese status label into its status code', () => {
    expect(migrate('article', { schemaVersion: 1, status: '已审' }, 1, 2)['status']).toBe('approved');
  });

  it('keep a status that is no known label, or not text at all, as it was', () => {
    expect(migrate('article', { schemaVersion: 1, status: '待定稿' }, 1, 2)['status']).toBe('待定稿');
    expect(migrate('article', { schemaVersion: 1, status: 7 }, 1, 2)['status']).toBe(7);
  });

  it('number the revisions from 1, convert their labels, and count on from the last', () => {
    const migrated = migrate(
      'article',
      {
        schemaVersion: 1,
        id: 'a1',
        status: '草稿',
        revisions: [
          { status: '草稿', note: '初稿' },
          { status: '已提交', note: '交稿' },
          { status: '另一种', note: '旧值' },
        ],
      },
      1,
      2,
    );
    expect(migrated).toEqual({
      schemaVersion: 2,
      id: 'a1',
      status: 'draft',
      rev: 4,
      revisions: [
        { rev: 1, status: 'draft', note: '初稿' },
        { rev: 2, status: 'filed', note: '交稿' },
        { rev: 3, status: '另一种', note: '旧值' },
      ],
    });
  });

  it('drop revision entries that are not objects and start at revision 1 when there are none', () => {
    const damaged = migrate('article', { schemaVersion: 1, revisions: [null, 'text', 3, ['nested'], { status: '退回' }] }, 1, 2);
    expect(damaged['revisions']).toEqual([{ rev: 1, status: 'returned' }]);
    expect(damaged['rev']).toBe(2);
    const none = migrate('article', { schemaVersion: 1, revisions: 'lost' }, 1, 2);
    expect(none['revisions']).toEqual([]);
    expect(none['rev']).toBe(1);
  });

  it('reach the current version in one call', () => {
    expect(migrate('article', { schemaVersion: 1, status: '编辑中' }, 1, 3)).toMatchObject({ schemaVersion: 3, status: 'editing', rev: 1 });
  });
});

describe('issues from format version 1', () => {
  const v1Issue = {
    schemaVersion: 1,
    id: '2024-03-01-5',
    weekday: '星期五',
    pages: [
      {
        id: 'p1',
        label: 'A1',
        responsibleEditor: '钱小平',
        blocks: [
          { kind: 'masthead', id: 'm1', cols: 8 },
          { kind: 'article', id: 'b1', cols: 3 },
          { kind: 'article', id: 'b2', cols: 4, textColumns: 2, headline: 'side', headlineSize: 30, continuesIn: 'b9' },
        ],
      },
      { id: 'p2', responsibleEditor: 42, blocks: 'broken' },
      'not a page',
    ],
  };
  const migrated = migrate('issue', v1Issue, 1, 2);
  const pages = migrated['pages'] as Record<string, unknown>[];

  it('drop the typed weekday and move the page editor to its new name', () => {
    expect(migrated['schemaVersion']).toBe(2);
    expect(migrated).not.toHaveProperty('weekday');
    expect(migrated['id']).toBe('2024-03-01-5');
    expect(pages[0]).toMatchObject({ id: 'p1', label: 'A1', editor: '钱小平' });
    expect(pages[0]).not.toHaveProperty('responsibleEditor');
  });

  it('give a page whose editor was not text an empty editor', () => {
    expect(pages[1]).toEqual({ id: 'p2', editor: '', blocks: [] });
  });

  it('drop pages that are not objects', () => {
    expect(pages).toHaveLength(2);
  });

  it('give article blocks text across all their columns and a default headline, keeping what they had', () => {
    const blocks = pages[0]?.['blocks'] as Record<string, unknown>[];
    expect(blocks[0]).toEqual({ kind: 'masthead', id: 'm1', cols: 8 });
    expect(blocks[1]).toEqual({
      kind: 'article',
      id: 'b1',
      cols: 3,
      textColumns: 3,
      headline: 'across',
      headlineSize: null,
      continuesIn: null,
    });
    expect(blocks[2]).toEqual({
      kind: 'article',
      id: 'b2',
      cols: 4,
      textColumns: 2,
      headline: 'side',
      headlineSize: 30,
      continuesIn: 'b9',
    });
  });

  it('reach the current version with the version 2 defaults added too', () => {
    const current = migrate('issue', v1Issue, 1, 3);
    expect(current).toMatchObject({ schemaVersion: 3, rev: 1 });
    const blocks = (current['pages'] as { blocks: Record<string, unknown>[] }[])[0]?.blocks ?? [];
    expect(blocks[1]).toMatchObject({ textColumns: 3, headlineLines: null, showKicker: true, showSubtitle: true });
  });
});

describe('workspace files from format version 1', () => {
  it('gain the autosave interval and line-breaking level that version 1 used', () => {
    const migrated = migrate('workspace', { schemaVersion: 1, name: '晚报', settings: { theme: 'dark' }, profile: { pageCount: 8 } }, 1, 2);
    expect(migrated).toEqual({
      schemaVersion: 2,
      name: '晚报',
      settings: { autosaveIntervalMs: 2000, theme: 'dark' },
      profile: { lineBreaking: 'gb', pageCount: 8 },
    });
  });

  it('keep settings they already had', () => {
    const migrated = migrate(
      'workspace',
      { schemaVersion: 1, settings: { autosaveIntervalMs: 500 }, profile: { lineBreaking: 'loose' } },
      1,
      2,
    );
    expect(migrated['settings']).toEqual({ autosaveIntervalMs: 500 });
    expect(migrated['profile']).toEqual({ lineBreaking: 'loose' });
  });

  it('replace missing or damaged settings and profile with the defaults alone', () => {
    for (const damaged of [undefined, null, 'text', ['a']]) {
      const migrated = migrate('workspace', { schemaVersion: 1, settings: damaged, profile: damaged }, 1, 2);
      expect(migrated['settings'], String(damaged)).toEqual({ autosaveIntervalMs: 2000 });
      expect(migrated['profile'], String(damaged)).toEqual({ lineBreaking: 'gb' });
    }
  });
});

describe('the migration chain', () => {
  it('leaves a file already at the target version untouched', () => {
    const file = { schemaVersion: 3, kind: 'issue', pages: [] };
    expect(migrate('issue', file, 3, 3)).toBe(file);
  });

  it('refuses a version it has no step for, naming the document and the version', () => {
    expect(() => migrate('issue', {}, 3, 4)).toThrow(RangeError);
    expect(() => migrate('workspace', {}, 0, 3)).toThrow(/workspace.*0/);
    expect(() => migrate('article', {}, 3, 4)).toThrow(/article.*3/);
  });
});
