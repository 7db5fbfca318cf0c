// What a stored issue may hold: its numbering and date, pages, the blocks on the column grid and
// the jump links between them. An issue file from another version or edited by hand must be refused
// when opened, with a Chinese message where the format words one, rather than lay out a page that
// overflows the grid or follows a jump into nothing; so each limit is stated at its edge, both sides.
import { describe, expect, it } from 'vitest';
import { defaultProfile } from '../../../shared/model/default-profile';
import { createIssue, newArticleBlock, templatePage } from '../../../shared/model/issue-factory';
import { issueSchema, type Block, type Issue } from '../../../shared/model/issue';
import type { PreflightWaiver } from '../../../shared/model/preflight-waiver';
import { SCHEMA_VERSION } from '../../../shared/model/version';
import { gridColumns, gridLines } from '../../../shared/units/units';
import {
  CHINESE,
  changed,
  chars,
  expectAccepted,
  expectRefused,
  HEX64,
  items,
  itFollowsFieldRules,
  REMOVED,
  type FieldRule,
} from './schema-cases';

const profile = defaultProfile();

function ruleBlock(id: string): Block {
  return {
    kind: 'rule',
    id,
    col: gridColumns(0),
    line: gridLines(40),
    cols: gridColumns(8),
    lines: gridLines(1),
    orientation: 'horizontal',
    weight: 0.5,
  };
}

const waiver: PreflightWaiver = {
  rule: 'emptyLines',
  page: 'A2',
  blockId: 'p2-lead',
  reason: '留白放图说',
  by: '周编辑',
  at: '2025-05-08T09:00:00.000Z',
};

/** Page A2 carries one block of each kind that has fields of its own; its lead continues on A3. */
function sampleIssue(): Issue {
  const issue = createIssue(profile, { number: 14, totalNumber: 4369, date: '2025-05-09' });
  const [front, second, third, ...rest] = issue.pages;
  if (!front || !second || !third) throw new Error('the default profile has fewer than three pages');
  const lead = newArticleBlock({
    id: 'p2-lead',
    col: gridColumns(0),
    line: gridLines(3),
    cols: gridColumns(5),
    lines: gridLines(30),
    articleId: 'kfq-2025-0507',
    textColumns: 3,
  });
  const photo: Block = {
    kind: 'photo',
    id: 'p2-photo',
    col: gridColumns(5),
    line: gridLines(3),
    cols: gridColumns(3),
    lines: gridLines(20),
    assetId: `${HEX64}.jpg`,
    caption: '试运行当天的进水口',
    credit: '林晓 摄',
    crop: { zoom: 1.5, centerX: 0.4, centerY: 0.6 },
  };
  const rest3 = newArticleBlock({
    id: 'p3-rest',
    col: gridColumns(0),
    line: gridLines(3),
    cols: gridColumns(4),
    lines: gridLines(20),
    articleId: 'kfq-2025-0507',
    textColumns: 4,
  });
  return {
    ...issue,
    pages: [
      front,
      { ...second, blocks: [...second.blocks, { ...lead, continuesIn: 'p3-rest' }, photo, ruleBlock('p2-rule')] },
      { ...third, blocks: [...third.blocks, rest3] },
      ...rest,
    ],
    waivers: [waiver],
  };
}

const issue = sampleIssue();
const MASTHEAD = 'pages.0.blocks.0';
const LEAD = 'pages.1.blocks.1';
const PHOTO = 'pages.1.blocks.2';
const RULE = 'pages.1.blocks.3';

const BLOCK_IDS = ['A', 'Z', 'a', 'z', '0', '9', '_', '-', chars(64, 'b'), 'Az09_-'];
const NOT_BLOCK_IDS = ['', chars(65, 'b'), 'a b', 'a.b', 'ä', '/ab', 'ab/', '块', 'ab\n'];

/** The same grid rules hold for every kind of block; the masthead and the lead stand for them all. */
const gridRules = (block: string): FieldRule[] => [
  {
    rule: `${block}: a block starts at a whole column from 0 to 10000`,
    path: `${block}.col`,
    accepts: [0, 10_000],
    refuses: [-1, 10_001, 0.5, '0', null],
    chinese: true,
  },
  {
    rule: `${block}: a block starts at a whole line from 0 to 10000`,
    path: `${block}.line`,
    accepts: [0, 10_000],
    refuses: [-1, 10_001, 2.5, '3'],
    chinese: true,
  },
  {
    rule: `${block}: a block spans a whole number of columns from 1 to 10000`,
    path: `${block}.cols`,
    accepts: [1, 10_000],
    refuses: [0, 10_001, 1.5, '8'],
    chinese: true,
  },
  {
    rule: `${block}: a block spans a whole number of lines from 1 to 10000`,
    path: `${block}.lines`,
    accepts: [1, 10_000],
    refuses: [0, 10_001, 22.5, Number.NaN],
    chinese: true,
  },
];

const rules: FieldRule[] = [
  { rule: 'the schema version is the current one', path: 'schemaVersion', accepts: [], refuses: [SCHEMA_VERSION - 1, SCHEMA_VERSION + 1] },
  { rule: 'the kind is issue', path: 'kind', accepts: [], refuses: ['article'] },
  {
    rule: 'the issue id is the date and a number of 1 to 4 digits',
    path: 'id',
    accepts: ['2025-05-09-1', '2025-05-09-9999'],
    refuses: ['2025-05-09', '2025-05-09-10000', '2025-5-9-14', ' 2025-05-09-14', '2025-05-09-14 '],
    chinese: true,
  },
  { rule: 'the revision is a whole number of at least 1', path: 'rev', accepts: [1, 40], refuses: [0, 1.5] },
  { rule: 'the issue number (期号) is a whole number from 1 to 9999', path: 'number', accepts: [1, 9_999], refuses: [0, 10_000, 1.5] },
  {
    rule: 'the total number (总期号) is a whole number from 1 to 999999',
    path: 'totalNumber',
    accepts: [1, 999_999],
    refuses: [0, 1_000_000, 2.5],
  },
  {
    rule: 'the date lies from 1900-01-01 to 2999-12-31',
    path: 'date',
    accepts: ['1900-01-01', '2999-12-31', '2024-02-29'],
    refuses: ['1899-12-31', '3000-01-01', '0000-01-01', '9999-12-31'],
    chinese: true,
  },
  {
    rule: 'the date is a real calendar date in YYYY-MM-DD form',
    path: 'date',
    accepts: [],
    refuses: ['2025-02-29', '2025-13-01', '2025-5-9', '2025年5月9日'],
  },
  {
    rule: 'an issue has 1 to 64 pages',
    path: 'pages',
    accepts: [[templatePage(profile, 0)], items(64, (index) => templatePage(profile, index))],
    refuses: [[], items(65, (index) => templatePage(profile, index))],
  },
  {
    rule: 'there may be no waivers, or up to 1000',
    path: 'waivers',
    accepts: [REMOVED, [], items(1_000, () => waiver)],
    refuses: [items(1_001, () => waiver), null],
  },
  { rule: 'a waiver follows the waiver format', path: 'waivers.0.reason', accepts: ['理由'], refuses: ['   '] },
  { rule: 'an issue holds no field the format does not know', path: 'weekday', accepts: [REMOVED], refuses: ['星期五'] },

  {
    rule: 'a page id is 1 to 32 letters, digits, underscores or hyphens',
    path: 'pages.1.id',
    accepts: ['A', 'Z', 'a', 'z', '0', '9', '_', '-', chars(32, 'p'), 'Az09_-'],
    refuses: ['', chars(33, 'p'), 'p 2', 'p.2', '/p2', 'p2/', '第二版'],
    chinese: true,
  },
  { rule: 'a page label has 1 to 8 characters', path: 'pages.1.label', accepts: ['A', 'A1234567'], refuses: ['', 'A12345678'] },
  { rule: 'a page name (版名) has at most 20 characters', path: 'pages.1.name', accepts: ['', chars(20)], refuses: [chars(21)] },
  { rule: 'a page editor (责任编辑) has at most 40 characters', path: 'pages.1.editor', accepts: ['', chars(40)], refuses: [chars(41)] },
  {
    rule: 'a page holds at most 500 blocks',
    path: 'pages.4.blocks',
    accepts: [[], items(500, (index) => ruleBlock(`many-${index}`))],
    refuses: [items(501, (index) => ruleBlock(`many-${index}`))],
  },
  { rule: 'a page holds nothing but its id, label, name, editor and blocks', path: 'pages.1.colour', accepts: [REMOVED], refuses: ['red'] },

  { rule: 'a block is an article, photo, masthead, page header or rule', path: `${RULE}.kind`, accepts: [], refuses: ['sidebar', ''] },
  {
    rule: 'a block id is 1 to 64 letters, digits, underscores or hyphens',
    path: `${RULE}.id`,
    accepts: BLOCK_IDS,
    refuses: NOT_BLOCK_IDS,
    chinese: true,
  },
  ...gridRules(MASTHEAD),
  ...gridRules(LEAD),
  {
    rule: 'a masthead block holds nothing but its place on the grid',
    path: `${MASTHEAD}.title`,
    accepts: [REMOVED],
    refuses: ['开发区建设'],
  },
  {
    rule: 'a page header block holds nothing but its place on the grid',
    path: 'pages.1.blocks.0.text',
    accepts: [REMOVED],
    refuses: ['要闻'],
  },

  {
    rule: 'an article block sets an article by its id, or is an empty frame',
    path: `${LEAD}.articleId`,
    accepts: [null, 'abc', chars(64, 'a')],
    refuses: ['ab', 'Kfq-1', ''],
    chinese: true,
  },
  { rule: 'an article block sets its text in 1 to 20 columns', path: `${LEAD}.textColumns`, accepts: [1, 20], refuses: [0, 21, 2.5, null] },
  {
    rule: 'the headline runs across the block or over its first column',
    path: `${LEAD}.headline`,
    accepts: ['across', 'left'],
    refuses: ['right', ''],
  },
  {
    rule: 'a headline size is 5 to 200 pt, or none to use the profile style',
    path: `${LEAD}.headlineSize`,
    accepts: [null, 5, 200, 10.5],
    refuses: [4.99, 200.01, 0, '22'],
  },
  {
    rule: 'a headline is set in 1 to 4 lines, or as it fits',
    path: `${LEAD}.headlineLines`,
    accepts: [null, 1, 4],
    refuses: [0, 5, 1.5],
  },
  { rule: 'whether the kicker is printed is yes or no', path: `${LEAD}.showKicker`, accepts: [true, false], refuses: ['yes', null, 1] },
  { rule: 'whether the subtitle is printed is yes or no', path: `${LEAD}.showSubtitle`, accepts: [true, false], refuses: ['no', 0] },
  {
    rule: 'a jump link names a block by a well-formed id, or there is none',
    path: `${LEAD}.continuesIn`,
    accepts: [null, 'p3-rest'],
    refuses: ['p3 rest', ''],
    chinese: true,
  },
  { rule: 'an article block holds nothing else', path: `${LEAD}.caption`, accepts: [REMOVED], refuses: [''] },

  {
    rule: "a photo block's picture is a stored asset, or none yet",
    path: `${PHOTO}.assetId`,
    accepts: [null, `${HEX64}.png`, `${HEX64}.tif`],
    refuses: [`${HEX64}.bmp`, `${HEX64.slice(2)}.jpg`, `x${HEX64}.jpg`, `${HEX64}.jpg.exe`],
    chinese: true,
  },
  { rule: 'a caption (图说) has at most 2000 characters', path: `${PHOTO}.caption`, accepts: ['', chars(2_000)], refuses: [chars(2_001)] },
  { rule: 'a photo credit has at most 200 characters', path: `${PHOTO}.credit`, accepts: ['', chars(200)], refuses: [chars(201)] },
  { rule: 'a photo without a crop covers its frame centred', path: `${PHOTO}.crop`, accepts: [REMOVED], refuses: [null, {}] },
  { rule: 'a crop enlarges the picture 1 to 8 times', path: `${PHOTO}.crop.zoom`, accepts: [1, 8, 2.5], refuses: [0.99, 8.01, 0] },
  { rule: "a crop's horizontal centre lies from 0 to 1", path: `${PHOTO}.crop.centerX`, accepts: [0, 1, 0.5], refuses: [-0.01, 1.01] },
  { rule: "a crop's vertical centre lies from 0 to 1", path: `${PHOTO}.crop.centerY`, accepts: [0, 1], refuses: [-0.01, 1.01] },
  { rule: 'a crop holds nothing but its zoom and centre', path: `${PHOTO}.crop.rotate`, accepts: [REMOVED], refuses: [90] },
  { rule: 'a photo block holds nothing else', path: `${PHOTO}.articleId`, accepts: [REMOVED], refuses: [null] },

  {
    rule: 'a rule runs horizontally or vertically',
    path: `${RULE}.orientation`,
    accepts: ['horizontal', 'vertical'],
    refuses: ['diagonal'],
  },
  { rule: 'a rule weighs 0.1 to 10 pt', path: `${RULE}.weight`, accepts: [0.1, 10, 0.25], refuses: [0.09, 10.01, 0] },
  { rule: 'a rule block holds nothing else', path: `${RULE}.colour`, accepts: [REMOVED], refuses: ['K100'] },
];

function withBlocks(pageIndex: number, extra: Block[]): Issue {
  const page = issue.pages[pageIndex];
  if (!page) throw new Error(`no page ${pageIndex}`);
  return changed(issue, `pages.${pageIndex}.blocks`, [...page.blocks, ...extra]);
}

describe('a stored issue', () => {
  it('is valid as the fixture has it, and as a new issue is made', () => {
    expectAccepted(issueSchema, issue, 'the fixture');
    expectAccepted(issueSchema, createIssue(profile, { number: 1, totalNumber: 1, date: '2026-01-02' }), 'a new issue');
  });

  itFollowsFieldRules(issueSchema, issue, rules);
});

describe('block ids across an issue', () => {
  it('refuses two blocks with the same id on one page, naming the id in Chinese', () => {
    const issues = expectRefused(issueSchema, withBlocks(1, [ruleBlock('p2-rule')]), 'a repeated id', { chinese: true });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toContain('p2-rule');
  });

  it('refuses the same block id on two different pages', () => {
    const issues = expectRefused(issueSchema, withBlocks(5, [ruleBlock('p2-photo')]), 'an id repeated on A6', { chinese: true });
    expect(issues.map((each) => each.message)).toEqual([expect.stringContaining('p2-photo')]);
  });

  it('accepts blocks whose ids differ only from page to page in their prefix', () => {
    expectAccepted(issueSchema, withBlocks(5, [ruleBlock('p6-rule'), ruleBlock('p6-rule-2')]), 'distinct ids');
  });
});

describe('jump links', () => {
  it('may lead to a block on a later page, an earlier page or the same page', () => {
    for (const target of ['p3-rest', 'p1-masthead', 'p2-rule', 'p8-header']) {
      expectAccepted(issueSchema, changed(issue, `${LEAD}.continuesIn`, target), `a jump to ${target}`);
    }
  });

  it('refuses a jump to a block that does not exist, naming it in Chinese', () => {
    const issues = expectRefused(issueSchema, changed(issue, `${LEAD}.continuesIn`, 'p9-gone'), 'a jump into nothing', { chinese: true });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toContain('p9-gone');
  });

  it('refuses a jump from the last article block of the issue too', () => {
    expectRefused(issueSchema, changed(issue, 'pages.2.blocks.1.continuesIn', 'p2-leed'), 'a misspelt jump on A3', { chinese: true });
  });

  it('reports a repeated id and a broken jump each, in Chinese', () => {
    const broken = changed(withBlocks(3, [ruleBlock('p2-lead')]), `${LEAD}.continuesIn`, 'nowhere');
    const messages = expectRefused(issueSchema, broken, 'both faults', { chinese: true }).map((each) => each.message);
    expect(messages).toHaveLength(2);
    expect(messages.some((message) => message.includes('p2-lead'))).toBe(true);
    expect(messages.some((message) => message.includes('nowhere'))).toBe(true);
  });
});

describe('grid positions', () => {
  it('are refused in Chinese, naming the least value allowed', () => {
    const [column] = expectRefused(issueSchema, changed(issue, `${LEAD}.col`, -1), 'col −1', { chinese: true });
    expect(column?.message).toMatch(CHINESE);
    expect(column?.message).toContain('0');
    const [span] = expectRefused(issueSchema, changed(issue, `${LEAD}.cols`, 0), 'cols 0', { chinese: true });
    expect(span?.message).toContain('1');
  });
});
