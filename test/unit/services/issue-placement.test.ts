// Status follows the page: saving an issue that places an article makes it 已上版 and records the
// page; taking it off every page gives back the status it had; an article is on the pages once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleBlock, Issue } from '../../../shared/model/issue';
import { articlesPlacedTwice } from '../../../shared/model/issue-placements';
import { gridColumns, gridLines } from '../../../shared/units/units';
import { initWorkspace, openWorkspace, type WorkspaceStore } from '../../../electron/services/workspace-store';
import { DESK_USER, DRAFT_ID, makeTempDir, PLACED_ID, refusal, removeDir, steppingClock, testContent } from './store-fixtures';

const ISSUE_ID = '2025-05-09-14';
let dir: string;
let store: WorkspaceStore;

beforeEach(async () => {
  dir = await makeTempDir();
  store = await initWorkspace(dir, testContent(), { now: steppingClock(), settings: { userName: DESK_USER } });
});
afterEach(async () => {
  await store.close();
  await removeDir(dir);
});

function frame(id: string, articleId: string | null, line: number, continuesIn: string | null = null): ArticleBlock {
  return {
    kind: 'article',
    id,
    col: gridColumns(0),
    line: gridLines(line),
    cols: gridColumns(4),
    lines: gridLines(20),
    articleId,
    textColumns: 2,
    headline: 'across',
    headlineSize: null,
    headlineLines: null,
    showKicker: true,
    showSubtitle: true,
    continuesIn,
  };
}

function pageOf(issue: Issue, label: string) {
  const page = issue.pages.find((candidate) => candidate.label === label);
  if (!page) throw new Error(`no page ${label}`);
  return page;
}

async function placeDraftOn(label: string, line = 30): Promise<Issue> {
  const issue = await store.getIssue(ISSUE_ID);
  pageOf(issue, label).blocks.push(frame('draft-block', DRAFT_ID, line));
  return store.saveIssue(issue, issue.rev);
}

describe('status follows the page', () => {
  it('places an article as 已上版 with its page, and gives back its status when it leaves every page', async () => {
    expect((await store.getArticle(DRAFT_ID)).status).toBe('draft');
    const placed = await placeDraftOn('A3');
    const article = await store.getArticle(DRAFT_ID);
    expect(article).toMatchObject({ status: 'placed', placement: { issueId: ISSUE_ID, page: 'A3', previousStatus: 'draft' }, rev: 1 });
    expect((await store.listArticles()).find((entry) => entry.id === DRAFT_ID)?.placement).toEqual({ issueId: ISSUE_ID, page: 'A3' });

    pageOf(placed, 'A3').blocks = pageOf(placed, 'A3').blocks.filter((block) => block.id !== 'draft-block');
    await store.saveIssue(placed, placed.rev);
    const back = await store.getArticle(DRAFT_ID);
    expect(back.status).toBe('draft');
    expect(back).not.toHaveProperty('placement');
    expect((await store.listArticles()).find((entry) => entry.id === DRAFT_ID)).not.toHaveProperty('placement');
  });

  it('keeps the record across a reopen and follows a move to another page', async () => {
    const placed = await placeDraftOn('A3');
    const block = pageOf(placed, 'A3').blocks.pop()!;
    pageOf(placed, 'A5').blocks.push(block);
    await store.saveIssue(placed, placed.rev);
    await store.close();
    store = await openWorkspace(dir);
    expect((await store.getArticle(DRAFT_ID)).placement).toEqual({ issueId: ISSUE_ID, page: 'A5', previousStatus: 'draft' });
    expect((await store.listArticles()).find((entry) => entry.id === DRAFT_ID)?.placement?.page).toBe('A5');
  });

  it('refuses an article in two blocks of its own and changes nothing', async () => {
    const issue = await store.getIssue(ISSUE_ID);
    pageOf(issue, 'A3').blocks.push(frame('first', DRAFT_ID, 30));
    pageOf(issue, 'A4').blocks.push(frame('second', DRAFT_ID, 30));
    expect(articlesPlacedTwice(issue)).toEqual([{ articleId: DRAFT_ID, pages: ['A3', 'A4'] }]);
    const refused = await refusal(store.saveIssue(issue, issue.rev));
    expect(refused.code).toBe('ARTICLE_PLACED_TWICE');
    expect(refused.message).toMatch(/A3、A4版上排了两次/);
    expect((await store.getIssue(ISSUE_ID)).rev).toBe(1);
    expect((await store.getArticle(DRAFT_ID)).status).toBe('draft');
  });

  it('allows the same article in a continuation block, and names the page it starts on', async () => {
    const issue = await store.getIssue(ISSUE_ID);
    pageOf(issue, 'A3').blocks.push(frame('start', DRAFT_ID, 30, 'rest'));
    pageOf(issue, 'A4').blocks.push(frame('rest', DRAFT_ID, 30));
    expect(articlesPlacedTwice(issue)).toEqual([]);
    await store.saveIssue(issue, issue.rev);
    expect((await store.getArticle(DRAFT_ID)).placement?.page).toBe('A3');
  });

  it('refuses placing an article another issue still holds', async () => {
    await placeDraftOn('A3');
    const next = await store.createIssue();
    pageOf(next, 'A2').blocks.push(frame('again', DRAFT_ID, 30));
    const refused = await refusal(store.saveIssue(next, next.rev));
    expect(refused.code).toBe('ARTICLE_PLACED_TWICE');
    expect(refused.message).toContain('第14期（2025-05-09）A3版');
  });

  it('an empty frame places nothing; an article placed before records existed goes back to 已审', async () => {
    const issue = await store.getIssue(ISSUE_ID);
    pageOf(issue, 'A6').blocks.push(frame('empty', null, 30));
    const saved = await store.saveIssue(issue, issue.rev);
    expect((await store.getArticle(PLACED_ID)).placement).toBeUndefined();
    pageOf(saved, 'A2').blocks = pageOf(saved, 'A2').blocks.filter((block) => block.kind !== 'article' || block.articleId !== PLACED_ID);
    await store.saveIssue(saved, saved.rev);
    expect((await store.getArticle(PLACED_ID)).status).toBe('approved');
  });
});
