// What workspace.json may hold: the profile, the workstation's settings, the staff list and the
// index of articles and issues. It is the first file read when a workspace opens, so one written by
// another version or edited by hand must be refused there rather than fail later in the library.
import { describe, it } from 'vitest';
import { defaultProfile } from '../../../shared/model/default-profile';
import { ARTICLE_STATUSES } from '../../../shared/model/status';
import { SCHEMA_VERSION } from '../../../shared/model/version';
import { ROLES, workspaceSchema, type WorkspaceFile } from '../../../shared/model/workspace';
import { chars, expectAccepted, items, itFollowsFieldRules, REMOVED, type FieldRule } from './schema-cases';

const AT = '2025-05-08T09:00:00.000Z';

const workspace: WorkspaceFile = {
  schemaVersion: SCHEMA_VERSION,
  kind: 'workspace',
  profile: defaultProfile(),
  settings: { role: 'editor', userName: '值班编辑', autosaveIntervalMs: 2_000 },
  staff: ['林晓', '周编辑'],
  articles: [
    {
      id: 'kfq-2025-0507',
      headline: '新建污水处理厂本月试运行',
      status: 'placed',
      author: '林晓',
      updatedAt: AT,
      charCount: 860,
      source: { packageId: 'kfq-2025-0507-c3d4', revision: 2, conflictOf: { articleId: 'kfq-2025-0506', reason: 'approved' } },
      placement: { issueId: '2025-05-09-14', page: 'A3' },
    },
  ],
  issues: [{ id: '2025-05-09-14', number: 14, totalNumber: 4369, date: '2025-05-09' }],
};

const ENTRY = 'articles.0';
const entry = workspace.articles[0];
const issueEntry = workspace.issues[0];

const rules: FieldRule[] = [
  { rule: 'the schema version is the current one', path: 'schemaVersion', accepts: [], refuses: [SCHEMA_VERSION - 1] },
  { rule: 'the kind is workspace', path: 'kind', accepts: [], refuses: ['issue'] },
  { rule: 'the profile follows the profile format', path: 'profile.pagesPerIssue', accepts: [1], refuses: [0] },
  { rule: 'the workstation is an editor’s or a reporter’s', path: 'settings.role', accepts: [...ROLES], refuses: ['admin', ''] },
  { rule: 'the user name has at most 40 characters', path: 'settings.userName', accepts: ['', chars(40)], refuses: [chars(41)] },
  {
    rule: 'autosave runs every 500 ms to 60 s, in whole milliseconds',
    path: 'settings.autosaveIntervalMs',
    accepts: [500, 60_000],
    refuses: [499, 60_001, 1_000.5],
  },
  { rule: 'the settings hold nothing else', path: 'settings.theme', accepts: [REMOVED], refuses: ['dark'] },
  {
    rule: 'the staff list has at most 500 names',
    path: 'staff',
    accepts: [[], items(500, () => '记者')],
    refuses: [items(501, () => '记者')],
  },
  { rule: 'a staff name has at most 40 characters', path: 'staff.0', accepts: ['', chars(40)], refuses: [chars(41)] },
  {
    rule: 'the index lists at most 100000 articles',
    path: 'articles',
    accepts: [[], items(100_000, () => entry)],
    refuses: [items(100_001, () => entry)],
  },
  { rule: 'an indexed article has a valid article id', path: `${ENTRY}.id`, accepts: ['abc'], refuses: ['ab', 'A-1'], chinese: true },
  { rule: 'an indexed headline has at most 500 characters', path: `${ENTRY}.headline`, accepts: ['', chars(500)], refuses: [chars(501)] },
  { rule: 'an indexed status is a manuscript status', path: `${ENTRY}.status`, accepts: [...ARTICLE_STATUSES], refuses: ['lost'] },
  { rule: 'an indexed author has at most 100 characters', path: `${ENTRY}.author`, accepts: ['', chars(100)], refuses: [chars(101)] },
  { rule: 'an indexed update time is an ISO date-time', path: `${ENTRY}.updatedAt`, accepts: [AT], refuses: ['2025-05-08'] },
  { rule: 'a character count is a whole number of at least 0', path: `${ENTRY}.charCount`, accepts: [0, 1_000_000], refuses: [-1, 2.5] },
  { rule: 'an article not received from a package has no source', path: `${ENTRY}.source`, accepts: [REMOVED], refuses: [null] },
  {
    rule: 'an indexed source names a valid package id',
    path: `${ENTRY}.source.packageId`,
    accepts: ['abc', chars(56, 'a')],
    refuses: ['ab', chars(57, 'a')],
    chinese: true,
  },
  { rule: 'an indexed source revision is 1 to 99999', path: `${ENTRY}.source.revision`, accepts: [1, 99_999], refuses: [0, 100_000] },
  { rule: 'an indexed source need not be a conflicting copy', path: `${ENTRY}.source.conflictOf`, accepts: [REMOVED], refuses: [null] },
  {
    rule: 'an indexed source keeps no content hash',
    path: `${ENTRY}.source.contentHash`,
    accepts: [REMOVED],
    refuses: ['0'.repeat(64)],
  },
  { rule: 'an indexed source keeps no receipt time', path: `${ENTRY}.source.receivedAt`, accepts: [REMOVED], refuses: [AT] },
  { rule: 'an article on no page has no placement', path: `${ENTRY}.placement`, accepts: [REMOVED], refuses: [null] },
  {
    rule: 'an indexed placement names a valid issue id',
    path: `${ENTRY}.placement.issueId`,
    accepts: ['2025-05-09-1'],
    refuses: ['2025-05-09'],
    chinese: true,
  },
  {
    rule: 'an indexed placement names a page label of 1 to 8 characters',
    path: `${ENTRY}.placement.page`,
    accepts: ['A', 'A1234567'],
    refuses: ['', 'A12345678'],
  },
  {
    rule: 'an indexed placement keeps no previous status',
    path: `${ENTRY}.placement.previousStatus`,
    accepts: [REMOVED],
    refuses: ['approved'],
  },
  { rule: 'an indexed article holds nothing else', path: `${ENTRY}.content`, accepts: [REMOVED], refuses: [[]] },
  {
    rule: 'the index lists at most 10000 issues',
    path: 'issues',
    accepts: [[], items(10_000, () => issueEntry)],
    refuses: [items(10_001, () => issueEntry)],
  },
  {
    rule: 'an indexed issue has a valid issue id',
    path: 'issues.0.id',
    accepts: ['2025-05-09-9999'],
    refuses: ['2025-05-09-'],
    chinese: true,
  },
  { rule: 'an indexed issue number is a whole number of at least 1', path: 'issues.0.number', accepts: [1], refuses: [0, 1.5] },
  { rule: 'an indexed total number is a whole number of at least 1', path: 'issues.0.totalNumber', accepts: [1], refuses: [0, 1.5] },
  { rule: 'an indexed issue date is an ISO date', path: 'issues.0.date', accepts: ['2025-05-09'], refuses: ['2025-5-9', '2025-02-30'] },
  { rule: 'an indexed issue holds nothing else', path: 'issues.0.pages', accepts: [REMOVED], refuses: [8] },
  { rule: 'the workspace holds no field the format does not know', path: 'recent', accepts: [REMOVED], refuses: [[]] },
];

describe('workspace.json', () => {
  it('is valid as the fixture has it', () => {
    expectAccepted(workspaceSchema, workspace, 'the fixture');
  });

  itFollowsFieldRules(workspaceSchema, workspace, rules);
});
