// kfq file and kfq inbox, run in-process: a package built from an article file (photos found in
// its workspace), and one pass over a desk's inbox with a Chinese line per package.
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDraftPackage } from '../../../electron/services/filing/package-reader';
import { openWorkspace } from '../../../electron/services/workspace-store';
import { CHINESE, makeWorld, writeDraft, type FilingWorld } from './filing-fixtures';
import { kfq } from '../cli/run-kfq';

let world: FilingWorld;
beforeEach(async () => {
  world = await makeWorld();
});
afterEach(async () => {
  await world.close();
});

describe('kfq file', () => {
  it('builds the package of an article file into --out and prints its path', async () => {
    const id = await writeDraft(world.reporter, '园区新建科创中心投入使用', ['科创中心总面积三万平方米。']);
    const out = path.join(world.root, 'out');
    const run = await kfq('file', path.join(world.reporterDir, 'articles', `${id}.json`), '--out', out);
    expect(run).toMatchObject({ code: 0, err: '' });
    const file = run.out.trim();
    expect(path.dirname(file)).toBe(out);
    expect(file).toMatch(/-r1\.kfqpkg$/);
    expect(await readdir(out)).toEqual([path.basename(file)]);
    const pkg = readDraftPackage(await readFile(file));
    expect(pkg.headline).toBe('园区新建科创中心投入使用');
    expect(pkg.photos).toHaveLength(1);

    const again = await kfq('file', path.join(world.reporterDir, 'articles', `${id}.json`), '--out', out, '--revision', '3');
    expect(again.out.trim()).toMatch(/-r3\.kfqpkg$/);
  });

  it('refuses an article whose photos cannot be found, and wrong usage', async () => {
    const id = await writeDraft(world.reporter, '有图的稿件', ['正文。']);
    const loose = path.join(world.root, 'loose.json');
    await copyFile(path.join(world.reporterDir, 'articles', `${id}.json`), loose);
    const run = await kfq('file', loose, '--out', path.join(world.root, 'out'));
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/找不到稿件引用的图片.*--assets/);
    expect((await kfq('file', loose, '--out', path.join(world.root, 'out'), '--assets', path.join(world.reporterDir, 'assets'))).code).toBe(
      0,
    );
    expect((await kfq('file', loose)).code).toBe(2);
    await writeFile(path.join(world.root, 'bad.json'), '{"kind": "article"');
    const bad = await kfq('file', path.join(world.root, 'bad.json'), '--out', path.join(world.root, 'out'));
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(CHINESE);
  });
});

describe('kfq inbox', () => {
  it('processes the inbox once with one line per package, and exits 0 for refused ones', async () => {
    const id = await writeDraft(world.reporter, '营商环境再优化', ['审批时限压缩一半。']);
    const built = await kfq('file', path.join(world.reporterDir, 'articles', `${id}.json`), '--out', path.join(world.deskDir, 'inbox'));
    const name = path.basename(built.out.trim());
    await mkdir(path.join(world.root, 'spare'));
    await copyFile(built.out.trim(), path.join(world.root, 'spare', name));
    await writeFile(path.join(world.deskDir, 'inbox', 'evil.kfqpkg'), 'PK\u0003\u0004 这不是稿件包');
    await world.desk.close();

    const first = await kfq('inbox', world.deskDir);
    expect(first.code).toBe(0);
    const lines = first.out.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.find((line) => line.includes(name))).toMatch(/^\[已导入\] .*收到来稿：《营商环境再优化》（第1版）（稿件 /);
    expect(lines.find((line) => line.includes('evil.kfqpkg'))).toMatch(
      /^\[拒收\] evil\.kfqpkg：来稿被拒收.*已移至 inbox[/\\]rejected[/\\]evil\.kfqpkg/,
    );

    await copyFile(path.join(world.root, 'spare', name), path.join(world.deskDir, 'inbox', name));
    const second = await kfq('inbox', world.deskDir);
    expect(second.out).toMatch(/^\[重复\] .*已经收到过，未作改动/);
    expect((await kfq('inbox', world.deskDir)).out).toBe('收件箱中没有待处理的稿件包。');

    const desk = await openWorkspace(world.deskDir, { readOnly: true });
    expect((await desk.listArticles()).filter((entry) => entry.source)).toHaveLength(1);
    await desk.close();
  });
});
