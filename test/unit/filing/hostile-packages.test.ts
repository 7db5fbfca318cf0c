// A corpus of hostile and broken packages, each built here: every one is refused with a Chinese
// message, moved to inbox/rejected/ with a .reason.txt, and not one file is written anywhere
// else — the desk's workspace outside its inbox, the reporter's workspace and a canary folder
// beside them are fingerprinted before and after each case.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receivePackageFile } from '../../../electron/services/filing/inbox';
import { fingerprint } from '../services/store-fixtures';
import { CHINESE, makeWorld, type FilingWorld } from './filing-fixtures';
import { CASES } from './hostile-corpus';

let world: FilingWorld;
beforeAll(async () => {
  world = await makeWorld();
});
afterAll(async () => {
  await world?.close();
});

async function outsideInbox(): Promise<Record<string, string>> {
  const all = await fingerprint(world.root);
  const inbox = path.join('desk', 'inbox') + path.sep;
  return Object.fromEntries(Object.entries(all).filter(([file]) => !file.startsWith(inbox)));
}

describe('hostile packages', () => {
  it('has at least 20 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(CASES.map((item) => [item.name, item] as const))('refuses %s and writes nothing outside the inbox', async (_name, item) => {
    const before = await outsideInbox();
    const inbox = path.join(world.deskDir, 'inbox');
    const fileName = item.fileName ?? `hostile-${CASES.indexOf(item)}.kfqpkg`;
    const file = path.join(inbox, fileName);
    const built = item.build();
    if (typeof built === 'function') await built(file, world);
    else await writeFile(file, built);

    const outcome = await receivePackageFile(world.desk, file);
    expect(outcome?.status).toBe('rejected');
    expect(outcome?.articleId).toBeNull();
    expect(outcome?.message).toMatch(CHINESE);
    if (item.code) expect(outcome?.error?.code).toBe(item.code);
    if (item.message) expect(outcome?.error?.message).toMatch(item.message);

    expect(await outsideInbox()).toEqual(before);
    // The inbox itself holds nothing new but the moved package and its reason.
    expect((await readdir(inbox)).filter((name) => name !== 'rejected')).toEqual([]);
    const rejected = path.join(inbox, 'rejected');
    expect(outcome?.movedTo).toBe(path.join('inbox', 'rejected', fileName));
    const reason = await readFile(path.join(rejected, `${fileName}.reason.txt`), 'utf8');
    expect(reason).toContain('来稿被拒收');
    expect(reason).toContain(outcome!.error!.message);
    expect(
      (await readdir(rejected)).filter((name) => !name.startsWith('hostile-') && name !== 'notes.txt' && name !== 'notes.txt.reason.txt'),
    ).toEqual([]);
  });

  it('left the canary and both libraries as they were', async () => {
    expect(await readFile(path.join(world.canaryDir, 'canary.txt'), 'utf8')).toBe('金丝雀：这个文件不应被改动。\n');
    expect(await readdir(world.canaryDir)).toEqual(['canary.txt']);
    expect((await world.desk.listArticles()).some((entry) => entry.source)).toBe(false);
  });
});
