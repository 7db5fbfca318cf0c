// What one line of the audit trail may hold: when, who, what was done to which article or issue,
// and the hash chain that shows a line changed later. The log is read back to verify it, so a line
// that breaks the format (hand-edited, or from another version) must be refused with a Chinese
// message instead of passing as a record.
import { describe, expect, it } from 'vitest';
import {
  AUDIT_ACTIONS,
  AUDIT_DETAIL_MAX,
  AUDIT_GENESIS,
  auditEntrySchema,
  auditTargetSchema,
  type AuditEntry,
} from '../../../shared/model/audit';
import { chars, expectAccepted, expectRefused, HEX64, itFollowsFieldRules, REMOVED, type FieldRule } from './schema-cases';

const entry: AuditEntry = {
  at: '2025-05-08T09:30:00.000Z',
  user: '周编辑',
  action: 'placed',
  target: { articleId: 'kfq-2025-0507', issueId: '2025-05-09-14', page: 'A3' },
  detail: '第 3 版上版，修订 4',
  prev: AUDIT_GENESIS,
};

const HASHES = [AUDIT_GENESIS, HEX64, chars(64, 'f')];
const NOT_HASHES = ['', HEX64.slice(1), `${HEX64}0`, HEX64.toUpperCase(), `${HEX64.slice(1)}g`, `x${HEX64}`, `${HEX64}x`, `${HEX64}\n`];

const rules: FieldRule[] = [
  { rule: 'a line is written at an ISO date-time', path: 'at', accepts: ['2025-05-08T09:30:00Z'], refuses: ['2025-05-08', '上午'] },
  { rule: 'the user name is empty or at most 40 characters', path: 'user', accepts: ['', chars(40)], refuses: [chars(41)] },
  { rule: 'the action is one of the audited actions', path: 'action', accepts: [...AUDIT_ACTIONS], refuses: ['deleted', ''] },
  {
    rule: 'the detail has at most 500 characters',
    path: 'detail',
    accepts: ['', chars(AUDIT_DETAIL_MAX)],
    refuses: [chars(AUDIT_DETAIL_MAX + 1)],
  },
  { rule: "the previous line's hash is 64 lowercase hex digits", path: 'prev', accepts: HASHES, refuses: NOT_HASHES, chinese: true },
  {
    rule: "a torn fragment's hash, when there is one, is 64 lowercase hex digits",
    path: 'torn',
    accepts: [REMOVED, ...HASHES],
    refuses: [...NOT_HASHES, null],
  },
  { rule: 'a torn hash of the wrong form is refused in Chinese', path: 'torn', accepts: [], refuses: NOT_HASHES, chinese: true },
  {
    rule: 'the target names a valid article id',
    path: 'target.articleId',
    accepts: [REMOVED, 'abc'],
    refuses: ['ab', '-abc'],
    chinese: true,
  },
  {
    rule: 'the target names a valid issue id',
    path: 'target.issueId',
    accepts: [REMOVED, '2025-05-09-1'],
    refuses: ['2025-05-09', '2025-05-09-14-1'],
    chinese: true,
  },
  {
    rule: "the target's page or pages take 1 to 100 characters",
    path: 'target.page',
    accepts: [REMOVED, 'A', chars(100, 'A')],
    refuses: ['', chars(101, 'A')],
  },
  { rule: 'the target holds nothing but article, issue and page', path: 'target.block', accepts: [REMOVED], refuses: ['p3-b1'] },
  { rule: 'a line holds no field the format does not know', path: 'host', accepts: [REMOVED], refuses: ['desk-1'] },
];

describe('an audit line', () => {
  it('is valid as the fixture has it', () => {
    expectAccepted(auditEntrySchema, entry, 'the fixture');
  });

  itFollowsFieldRules(auditEntrySchema, entry, rules);
});

describe('the target of an audit line', () => {
  it('may name an article, an issue or both', () => {
    expectAccepted(auditTargetSchema, { articleId: 'kfq-2025-0507' }, 'an article alone');
    expectAccepted(auditTargetSchema, { issueId: '2025-05-09-14', page: 'A1,A3-A5' }, 'an issue and pages');
    expectAccepted(auditTargetSchema, { articleId: 'kfq-2025-0507', issueId: '2025-05-09-14' }, 'both');
  });

  it('must name an article or an issue, or is refused in Chinese', () => {
    expectRefused(auditTargetSchema, {}, 'nothing', { chinese: true });
    expectRefused(auditTargetSchema, { page: 'A3' }, 'a page alone', { chinese: true });
    const issues = expectRefused(auditEntrySchema, { ...entry, target: { page: 'A3' } }, 'a line about a page alone', {
      chinese: true,
      at: 'target',
    });
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(['target']);
  });
});
