// What a stored article may hold: its id, text elements and photos, earlier revisions, and where it
// came from, was filed and is placed. An article file from another version or edited by hand must be
// refused when opened, with a Chinese message the desk can act on, rather than break the editor or
// the layout later; so every limit is stated here at its edge, from both sides.
import { describe, expect, it } from 'vitest';
import {
  articleCharCount,
  articleHeadline,
  articleSchema,
  firstTextOf,
  nodeText,
  textElement,
  TEXT_ELEMENT_TYPES,
  type Article,
  type ArticleNode,
} from '../../../shared/model/article';
import { ARTICLE_STATUSES } from '../../../shared/model/status';
import { SCHEMA_VERSION } from '../../../shared/model/version';
import { chars, expectAccepted, expectRefused, HEX64, items, itFollowsFieldRules, REMOVED, type FieldRule } from './schema-cases';

const AT = '2025-05-07T08:30:00.000Z';

const article: Article = {
  schemaVersion: SCHEMA_VERSION,
  kind: 'article',
  id: 'kfq-2025-0507',
  status: 'editing',
  author: '林晓',
  createdAt: AT,
  updatedAt: '2025-05-07T10:05:00.000Z',
  rev: 3,
  content: [
    { type: 'kicker', children: [{ text: '园区建设', bold: true }] },
    textElement('headline', '新建污水处理厂本月试运行'),
    textElement('dateline', '本报讯（记者 林晓）'),
    { type: 'paragraph', children: [{ text: '开发区东片的污水处理厂已完成调试，' }, { text: '日处理能力两万吨。', italic: true }] },
    { type: 'photo', assetId: `${HEX64}.jpg`, credit: '林晓 摄', children: [{ text: '调试中的沉淀池' }] },
  ],
  revisions: [{ rev: 1, at: AT, by: '林晓', status: 'draft', note: '初稿', content: [textElement('headline', '污水处理厂试运行')] }],
  source: {
    packageId: 'kfq-2025-0507-c3d4',
    revision: 2,
    contentHash: HEX64,
    author: '林晓',
    receivedAt: AT,
    conflictOf: { articleId: 'kfq-2025-0506', reason: 'edited' },
  },
  filing: { packageId: 'kfq-2025-0507-c3d4', revision: 2, contentHash: HEX64, filedAt: AT, fileName: 'kfq-2025-0507-c3d4-r2.kfqpkg' },
  placement: { issueId: '2025-05-09-14', page: 'A3', previousStatus: 'approved' },
};

const PHOTO = 'content.4';
const LEAF = 'content.0.children.0';

/** Lowercase ASCII ids of 3 to 64 characters, first a letter or digit; each edge character appears. */
const ARTICLE_IDS = ['abc', 'z--', '0a9', '9-z', 'k00', chars(64, 'a'), `9${chars(63, '-')}`];
const NOT_ARTICLE_IDS = ['ab', chars(65, 'a'), '-ab', 'Abc', 'abC', 'ab_', '_ab', 'a b', ' abc', 'abc ', 'abc\n', '稿件一'];
const PACKAGE_IDS = ['abc', 'z-9', '0a-', chars(56, 'a'), `0${chars(55, 'z')}`];
const NOT_PACKAGE_IDS = ['ab', chars(57, 'a'), '-ab', 'aBc', 'ab.', '.ab', 'ab/c', '稿件包'];
const HASHES = [HEX64, chars(64, '0'), chars(64, 'f')];
const NOT_HASHES = [HEX64.slice(1), `${HEX64}0`, HEX64.toUpperCase(), `${HEX64.slice(1)}g`, `x${HEX64}`, `${HEX64}x`, ''];

const shared = (path: string): FieldRule[] => [
  {
    rule: `${path}: a package id is 3 to 56 lowercase letters, digits or hyphens, not starting with a hyphen`,
    path: `${path}.packageId`,
    accepts: PACKAGE_IDS,
    refuses: NOT_PACKAGE_IDS,
    chinese: true,
  },
  {
    rule: `${path}: a package revision is a whole number from 1 to 99999`,
    path: `${path}.revision`,
    accepts: [1, 99_999],
    refuses: [0, 100_000, 1.5, '2'],
  },
  {
    rule: `${path}: the content hash is 64 lowercase hex digits`,
    path: `${path}.contentHash`,
    accepts: HASHES,
    refuses: NOT_HASHES,
    chinese: true,
  },
];

const rules: FieldRule[] = [
  {
    rule: 'an article id is 3 to 64 lowercase letters, digits or hyphens, not starting with a hyphen',
    path: 'id',
    accepts: ARTICLE_IDS,
    refuses: NOT_ARTICLE_IDS,
    chinese: true,
  },
  { rule: 'the schema version is the current one', path: 'schemaVersion', accepts: [], refuses: [SCHEMA_VERSION - 1, SCHEMA_VERSION + 1] },
  { rule: 'the kind is article', path: 'kind', accepts: [], refuses: ['issue', ''] },
  { rule: 'the status is one of the manuscript statuses', path: 'status', accepts: [...ARTICLE_STATUSES], refuses: ['published', ''] },
  { rule: 'the author has at most 100 characters', path: 'author', accepts: ['', chars(100)], refuses: [chars(101)] },
  { rule: 'the creation time is an ISO date-time', path: 'createdAt', accepts: [AT], refuses: ['2025-05-07', '五月七日'] },
  { rule: 'the update time is an ISO date-time', path: 'updatedAt', accepts: [AT], refuses: ['2025-05-07 10:05'] },
  { rule: 'the revision is a whole number of at least 1', path: 'rev', accepts: [1, 2], refuses: [0, -1, 1.5] },
  {
    rule: 'the content has 1 to 5000 elements',
    path: 'content',
    accepts: [[textElement('paragraph', '一段')], items(5_000, () => textElement('paragraph', '一段'))],
    refuses: [[], items(5_001, () => textElement('paragraph', '一段'))],
  },
  {
    rule: 'a text element is one of the eight text types',
    path: 'content.0.type',
    accepts: [...TEXT_ELEMENT_TYPES],
    refuses: ['title', 'Headline', ''],
  },
  {
    rule: 'a text element has 1 to 10000 runs of text',
    path: 'content.0.children',
    accepts: [items(10_000, () => ({ text: '字' }))],
    refuses: [[], items(10_001, () => ({ text: '字' }))],
  },
  { rule: 'a text element holds nothing but its type and runs', path: 'content.0.align', accepts: [REMOVED], refuses: ['center'] },
  {
    rule: 'a run of text has at most 200000 characters',
    path: `${LEAF}.text`,
    accepts: ['', chars(200_000)],
    refuses: [chars(200_001), 3],
  },
  { rule: 'bold is either set to true or left out', path: `${LEAF}.bold`, accepts: [true, REMOVED], refuses: [false, 'true', 1] },
  { rule: 'italic is either set to true or left out', path: `${LEAF}.italic`, accepts: [true, REMOVED], refuses: [false] },
  { rule: 'a run of text holds nothing but text, bold and italic', path: `${LEAF}.underline`, accepts: [REMOVED], refuses: [true] },
  {
    rule: "a photo's asset is the SHA-256 of its bytes with .jpg, .png or .tif, or none yet",
    path: `${PHOTO}.assetId`,
    accepts: [null, `${HEX64}.jpg`, `${HEX64}.png`, `${HEX64}.tif`, `${chars(64, '0')}.jpg`, `${chars(64, 'f')}.png`],
    refuses: [
      `${HEX64.slice(1)}.jpg`,
      `${HEX64}0.jpg`,
      `${HEX64.toUpperCase()}.jpg`,
      `${HEX64.slice(1)}g.jpg`,
      `${HEX64}.JPG`,
      `${HEX64}.jpeg`,
      `${HEX64}.gif`,
      `${HEX64}xjpg`,
      `${HEX64}.`,
      HEX64,
      `x${HEX64}.jpg`,
      `${HEX64}.jpgx`,
      `../${HEX64}.jpg`,
    ],
    chinese: true,
  },
  { rule: "a photo's credit has at most 200 characters", path: `${PHOTO}.credit`, accepts: ['', chars(200)], refuses: [chars(201)] },
  { rule: "a photo's caption has 1 to 10000 runs of text", path: `${PHOTO}.children`, accepts: [[{ text: '' }]], refuses: [[]] },
  { rule: 'a photo holds nothing but its asset, credit and caption', path: `${PHOTO}.width`, accepts: [REMOVED], refuses: [800] },
  {
    rule: 'there are at most 200 earlier revisions',
    path: 'revisions',
    accepts: [[], items(200, () => article.revisions[0])],
    refuses: [items(201, () => article.revisions[0])],
  },
  { rule: 'an earlier revision is numbered from 1', path: 'revisions.0.rev', accepts: [1, 7], refuses: [0, 1.5] },
  { rule: 'an earlier revision was made at an ISO date-time', path: 'revisions.0.at', accepts: [AT], refuses: ['昨天'] },
  {
    rule: "an earlier revision's editor has at most 100 characters",
    path: 'revisions.0.by',
    accepts: ['', chars(100)],
    refuses: [chars(101)],
  },
  {
    rule: "an earlier revision's status is a manuscript status",
    path: 'revisions.0.status',
    accepts: [...ARTICLE_STATUSES],
    refuses: ['lost'],
  },
  {
    rule: "an earlier revision's note has at most 500 characters",
    path: 'revisions.0.note',
    accepts: ['', chars(500)],
    refuses: [chars(501)],
  },
  {
    rule: 'an earlier revision holds at most 5000 elements',
    path: 'revisions.0.content',
    accepts: [[], items(5_000, () => textElement('paragraph', '旧'))],
    refuses: [items(5_001, () => textElement('paragraph', '旧'))],
  },
  { rule: 'an earlier revision holds nothing else', path: 'revisions.0.diff', accepts: [REMOVED], refuses: ['+1'] },
  { rule: 'the source, filing and placement may each be left out', path: 'source', accepts: [REMOVED], refuses: [null] },
  { rule: 'an article without a filing record is valid', path: 'filing', accepts: [REMOVED], refuses: [null] },
  { rule: 'an article never placed is valid', path: 'placement', accepts: [REMOVED], refuses: [null] },
  ...shared('source'),
  { rule: "the source's author has at most 100 characters", path: 'source.author', accepts: ['', chars(100)], refuses: [chars(101)] },
  { rule: 'the source was received at an ISO date-time', path: 'source.receivedAt', accepts: [AT], refuses: ['2025-05-07'] },
  { rule: 'a source that is not a conflicting copy names no conflict', path: 'source.conflictOf', accepts: [REMOVED], refuses: [null] },
  {
    rule: 'a conflicting copy names a valid article id',
    path: 'source.conflictOf.articleId',
    accepts: ARTICLE_IDS,
    refuses: ['Ab', '-ab'],
    chinese: true,
  },
  {
    rule: 'a conflicting copy was kept because the desk edited or approved the other',
    path: 'source.conflictOf.reason',
    accepts: ['edited', 'approved'],
    refuses: ['placed', ''],
  },
  { rule: 'the source holds nothing else', path: 'source.signature', accepts: [REMOVED], refuses: ['x'] },
  ...shared('filing'),
  { rule: 'the filing was made at an ISO date-time', path: 'filing.filedAt', accepts: [AT], refuses: ['今天上午'] },
  {
    rule: "the filing's file name has at most 200 characters",
    path: 'filing.fileName',
    accepts: ['', chars(200, 'a')],
    refuses: [chars(201, 'a')],
  },
  { rule: 'the filing holds nothing else', path: 'filing.path', accepts: [REMOVED], refuses: ['/tmp'] },
  {
    rule: 'the placement names an issue by its date and number',
    path: 'placement.issueId',
    accepts: ['2025-05-09-1', '2025-05-09-9999'],
    refuses: ['2025-05-09', '2025-05-09-10000', 'x2025-05-09-14'],
    chinese: true,
  },
  {
    rule: "the placement's page label has 1 to 8 characters",
    path: 'placement.page',
    accepts: ['A', 'A1234567'],
    refuses: ['', 'A12345678'],
  },
  {
    rule: 'the placement keeps the status it had before',
    path: 'placement.previousStatus',
    accepts: [...ARTICLE_STATUSES],
    refuses: ['gone'],
  },
  { rule: 'the placement holds nothing else', path: 'placement.block', accepts: [REMOVED], refuses: ['p3-b1'] },
  { rule: 'an article holds no field the format does not know', path: 'wordCount', accepts: [REMOVED], refuses: [1200] },
];

describe('a stored article', () => {
  it('is valid as the fixture has it', () => {
    expectAccepted(articleSchema, article, 'the fixture');
  });

  itFollowsFieldRules(articleSchema, article, rules);

  it('refuses a malformed id with a Chinese message', () => {
    const [issue] = expectRefused(articleSchema, { ...article, id: 'Bad Id' }, 'id', { chinese: true, at: 'id' });
    expect(issue?.path).toEqual(['id']);
  });
});

describe('the text of an article', () => {
  const content: ArticleNode[] = [
    textElement('kicker', '引题文字'),
    textElement('headline', '  两座新桥 通车  '),
    textElement('headline', '第二个主题不算'),
    { type: 'paragraph', children: [{ text: '桥长 三百米，' }, { text: '双向四车道。' }] },
    { type: 'photo', assetId: null, credit: '', children: [{ text: '图说不计字数' }] },
    textElement('signature', '（林晓）'),
  ];

  it('joins the runs of an element in order', () => {
    expect(nodeText(content[3] as ArticleNode)).toBe('桥长 三百米，双向四车道。');
  });

  it('finds the first element of a type, or nothing', () => {
    expect(firstTextOf(content, 'headline')).toBe('  两座新桥 通车  ');
    expect(firstTextOf(content, 'subtitle')).toBe('');
  });

  it('takes the headline trimmed, and calls an article without one untitled', () => {
    expect(articleHeadline({ content })).toBe('两座新桥 通车');
    expect(articleHeadline({ content: [textElement('headline', '   ')] })).toBe('（无标题）');
    expect(articleHeadline({ content: [textElement('paragraph', '只有正文')] })).toBe('（无标题）');
  });

  it('counts the visible characters of the body only, leaving out the headline group and captions', () => {
    // 桥长三百米，双向四车道。 is 12, （林晓） is 4.
    expect(articleCharCount(content)).toBe(16);
    for (const type of ['dateline', 'paragraph', 'subhead', 'quote', 'signature'] as const) {
      expect(articleCharCount([textElement(type, '五个字正文')]), type).toBe(5);
    }
    for (const type of ['kicker', 'headline', 'subtitle'] as const) expect(articleCharCount([textElement(type, '不计')]), type).toBe(0);
  });

  it('makes a text element of one run', () => {
    expect(textElement('quote', '引一句')).toEqual({ type: 'quote', children: [{ text: '引一句' }] });
  });
});
