// Issues: issues/<date>-<期号>/issue.json, one folder per issue; new issues continue the numbering
// of the last one by date, with today taken from the store's clock.
import { DomainError } from '../../shared/model/errors';
import { issueSchema, type Issue } from '../../shared/model/issue';
import { isIssueDate, ISSUE_DATE_RANGE_MESSAGE } from '../../shared/model/calendar';
import { createIssue as issueFromTemplate, issueId, numberingAmong } from '../../shared/model/issue-factory';
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
import { recordAudit, requireUserName } from './audit/audit-trail';
import { issueIndexEntry, withIssueEntry } from './workspace-index';
import { issuePath } from './workspace-layout';

export interface NewIssueOptions {
  /** The publication date; by default the next publication weekday after the last issue. */
  date?: string;
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

/** Writes the issue file, then its index entry (only when number or date changed); both sizes checked first. */
export async function writeIssue(ctx: StoreContext, issue: Issue): Promise<void> {
  const file = issuePath(ctx.dir, issue.id);
  documentAdapter<Issue>(ctx, file, 'issue').assertFits(issue);
  const entry = issueIndexEntry(issue);
  assertWorkspaceFileFits(ctx, withIssueEntry(ctx.db.data, entry));
  await writeDocument(ctx, file, issue);
  await updateWorkspaceFile(ctx, (data) => withIssueEntry(data, entry));
}

/** Each article the issue places, with the label of the first page it is on. */
export function placedArticles(issue: Issue): Map<string, string> {
  const placed = new Map<string, string>();
  for (const page of issue.pages) {
    for (const block of page.blocks) {
      if (block.kind === 'article' && block.articleId !== null && !placed.has(block.articleId)) {
        placed.set(block.articleId, page.label);
      }
    }
  }
  return placed;
}

/** Saves the issue; an article it places that the stored issue did not is recorded as placed (上版). */
export async function saveIssue(ctx: StoreContext, candidate: Issue): Promise<Issue> {
  const issue = checkedIssue(candidate);
  return writeTask(ctx, async () => {
    const before = placedArticles((await readDocument<Issue>(ctx, issuePath(ctx.dir, issue.id), 'issue')) ?? { ...issue, pages: [] });
    const added = [...placedArticles(issue)].filter(([articleId]) => !before.has(articleId));
    // Placing is a desk edit credited to someone; other changes to an issue are not recorded.
    if (added.length > 0) requireUserName(ctx, '把稿件排上版面');
    await writeIssue(ctx, issue);
    await recordAudit(
      ctx,
      ...added.map(([articleId, page]) => ({
        action: 'placed' as const,
        target: { articleId, issueId: issue.id, page },
        detail: `排上第${issue.number}期（${issue.date}）${page}版`,
      })),
    );
    return issue;
  });
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
    const issue = issueFromTemplate(profile, numbering);
    const sameDate = ctx.db.data.issues.find((entry) => entry.date === issue.date);
    if (sameDate || (await readDocument<Issue>(ctx, issuePath(ctx.dir, issue.id), 'issue'))) {
      const existing = sameDate ?? issue;
      throw new DomainError('CONFLICT', `${issue.date} 已经有一期（第${existing.number}期），未新建。`, existing.id);
    }
    await writeIssue(ctx, checkedIssue(issue));
    return issue;
  });
}
