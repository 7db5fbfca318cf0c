// kfq reporter-key, kfq reporters and kfq inbox's answers to held packages, run in-process: the
// reporter exports a key file, a package from an unregistered key is reported 待确认 with its
// fingerprint, and --accept (or importing the key file) takes it; names are printed made safe.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatFingerprint } from '../../../shared/model/filing-keys';
import { fingerprintOf } from '../../../electron/services/filing/package-signature';
import { kfq } from '../cli/run-kfq';
import { draftContent, makeWorld, openWorkspaceAs, type FilingWorld } from './filing-fixtures';

let world: FilingWorld;
beforeEach(async () => {
  world = await makeWorld();
});
afterEach(async () => {
  await world.close();
});

/** A second reporter with a fresh workspace (and so a key the desk has never seen) files one draft into the desk's inbox. */
async function strangerFiles(userName: string): Promise<{ dir: string; name: string }> {
  const dir = path.join(world.root, 'stranger');
  const store = await openWorkspaceAs(dir, 'reporter', userName);
  const { id } = await store.createArticle({
    content: draftContent('经开区人才公寓开工建设', ['项目总建筑面积八万平方米。']),
    author: userName,
  });
  await store.close();
  const built = await kfq('file', path.join(dir, 'articles', `${id}.json`), '--out', path.join(world.deskDir, 'inbox'));
  expect(built.code, built.err).toBe(0);
  return { dir, name: path.basename(built.out.trim()) };
}

describe('kfq reporter-key and kfq reporters', () => {
  it('exports the public key file into the outbox and registers it on the desk, which then takes held packages', async () => {
    const { dir, name } = await strangerFiles('赵晨');
    await world.desk.close();
    const first = await kfq('inbox', world.deskDir);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^\[待确认\] .*签名密钥尚未登记.*密钥指纹 ([0-9a-f]{4} ){7}[0-9a-f]{4}，已移至 inbox[/\\]held[/\\]/);
    expect((await kfq('inbox', world.deskDir, '--held')).out).toMatch(
      /^\[待确认\] .*《经开区人才公寓开工建设》（第1版），记者 赵晨，密钥未登记/,
    );

    const exported = await kfq('reporter-key', dir);
    expect(exported.code, exported.err).toBe(0);
    const [file, line] = exported.out.split('\n');
    expect(path.dirname(file!)).toBe(path.join(dir, 'outbox'));
    const keyFile = JSON.parse(await readFile(file!, 'utf8')) as { name: string; publicKey: string; fingerprint: string };
    expect(keyFile).toMatchObject({ format: 'kfq-reporter-key', name: '赵晨' });
    expect(line).toBe(`密钥指纹：${formatFingerprint(fingerprintOf(keyFile.publicKey))}`);

    const added = await kfq('reporters', world.deskDir, 'add', file!);
    expect(added.code, added.err).toBe(0);
    expect(added.out).toMatch(/^已登记记者：赵晨（指纹 /);
    expect(added.out).toMatch(new RegExp(`\\[已导入\\] ${name}：收到来稿`));
    expect(await readdir(path.join(world.deskDir, 'inbox', 'held'))).toEqual([]);
    expect((await kfq('reporters', world.deskDir)).out).toContain(`赵晨  指纹 ${formatFingerprint(keyFile.fingerprint)}`);
    const json = JSON.parse((await kfq('reporters', world.deskDir, '--json')).out) as Array<{ name: string }>;
    expect(json.map((entry) => entry.name).sort()).toEqual(['王波', '赵晨']);
  });

  it('refuses a bad key file with exit code 1 and changes nothing', async () => {
    await world.desk.close();
    const bad = path.join(world.root, 'bad.kfqkey');
    await writeFile(bad, '{"format":"kfq-reporter-key","version":1,"name":"x","publicKey":"AAAA"}');
    const before = await readFile(path.join(world.deskDir, 'reporters.json'), 'utf8');
    const run = await kfq('reporters', world.deskDir, 'add', bad);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/公钥.*（KEY_INVALID）/);
    expect(await readFile(path.join(world.deskDir, 'reporters.json'), 'utf8')).toBe(before);
    expect((await kfq('reporters', world.deskDir, 'remove', bad)).code).toBe(2);
  });
});

describe('kfq inbox answering held packages', () => {
  it('accepts a key by its fingerprint as typed, and prints a hostile name made safe', async () => {
    const { name } = await strangerFiles('赵晨\u001b[2J');
    await world.desk.close();
    const first = await kfq('inbox', world.deskDir);
    expect(first.out).not.toContain('\u001b');
    expect(first.out).toContain('赵晨\\x1b[2J');
    const fingerprint = /密钥指纹 ((?:[0-9a-f]{4} ?){8})/.exec(first.out)?.[1]?.trim();
    expect(fingerprint).toBeTruthy();

    expect((await kfq('inbox', world.deskDir, '--accept', 'xyz')).code).toBe(2);
    expect((await kfq('inbox', world.deskDir, '--accept', '0'.repeat(32))).err).toMatch(/（HELD_NOT_FOUND）/);
    expect((await kfq('inbox', world.deskDir, '--accept', fingerprint!, '--reject', name)).code).toBe(2);
    const accepted = await kfq('inbox', world.deskDir, '--accept', fingerprint!.toUpperCase());
    expect(accepted.code, accepted.err).toBe(0);
    expect(accepted.out).not.toContain('\u001b');
    // The name registered from the package's author field has its control characters taken out.
    expect(accepted.out).toMatch(/^已接受密钥并登记记者：赵晨\[2J（指纹 /);
    expect(accepted.out).toMatch(new RegExp(`\\[已导入\\] ${name}：`));
  });

  it('rejects a held package by its name', async () => {
    const { name } = await strangerFiles('赵晨');
    await world.desk.close();
    await kfq('inbox', world.deskDir);
    expect((await kfq('inbox', world.deskDir, '--reject', '../workspace.json')).err).toMatch(/（INVALID_ARGUMENT）/);
    const run = await kfq('inbox', world.deskDir, '--reject', name);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(/^\[拒收\] .*编辑部拒绝了这个待确认的稿件包/);
    expect(await readdir(path.join(world.deskDir, 'inbox', 'rejected'))).toEqual([name, `${name}.reason.txt`]);
    expect((await kfq('inbox', world.deskDir, '--held')).out).toBe('没有待确认的稿件包。');
  });
});
