// Each preflight rule on an issue that breaks it and on a fixed twin that passes, with the page and
// block named.
import { describe, expect, it } from 'vitest';
import type { DisplayItem } from '../../../shared/display/display-list';
import { emptyDiagnostics, type BlockDiagnostics } from '../../../shared/layout/diagnostics';
import type { Article } from '../../../shared/model/article';
import type { Issue } from '../../../shared/model/issue';
import type { Masthead } from '../../../shared/model/profile';
import type { ArticleStatus } from '../../../shared/model/status';
import type { PreflightInput, PreflightRule } from '../../../shared/preflight/preflight';
import { preflightErrors, preflightIssue, unwaivedErrors } from '../../../shared/preflight/preflight';
import { pt } from '../../../shared/units/units';

const MASTHEAD: Masthead = {
  title: '开发区建设',
  titleSuffix: '周刊',
  parentPaper: '科学导报',
  paperSlogan: '',
  supplementSlogan: '',
  honours: [],
  founded: '',
  guidance: '',
  supervisor: '某省科学技术协会',
  sponsor: '科学导报社',
  website: '',
  email: '',
  cnNumber: 'CN 14-0015',
  distribution: '',
  postalCode: '21-465',
};

const K = { c: 0, m: 0, y: 0, k: 100 };

function articleBlock(id: string, articleId: string | null, continuesIn: string | null = null) {
  return { kind: 'article', id, col: 0, line: 0, cols: 4, lines: 20, articleId, continuesIn };
}

function article(id: string, status: ArticleStatus, previousStatus?: ArticleStatus): Article {
  return { id, status, ...(previousStatus ? { placement: { issueId: 'i', page: 'A1', previousStatus } } : {}) } as unknown as Article;
}

/** Two pages: A1 with the masthead, a lead story continuing on A2, and a photo; all in order. */
function sound(): PreflightInput {
  const issue = {
    pages: [
      {
        id: 'p1',
        label: 'A1',
        name: '要闻',
        editor: '周编辑',
        blocks: [{ kind: 'masthead', id: 'mast' }, articleBlock('lead', 'a1', 'cont'), { kind: 'photo', id: 'pic', assetId: 'x.jpg' }],
      },
      { id: 'p2', label: 'A2', name: '综合', editor: '韩编辑', blocks: [articleBlock('cont', 'a1'), articleBlock('side', 'a2')] },
    ],
  } as unknown as Issue;
  const diagnostics: BlockDiagnostics[] = [
    emptyDiagnostics('mast', 'A1', 'masthead', null),
    emptyDiagnostics('lead', 'A1', 'article', 'a1'),
    emptyDiagnostics('pic', 'A1', 'photo', null),
    emptyDiagnostics('cont', 'A2', 'article', 'a1'),
    emptyDiagnostics('side', 'A2', 'article', 'a2'),
  ];
  const image: DisplayItem = { type: 'image', x: pt(0), y: pt(0), width: pt(216), height: pt(144), assetId: 'x.jpg' };
  const text: DisplayItem = { type: 'rule', x1: pt(0), y1: pt(0), x2: pt(10), y2: pt(0), width: pt(0.5), ink: K } as unknown as DisplayItem;
  const group = (blockId: string, items: DisplayItem[]): DisplayItem => ({
    type: 'group',
    blockId,
    x: pt(0),
    y: pt(0),
    width: pt(1),
    height: pt(1),
    items,
  });
  return {
    issue,
    masthead: MASTHEAD,
    pages: [
      { label: 'A1', items: [group('pic', [image]), group('lead', [text])] },
      { label: 'A2', items: [group('side', [text])] },
    ],
    diagnostics,
    articles: new Map([
      ['a1', article('a1', 'placed', 'approved')],
      ['a2', article('a2', 'placed', 'approved')],
    ]),
    // 216 pt = 3 in: 900 px is 300 dpi.
    photos: new Map([['x.jpg', { width: 900, height: 600 }]]),
  };
}

function withDiagnostics(blockId: string, change: Partial<BlockDiagnostics>): PreflightInput {
  const input = sound();
  return { ...input, diagnostics: input.diagnostics.map((d) => (d.blockId === blockId ? { ...d, ...change } : d)) };
}

function only(input: PreflightInput, rule: PreflightRule) {
  const problems = preflightIssue(input);
  expect(problems.map((item) => item.rule)).toEqual([rule]);
  expect(problems[0]!.message).toMatch(/[\u4e00-\u9fff]/);
  return problems[0]!;
}

describe('preflight', () => {
  it('finds nothing in a sound issue', () => {
    expect(preflightIssue(sound())).toEqual([]);
  });

  it('reports overflow, empty lines, empty frames, missing articles, photos, jumps and glyphs on their block', () => {
    expect(only(withDiagnostics('side', { overflowChars: 40, overflowLines: 3 }), 'overflow')).toMatchObject({
      severity: 'error',
      page: 'A2',
      blockId: 'side',
    });
    expect(only(withDiagnostics('side', { emptyLines: 3 }), 'emptyLines')).toMatchObject({
      severity: 'warning',
      page: 'A2',
      blockId: 'side',
    });
    expect(preflightIssue(withDiagnostics('side', { emptyLines: 2 }))).toEqual([]);
    expect(only(withDiagnostics('side', { emptyFrame: true }), 'emptyBlock').severity).toBe('error');
    expect(only(withDiagnostics('side', { missingArticle: true }), 'missingArticle').severity).toBe('error');
    expect(only(withDiagnostics('pic', { missingImages: 1 }), 'photoMissing')).toMatchObject({ page: 'A1', blockId: 'pic' });
    expect(only(withDiagnostics('lead', { unresolvedJump: '下转版块不存在' }), 'jump')).toMatchObject({ page: 'A1', blockId: 'lead' });
    expect(only(withDiagnostics('lead', { missingGlyphs: ['𠀀'] }), 'missingGlyph').message).toContain('𠀀');
  });

  it('warns under 170 dpi and stops under 120 dpi effective resolution', () => {
    const at = (width: number) => ({ ...sound(), photos: new Map([['x.jpg', { width, height: (width * 2) / 3 }]]) });
    expect(preflightIssue(at(510))).toEqual([]);
    expect(only(at(480), 'resolution')).toMatchObject({ severity: 'warning', page: 'A1', blockId: 'pic' });
    expect(only(at(300), 'resolution')).toMatchObject({ severity: 'error', page: 'A1', blockId: 'pic' });
  });

  it('needs every page’s 责任编辑 and the masthead’s facts', () => {
    const input = sound();
    const noEditor = {
      ...input,
      issue: { ...input.issue, pages: input.issue.pages.map((page) => (page.label === 'A2' ? { ...page, editor: ' ' } : page)) },
    };
    expect(only(noEditor, 'pageEditor')).toMatchObject({ page: 'A2', blockId: null });
    expect(only({ ...input, masthead: { ...MASTHEAD, cnNumber: '' } }, 'mastheadField')).toMatchObject({ page: 'A1', blockId: 'mast' });
  });

  it('warns of an article placed before it was approved, and stops one placed twice', () => {
    const input = sound();
    const unapproved = { ...input, articles: new Map([...input.articles, ['a2', article('a2', 'placed', 'editing')]]) };
    expect(only(unapproved, 'notApproved')).toMatchObject({ severity: 'warning', page: 'A2', blockId: 'side' });
    const twice = {
      ...input,
      issue: {
        ...input.issue,
        pages: input.issue.pages.map((page) =>
          page.label === 'A2' ? { ...page, blocks: [...page.blocks, articleBlock('again', 'a2')] } : page,
        ),
      },
    } as PreflightInput;
    expect(only(twice, 'placedTwice')).toMatchObject({ page: 'A2', blockId: 'again' });
  });

  it('stops text, rules or tints printing in more than black', () => {
    const input = sound();
    const red = {
      type: 'rule',
      x1: pt(0),
      y1: pt(0),
      x2: pt(10),
      y2: pt(0),
      width: pt(0.5),
      ink: { c: 0, m: 100, y: 100, k: 0 },
    } as unknown as DisplayItem;
    const coloured = {
      ...input,
      pages: [
        input.pages[0]!,
        {
          label: 'A2',
          items: [{ type: 'group', blockId: 'side', x: pt(0), y: pt(0), width: pt(1), height: pt(1), items: [red] } as DisplayItem],
        },
      ],
    };
    expect(only(coloured, 'colour')).toMatchObject({ severity: 'error', page: 'A2', blockId: 'side' });
  });

  it('lists problems page by page and counts the errors', () => {
    const input = withDiagnostics('side', { overflowChars: 1, overflowLines: 1 });
    const both = { ...input, masthead: { ...MASTHEAD, title: '' }, photos: new Map([['x.jpg', { width: 480, height: 320 }]]) };
    const problems = preflightIssue(both);
    expect(problems.map((item) => `${item.page}:${item.rule}`)).toEqual(['A1:mastheadField', 'A1:resolution', 'A2:overflow']);
    expect(preflightErrors(problems)).toBe(2);
  });
});

describe('waivers (豁免)', () => {
  const waiver = {
    rule: 'overflow' as const,
    page: 'A2',
    blockId: 'side',
    reason: '作者确认删去末段',
    by: '韩编辑',
    at: '2025-05-08T10:00:00.000Z',
  };

  it('attach to the problem they name, so a waived error no longer blocks export', () => {
    const input = withDiagnostics('side', { overflowChars: 1, overflowLines: 1 });
    expect(unwaivedErrors(preflightIssue(input))).toHaveLength(1);
    const waived = preflightIssue({ ...input, issue: { ...input.issue, waivers: [waiver] } });
    expect(waived).toHaveLength(1);
    expect(waived[0]).toMatchObject({ rule: 'overflow', severity: 'error', waiver });
    expect(unwaivedErrors(waived)).toEqual([]);
  });

  it('name one rule on one block: another rule, page or block stays an error', () => {
    const input = withDiagnostics('side', { overflowChars: 1, overflowLines: 1 });
    for (const other of [
      { ...waiver, rule: 'emptyLines' as const },
      { ...waiver, page: 'A1' },
      { ...waiver, blockId: 'cont' },
      { ...waiver, blockId: null },
    ]) {
      expect(unwaivedErrors(preflightIssue({ ...input, issue: { ...input.issue, waivers: [other] } }))).toHaveLength(1);
    }
  });
});
