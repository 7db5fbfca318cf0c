// Shared set-up for the store tests: a fresh temporary folder, small hand-made content and a
// fingerprint of a whole folder tree to prove that refusals change nothing on disk.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { textElement, type Article, type ArticleNode } from '../../../shared/model/article';
import { defaultProfile } from '../../../shared/model/default-profile';
import { DomainError } from '../../../shared/model/errors';
import type { ArticleBlock, Issue } from '../../../shared/model/issue';
import { createIssue } from '../../../shared/model/issue-factory';
import { SCHEMA_VERSION } from '../../../shared/model/version';
import { gridColumns, gridLines } from '../../../shared/units/units';
import type { WorkspaceContent } from '../../../electron/services/workspace-store';

export const CREATED_AT = '2025-05-05T02:00:00.000Z';

/** The workstation user of the test workspaces: edits are refused without one and credited to it. */
export const DESK_USER = '周编辑';

export async function makeTempDir(prefix = 'kfq-store-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** A clock that starts at `start` and moves on by `stepMs` every time it is read. */
export function steppingClock(start = '2025-05-12T01:00:00.000Z', stepMs = 1000): () => Date {
  let next = Date.parse(start);
  return () => {
    const now = new Date(next);
    next += stepMs;
    return now;
  };
}

export function articleContent(headline: string, ...paragraphs: string[]): ArticleNode[] {
  return [
    textElement('headline', headline),
    textElement('dateline', '科学导报讯 记者 李文华'),
    ...paragraphs.map((text) => textElement('paragraph', text)),
  ];
}

export function testArticle(id: string, headline: string, status: Article['status'] = 'draft'): Article {
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'article',
    id,
    status,
    author: '李文华',
    createdAt: CREATED_AT,
    updatedAt: CREATED_AT,
    rev: 1,
    content: articleContent(headline, '园区今年新引进项目十二个，总投资超过八十亿元。', '项目涵盖新材料、装备制造和数字经济等领域。'),
    revisions: [],
  };
}

export const PLACED_ID = 'a-20250505-placed';
export const DRAFT_ID = 'a-20250505-draft1';

/** The issue of 2025-05-09 (第14期, 总第4369期) with one article placed on A2. */
export function testContent(): WorkspaceContent {
  const profile = defaultProfile();
  const issue: Issue = createIssue(profile, { number: 14, totalNumber: 4369, date: '2025-05-09' });
  const block: ArticleBlock = {
    kind: 'article',
    id: 'p2-lead',
    col: gridColumns(0),
    line: gridLines(3),
    cols: gridColumns(4),
    lines: gridLines(40),
    articleId: PLACED_ID,
    textColumns: 4,
    headline: 'across',
    headlineSize: null,
    continuesIn: null,
    headlineLines: null,
    showKicker: true,
    showSubtitle: true,
  };
  issue.pages[1]?.blocks.push(block);
  return { profile, issue, articles: [testArticle(PLACED_ID, '园区招商引资成效显著', 'placed'), testArticle(DRAFT_ID, '营商环境再优化')] };
}

async function walk(dir: string, root: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, root, out);
    else out.push(path.relative(root, full));
  }
}

/** Every file below `dir`, relative, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  await walk(dir, dir, files);
  return files.sort();
}

/** Path and SHA-256 of every file below `dir`: equal fingerprints mean byte-for-byte equal trees. */
export async function fingerprint(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const file of await listFiles(dir)) {
    result[file] = createHash('sha256')
      .update(await readFile(path.join(dir, file)))
      .digest('hex');
  }
  return result;
}

export const CHINESE = /[\u4e00-\u9fff]/;

/** The DomainError a promise is refused with; fails the test when it resolves or throws something else. */
export async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal, but the call succeeded');
}
