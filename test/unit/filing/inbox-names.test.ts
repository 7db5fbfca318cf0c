// kfq inbox on hostile file names. A 250-byte name used to fail with ENAMETOOLONG as INTERNAL (the
// reason file's name was too long), left the package in rejected/ without its reason and dropped
// the lines of packages already imported in that run; a name that is not UTF-8 was passed over for
// ever. Now every package of a run is reported, derived names are shortened safely and a name that
// is not UTF-8 is refused with its reason.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fittedName, receivePackageFile, REJECTED_DIR, REASON_SUFFIX } from '../../../electron/services/filing/inbox';
import { openWorkspace } from '../../../electron/services/workspace-store';
import { kfq } from '../cli/run-kfq';
import { makeWorld, writeDraft, type FilingWorld } from './filing-fixtures';

let world: FilingWorld;
beforeEach(async () => {
  world = await makeWorld();
});
afterEach(async () => {
  await world.close();
});

const GARBAGE = 'PK\u0003\u0004 这不是稿件包';

async function packageInInbox(headline: string, name?: string): Promise<string> {
  const id = await writeDraft(world.reporter, headline, ['正文。']);
  const built = await kfq('file', path.join(world.reporterDir, 'articles', `${id}.json`), '--out', path.join(world.root, 'out'));
  expect(built.code, built.err).toBe(0);
  const target = path.join(world.deskDir, 'inbox', name ?? path.basename(built.out.trim()));
  await writeFile(target, await readFile(built.out.trim()));
  return target;
}

function bytesOf(name: string): number {
  return Buffer.byteLength(name);
}

describe('inbox file names', () => {
  it('rejects a package with a 250-byte name with its reason, and reports every package of the run', async () => {
    const good = await packageInInbox('园区新建科创中心投入使用');
    const longName = `${'长'.repeat(80)}.kfqpkg`;
    expect(bytesOf(longName)).toBeGreaterThan(240);
    await writeFile(path.join(world.deskDir, 'inbox', longName), GARBAGE);
    await world.desk.close();

    const run = await kfq('inbox', world.deskDir);
    expect(run.code, run.err).toBe(0);
    const lines = run.out.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.find((line) => line.includes(path.basename(good)))).toMatch(/^\[已导入\]/);
    expect(lines.find((line) => line.includes(longName))).toMatch(/^\[拒收\]/);

    const rejected = await readdir(path.join(world.deskDir, 'inbox', REJECTED_DIR));
    expect(rejected).toHaveLength(2);
    const stored = rejected.find((name) => !name.endsWith(REASON_SUFFIX))!;
    expect(rejected).toContain(`${stored}${REASON_SUFFIX}`);
    expect(stored).toMatch(/^长+~[0-9a-f]{8}\.kfqpkg$/);
    for (const name of rejected) expect(bytesOf(name)).toBeLessThanOrEqual(255 - 40);
    const reason = await readFile(path.join(world.deskDir, 'inbox', REJECTED_DIR, `${stored}${REASON_SUFFIX}`), 'utf8');
    expect(reason).toContain(`文件：${longName}`);
    expect(await readdir(path.join(world.deskDir, 'inbox'))).toEqual(expect.not.arrayContaining([longName]));
  });

  it('imports a valid package whose name is 250 bytes long', async () => {
    const longName = `${'稿'.repeat(79)}-r1.kfqpkg`;
    await packageInInbox('长名字的稿件包', longName);
    await world.desk.close();
    const run = await kfq('inbox', world.deskDir);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(/^\[已导入\] 稿+-r1\.kfqpkg：收到来稿：《长名字的稿件包》/);
    expect(await readdir(path.join(world.deskDir, 'inbox', 'processed'))).toEqual([longName]);
  });

  it('refuses a name that is not UTF-8 with its reason instead of passing it over', async () => {
    const inbox = path.join(world.deskDir, 'inbox');
    await mkdir(inbox, { recursive: true });
    // 稿件 in GBK.
    const raw = Buffer.concat([Buffer.from(`${inbox}${path.sep}`), Buffer.from([0xb8, 0xe5, 0xbc, 0xfe]), Buffer.from('.kfqpkg')]);
    await writeFile(raw, GARBAGE);
    await world.desk.close();

    const run = await kfq('inbox', world.deskDir);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(/^\[拒收\] \\xb8\\xe5\\xbc\\xfe\.kfqpkg：.*文件名不是有效的 UTF-8 编码/);
    expect(await readdir(inbox)).toEqual([REJECTED_DIR]);
    const rejected = (await readdir(path.join(inbox, REJECTED_DIR))).sort();
    expect(rejected).toHaveLength(2);
    expect(rejected[0]).toMatch(/^文件名无法识别-[0-9a-f]{12}\.kfqpkg$/);
    expect(rejected[1]).toBe(`${rejected[0]}${REASON_SUFFIX}`);
    expect(await readFile(path.join(inbox, REJECTED_DIR, rejected[1]!), 'utf8')).toContain('FILE_NAME_INVALID');
    expect((await kfq('inbox', world.deskDir)).out).toBe('收件箱中没有待处理的稿件包。');
  });

  it('refuses such a name when the watcher hands it over decoded with U+FFFD', async () => {
    const inbox = path.join(world.deskDir, 'inbox');
    await mkdir(inbox, { recursive: true });
    await writeFile(Buffer.concat([Buffer.from(`${inbox}${path.sep}`), Buffer.from([0xff, 0xfe]), Buffer.from('.zip')]), GARBAGE);
    const [lossy] = await readdir(inbox);
    expect(lossy).toContain('\ufffd');
    const outcome = await receivePackageFile(world.desk, path.join(inbox, lossy!));
    expect(outcome).toMatchObject({ status: 'rejected', error: { code: 'FILE_NAME_INVALID' } });
    expect(await readdir(inbox)).toEqual([REJECTED_DIR]);
  });

  it('reports every package when the workstation fails on one, and exits 1', async () => {
    const good = await packageInInbox('园区新建科创中心投入使用');
    await writeFile(path.join(world.deskDir, 'inbox', 'evil.kfqpkg'), GARBAGE);
    // processed/ cannot be made: the imported package fails to move and stays for the next pass.
    await writeFile(path.join(world.deskDir, 'inbox', 'processed'), '');
    await world.desk.close();
    const run = await kfq('inbox', world.deskDir);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/^\[拒收\] evil\.kfqpkg/);
    expect(run.err).toMatch(new RegExp(`^\\[失败\\] ${path.basename(good).replace(/\./g, '\\.')}：.*留在收件箱`));
    expect(await readdir(path.join(world.deskDir, 'inbox'))).toContain(path.basename(good));
    const desk = await openWorkspace(world.deskDir, { readOnly: true });
    expect((await desk.listArticles()).filter((entry) => entry.source)).toHaveLength(1);
    await desk.close();
  });

  it('shortens names at a character boundary with a hash of the whole name', () => {
    expect(fittedName('短名.kfqpkg')).toBe('短名.kfqpkg');
    const a = fittedName(`${'长'.repeat(100)}甲.kfqpkg`);
    const b = fittedName(`${'长'.repeat(100)}乙.kfqpkg`);
    expect(a).not.toBe(b);
    for (const name of [a, b]) {
      expect(bytesOf(name)).toBeLessThanOrEqual(255 - 40);
      expect(name).toMatch(/^长+~[0-9a-f]{8}\.kfqpkg$/);
    }
    expect(fittedName('x'.repeat(300))).toMatch(/^x+~[0-9a-f]{8}$/);
  });
});
