// A workspace written in format version 1 (test/fixtures/v1) opens, migrates in memory, validates,
// and is written in the current version only when saved, keeping the old bytes as a snapshot.
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleSchema } from '../../../shared/model/article';
import { issueSchema } from '../../../shared/model/issue';
import { SCHEMA_VERSION } from '../../../shared/model/version';
import { listBackups } from '../../../electron/services/backups';
import { openWorkspace, type WorkspaceStore } from '../../../electron/services/workspace-store';
import { fingerprint, makeTempDir, removeDir } from './store-fixtures';

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/v1');
const ARTICLE_ID = 'a-20250428-v1sample';
const ISSUE_ID = '2025-05-02-13';

let dir: string;
let store: WorkspaceStore | undefined;
beforeEach(async () => {
  dir = await makeTempDir();
  await cp(FIXTURE, dir, { recursive: true });
});
afterEach(async () => {
  await store?.close();
  store = undefined;
  await removeDir(dir);
});

describe('version 1 workspace', () => {
  it('opens read-only without touching a file', async () => {
    const before = await fingerprint(dir);
    store = await openWorkspace(dir, { readOnly: true });
    expect((await store.getSettings()).autosaveIntervalMs).toBe(2000);
    expect((await store.getProfile()).lineBreaking).toBe('gb');
    expect(store.info.migratedFiles).toBe(3);
    expect(await fingerprint(dir)).toEqual(before);
  });

  it('migrates article, issue and workspace to valid current documents', async () => {
    store = await openWorkspace(dir);
    const article = await store.getArticle(ARTICLE_ID);
    expect(articleSchema.parse(article)).toEqual(article);
    expect(article).toMatchObject({ schemaVersion: SCHEMA_VERSION, status: 'approved', rev: 3 });
    expect(article.revisions.map((revision) => [revision.rev, revision.status])).toEqual([
      [1, 'draft'],
      [2, 'filed'],
    ]);
    const issue = await store.getIssue(ISSUE_ID);
    expect(issueSchema.parse(issue)).toEqual(issue);
    expect(issue.pages[0]?.editor).toBe('王建国');
    expect(issue).not.toHaveProperty('weekday');
    expect(issue.pages[2]?.blocks.find((block) => block.id === 'p3-lead')).toMatchObject({
      textColumns: 5,
      headline: 'across',
      headlineSize: null,
      continuesIn: null,
      headlineLines: null,
      showKicker: true,
      showSubtitle: true,
    });
    expect((await store.listArticles())[0]).toMatchObject({ id: ARTICLE_ID, status: 'approved', charCount: 73 });
    expect(store.info.migratedFiles).toBe(3);
  });

  it('writes the current version on save and keeps the version-1 bytes as a snapshot', async () => {
    const issueFile = path.join(dir, 'issues', ISSUE_ID, 'issue.json');
    const oldBytes = await readFile(issueFile, 'utf8');
    store = await openWorkspace(dir);
    await store.saveIssue(await store.getIssue(ISSUE_ID));
    expect(JSON.parse(await readFile(issueFile, 'utf8')).schemaVersion).toBe(SCHEMA_VERSION);
    const [snapshot] = await listBackups(dir, issueFile);
    expect(await readFile(snapshot!, 'utf8')).toBe(oldBytes);
    expect(store.info.migratedFiles).toBe(2);
    const article = await store.saveArticle({
      id: ARTICLE_ID,
      baseRev: 3,
      content: (await store.getArticle(ARTICLE_ID)).content.slice(1),
      note: '删引题',
    });
    expect(article.rev).toBe(4);
    expect(store.info.migratedFiles).toBe(0);
  });
});
