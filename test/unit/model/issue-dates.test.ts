// One far date used to break numbering: `kfq new-issue WS --date 9999-12-31 && kfq new-issue WS`
// failed with INTERNAL `not an ISO date: +010000-01`, later issues were numbered after the far one,
// and createIssue with 0000-01-01 gave INTERNAL. Dates are now bounded to 1900-01-01 … 2999-12-31.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/services/workspace-store';
import { dispatchCall } from '../../../shared/ipc/dispatch';
import { isIssueDate, weekdayName } from '../../../shared/model/calendar';
import { defaultProfile } from '../../../shared/model/default-profile';
import { DomainError } from '../../../shared/model/errors';
import { issueSchema } from '../../../shared/model/issue';
import { createIssue, numberingAmong } from '../../../shared/model/issue-factory';
import { kfq } from '../cli/run-kfq';

const CHINESE = /[\u4e00-\u9fff]/;
let dir: string;
let ws: string;

async function issueList(): Promise<Array<{ id: string; number: number; totalNumber: number; date: string }>> {
  const run = await kfq('issues', ws, '--json');
  expect(run.code).toBe(0);
  return JSON.parse(run.out) as Array<{ id: string; number: number; totalNumber: number; date: string }>;
}

describe('issue dates', () => {
  it('bounds dates in the issue schema with a Chinese message', () => {
    const profile = defaultProfile();
    for (const date of ['1900-01-01', '2025-05-09', '2999-12-31']) {
      expect(issueSchema.safeParse(createIssue(profile, { number: 1, totalNumber: 1, date })).success).toBe(true);
    }
    for (const date of ['0000-01-01', '1899-12-31', '3000-01-01', '9999-12-31']) {
      const parsed = issueSchema.safeParse(createIssue(profile, { number: 1, totalNumber: 1, date }));
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(CHINESE);
    }
  });

  it('numbers by the neighbours of the chosen date', () => {
    const profile = defaultProfile();
    const issues = [
      { number: 14, totalNumber: 4369, date: '2025-05-09' },
      { number: 15, totalNumber: 4370, date: '2025-05-16' },
      { number: 1, totalNumber: 9000, date: '9999-12-31' },
    ];
    expect(numberingAmong(profile, issues, '2025-05-20')).toEqual({ number: 16, totalNumber: 4371, date: '2025-05-23' });
    expect(numberingAmong(profile, issues, '2025-05-20', '2025-06-06')).toEqual({ number: 16, totalNumber: 4371, date: '2025-06-06' });
    expect(numberingAmong(profile, issues, '2025-05-20', '2025-05-02')).toEqual({ number: 13, totalNumber: 4368, date: '2025-05-02' });
    expect(numberingAmong(profile, [], '2025-05-20', '2025-05-02')).toEqual({ number: 1, totalNumber: 1, date: '2025-05-02' });
  });

  it('computes weekdays for every four-digit year and bounds the range', () => {
    expect(weekdayName('0000-01-01')).toBe('星期六');
    expect(weekdayName('0099-12-31')).toBe('星期四');
    expect(isIssueDate('1900-01-01')).toBe(true);
    expect(isIssueDate('2999-12-31')).toBe(true);
    expect(isIssueDate('3000-01-01')).toBe(false);
    expect(isIssueDate('2025-02-29')).toBe(false);
  });
});

describe('issue dates in a workspace', () => {
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kfq-dates-'));
    ws = path.join(dir, 'ws');
    expect((await kfq('init', ws)).code).toBe(0);
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses --date 9999-12-31 with a Chinese message, and the next issue is numbered as before', async () => {
    const far = await kfq('new-issue', ws, '--date', '9999-12-31');
    expect(far.code).toBe(2);
    expect(far.err).toMatch(/超出范围/);
    expect(far.err).not.toMatch(/INTERNAL/);
    const next = await kfq('new-issue', ws, '--json');
    expect(next.code).toBe(0);
    expect(JSON.parse(next.out)).toMatchObject({ number: 15, totalNumber: 4370, date: '2025-05-16' });
  });

  it('refuses the issue after one on the last accepted date, and numbers later-dated issues after their predecessor', async () => {
    const last = await kfq('new-issue', ws, '--date', '2999-12-31', '--json');
    expect(last.code).toBe(0);
    const after = await kfq('new-issue', ws);
    expect(after.code).toBe(1);
    expect(after.err).toContain('DATE_OUT_OF_RANGE');
    expect(after.err).toMatch(CHINESE);
    // An issue for next week follows 2025-05-09's 第14期, not the one set in 2999.
    const week = await kfq('new-issue', ws, '--date', '2025-05-16', '--json');
    expect(week.code).toBe(0);
    expect(JSON.parse(week.out)).toMatchObject({ number: 15, totalNumber: 4370 });
    expect((await issueList()).map((issue) => issue.date)).toEqual(['2025-05-09', '2025-05-16', '2999-12-31']);
  });

  it('refuses 0000-01-01 from the store and over the API with its own code and a Chinese message', async () => {
    const store = await openWorkspace(ws);
    try {
      const error = await store.createIssue({ date: '0000-01-01' }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'DATE_OUT_OF_RANGE' });
      expect((error as DomainError).message).toMatch(CHINESE);
      const handlers = { createIssue: (options: { date?: string }) => store.createIssue(options) };
      const result = await dispatchCall(handlers as never, 'createIssue', [{ date: '0000-01-01' }]);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
      expect(JSON.stringify(result)).toContain('1900-01-01');
    } finally {
      await store.close();
    }
  });

  it('opens a workspace an older version left with a far-dated issue, and numbers new issues around it', async () => {
    // An older version wrote this issue; its file no longer validates, its index entry is ignored.
    const file = path.join(ws, 'workspace.json');
    const data = JSON.parse(await readFile(file, 'utf8')) as { issues: unknown[] };
    data.issues.push({ id: '9999-12-31-1', number: 1, totalNumber: 4370, date: '9999-12-31' });
    await writeFile(file, JSON.stringify(data, null, 2));
    const store = await openWorkspace(ws);
    try {
      const issue = await store.createIssue();
      expect(issue).toMatchObject({ number: 15, totalNumber: 4370, date: '2025-05-16' });
    } finally {
      await store.close();
    }
  });
});
