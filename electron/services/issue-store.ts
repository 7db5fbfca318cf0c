// Issues: issues/<date>-<期号>/issue.json, one folder per issue; new issues continue the numbering
// of the last one by date, with today taken from the store's clock.
import { DomainError } from '../../shared/model/errors';
import { issueSchema, type Issue } from '../../shared/model/issue';
import { isIssueDate, ISSUE_DATE_RANGE_MESSAGE } from '../../shared/model/calendar';
import { createIssue as issueFromTemplate, createIssueWithLayout, issueId, numberingAmong } from '../../shared/model/issue-factory';
import type { IssueIndexEntry } from '../../shared/model/workspace';
import {
  assertWorkspaceFileFits,
  documentAdapter,
  readDocument,
  todayIso,
  updateWorkspaceFile,
  writeDocument,
  writeTask,
  type StoreContext,
} from './workspace-context';
import { writeArticle } from './article-store';
import { recordAudit, requireUserName } from './audit/audit-trail';
import { planPlacements } from './issue-placement';
import { removeIssueRecoveryFile } from './issue-recovery';
import { issueIndexEntry, withIssueEntry } from './workspace-index';
import { issuePath } from './workspace-layout';

export interface NewIssueOptions {
  /** The publication date; by default the next publication weekday after the last issue. */
  date?: string;
  /** An issue whose page layout the new one starts from (usually last week's): frames without articles. */
  layoutFrom?: string;
}

/** Oldest first. */
export function listIssues(ctx: StoreContext): IssueIndexEntry[] {
  return structuredClone(ctx.db.data.issues);
}

export async function getIssue(ctx: StoreContext, id: string): Promise<Issue> {
  const issue = await readDocument<Issue>(ctx, issuePath(ctx.dir, id), 'issue');
  if (!issue) throw new DomainError('NOT_FOUND', `找不到期次 ${id}。`, id);
  return issue;
}

/** Checks an issue from outside (IPC, CLI, import) before it reaches a file. */
export function checkedIssue(candidate: unknown): Issue {
  const parsed = issueSchema.safeParse(candidate);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 3)
      .map((problem) => `${problem.path.join('.') || '（根）'}：${problem.message}`)
      .join('；');
    throw new DomainError('INVALID_ARGUMENT', `期次内容不符合格式要求，未保存：${problems}`, problems);
  }
  const issue = parsed.data;
  // The folder name is the id, so the id must say the date and 期号 the file says.
  if (issue.id !== issueId(issue)) {
    throw new DomainError('INVALID_ARGUMENT', `期次编号 ${issue.id} 与日期和期号不一致（应为 ${issueId(issue)}），未保存。`, issue.id);
  }
  return issue;
}

/** Refuses, before anything is written, an issue too large for its file or its index entry. */
function assertIssueFits(ctx: StoreContext, issue: Issue): void {
  documentAdapter<Issue>(ctx, issuePath(ctx.dir, issue.id), 'issue').assertFits(issue);
  assertWorkspaceFileFits(ctx, withIssueEntry(ctx.db.data, issueIndexEntry(issue)));
}

/** Writes the issue file, then its index entry (only when number or date changed); both sizes checked first. */
export async function writeIssue(ctx: StoreContext, issue: Issue): Promise<void> {
  const file = issuePath(ctx.dir, issue.id);
  assertIssueFits(ctx, issue);
  const entry = issueIndexEntry(issue);
  await writeDocument(ctx, file, issue);
  await updateWorkspaceFile(ctx, (data) => withIssueEntry(data, entry));
}

function sameLayout(a: Issue, b: Issue): boolean {
  return JSON.stringify({ ...a, rev: 0 }) === JSON.stringify({ ...b, rev: 0 });
}

/** Refuses a save started from another revision than the stored one: someone saved meanwhile. */
function assertCurrentRev(stored: Issue | null, baseRev: number | undefined): void {
  if (!stored || baseRev === undefined || stored.rev === baseRev) return;
  throw new DomainError(
    'ISSUE_CONFLICT',
    `期次已在别处被修改（第${stored.rev}版修订，你的修改基于第${baseRev}版修订），未保存。请重新载入后再排；未保存的版面仍在自动保存中。`,
    `${stored.rev}:${baseRev}`,
  );
}

/**
 * Saves the issue as revision stored.rev + 1 (an unchanged layout keeps its revision). `baseRev`
 * is the revision the edit started from; a stale one is refused (ISSUE_CONFLICT). Without it the
 * stored issue is replaced whatever its revision: for callers that hold the workspace alone.
 * Articles placed anew become 已上版 and those taken off get their status back (issue-placement.ts).
 */
export async function saveIssue(ctx: StoreContext, candidate: Issue, baseRev?: number): Promise<Issue> {
  const checked = checkedIssue(candidate);
  return writeTask(ctx, async () => {
    const stored = await readDocument<Issue>(ctx, issuePath(ctx.dir, checked.id), 'issue');
    assertCurrentRev(stored, baseRev);
    const rev = !stored ? checked.rev : sameLayout(stored, checked) ? stored.rev : stored.rev + 1;
    const issue: Issue = { ...checked, rev };
    const plan = await planPlacements(ctx, issue, stored);
    // Placing and taking off are desk edits credited to someone; other changes to an issue are not recorded.
    if (plan.events.length > 0) requireUserName(ctx, '把稿件排上版面或撤下');
    assertIssueFits(ctx, issue);
    for (const article of plan.articles) await writeArticle(ctx, article);
    await writeIssue(ctx, issue);
    await removeIssueRecoveryFile(ctx, issue.id);
    await recordAudit(ctx, ...plan.events);
    return issue;
  });
}

async function layoutSource(ctx: StoreContext, id: string): Promise<Issue> {
  const issue = await readDocument<Issue>(ctx, issuePath(ctx.dir, id), 'issue');
  if (!issue) throw new DomainError('NOT_FOUND', `找不到要沿用版式的期次 ${id}，未新建。`, id);
  return issue;
}

export async function createIssue(ctx: StoreContext, options: NewIssueOptions = {}): Promise<Issue> {
  if (options.date !== undefined && !isIssueDate(options.date)) {
    throw new DomainError(
      'DATE_OUT_OF_RANGE',
      `日期“${options.date.slice(0, 40)}”无效：${ISSUE_DATE_RANGE_MESSAGE}，未新建。`,
      options.date,
    );
  }
  return writeTask(ctx, async () => {
    const profile = ctx.db.data.profile;
    const numbering = numberingAmong(profile, ctx.db.data.issues, todayIso(ctx), options.date);
    if (!isIssueDate(numbering.date)) {
      throw new DomainError(
        'DATE_OUT_OF_RANGE',
        `下一期的日期（${numbering.date.slice(0, 40)}）超出范围：${ISSUE_DATE_RANGE_MESSAGE}。请指定新一期的日期。`,
        numbering.date,
      );
    }
    const source = options.layoutFrom === undefined ? undefined : await layoutSource(ctx, options.layoutFrom);
    const issue = source ? createIssueWithLayout(profile, numbering, source) : issueFromTemplate(profile, numbering);
    const sameDate = ctx.db.data.issues.find((entry) => entry.date === issue.date);
    if (sameDate || (await readDocument<Issue>(ctx, issuePath(ctx.dir, issue.id), 'issue'))) {
      const existing = sameDate ?? issue;
      throw new DomainError('CONFLICT', `${issue.date} 已经有一期（第${existing.number}期），未新建。`, existing.id);
    }
    await writeIssue(ctx, checkedIssue(issue));
    return issue;
  });
}
