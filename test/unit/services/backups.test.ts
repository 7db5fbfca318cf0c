import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueSchema } from '../../../shared/model/issue';
import { listBackups } from '../../../electron/services/backups';
import { initWorkspace, type WorkspaceStore } from '../../../electron/services/workspace-store';
import { makeTempDir, removeDir, steppingClock, testContent } from './store-fixtures';

let dir: string;
let store: WorkspaceStore;
const ISSUE_ID = '2025-05-09-14';

afterEach(async () => {
  await store.close();
  await removeDir(dir);
});

async function saveVersions(count: number): Promise<void> {
  const issue = await store.getIssue(ISSUE_ID);
  for (let n = 1; n <= count; n += 1) {
    issue.pages[0]!.name = `版${n}`;
    await store.saveIssue(issue);
  }
}

async function backedUpNames(): Promise<string[]> {
  const files = await listBackups(dir, path.join(dir, 'issues', ISSUE_ID, 'issue.json'));
  const names: string[] = [];
  for (const file of files) names.push(issueSchema.parse(JSON.parse(await readFile(file, 'utf8'))).pages[0]?.name ?? '');
  return names;
}

describe('rolling snapshots', () => {
  describe('with a running clock', () => {
    beforeEach(async () => {
      dir = await makeTempDir();
      store = await initWorkspace(dir, testContent(), { now: steppingClock() });
    });

    it('keeps exactly the last 20 of 25 overwrites, oldest first', async () => {
      await saveVersions(25);
      const files = await listBackups(dir, path.join(dir, 'issues', ISSUE_ID, 'issue.json'));
      expect(files).toHaveLength(20);
      expect(path.dirname(files[0]!)).toBe(path.join(dir, '.backups', `issues__${ISSUE_ID}__issue.json`));
      expect(path.basename(files[0]!)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-\d{4}\.json$/);
      // The snapshot before save n holds version n-1: saves 6…25 keep versions 5…24.
      expect(await backedUpNames()).toEqual(Array.from({ length: 20 }, (_, i) => `版${i + 5}`));
    });

    it('does not snapshot a save that changes nothing', async () => {
      await saveVersions(1);
      await store.saveIssue(await store.getIssue(ISSUE_ID));
      expect(await backedUpNames()).toEqual(['要闻']);
    });
  });

  it('keeps order when the clock stands still', async () => {
    dir = await makeTempDir();
    const frozen = new Date('2025-05-12T01:00:00.000Z');
    store = await initWorkspace(dir, testContent(), { now: () => frozen });
    await saveVersions(25);
    expect(await backedUpNames()).toEqual(Array.from({ length: 20 }, (_, i) => `版${i + 5}`));
  });
});
