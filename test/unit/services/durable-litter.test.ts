// A killed export left `.NAME.pdf.tmp-PID-…` in the output folder for ever. The next durable write
// into a folder now removes the temp files that processes no longer running left there, and never a
// live process's (nor one of our own, which may be being written right now).
import { spawn } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileDurable } from '../../../electron/services/durable-file';
import { makeTempDir, removeDir } from './store-fixtures';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('kfq-litter-');
});
afterEach(async () => {
  await removeDir(dir);
});

/** Runs a process that writes a temp file the way a durable write does and is killed before its rename. */
async function killedWriter(folder: string, target: string): Promise<string> {
  const script = `
    const fs = require('node:fs');
    const name = '.' + ${JSON.stringify(target)} + '.tmp-' + process.pid + '-0123456789ab';
    fs.writeFileSync(require('node:path').join(${JSON.stringify(folder)}, name), '%PDF-1.7 half');
    process.stdout.write(name + '\\n');
    setInterval(() => {}, 1000);
  `;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const name = await new Promise<string>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())));
  child.kill('SIGKILL');
  await new Promise((resolve) => child.on('exit', resolve));
  return name;
}

describe('litter of killed writers', () => {
  it('the next durable write into the folder removes a killed export temp file, never a live one', async () => {
    const out = path.join(dir, '导出');
    await mkdir(out);
    const litter = await killedWriter(out, '开发区建设-第14期-2025-05-09.pdf');
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      const liveTemp = `.第15期.pdf.tmp-${live.pid}-0123456789ab`;
      const ownTemp = `.第16期.pdf.tmp-${process.pid}-0123456789ab`;
      await writeFile(path.join(out, liveTemp), 'being written');
      await writeFile(path.join(out, ownTemp), 'being written');
      expect(await readdir(out)).toContain(litter);

      await writeFileDurable(path.join(out, '开发区建设-第14期-2025-05-09.pdf'), '%PDF-1.7 whole');
      expect((await readdir(out)).sort()).toEqual([liveTemp, ownTemp, '开发区建设-第14期-2025-05-09.pdf'].sort());
    } finally {
      live.kill();
    }
  });

  it('leaves other files alone: visible names and temp names of other programs', async () => {
    const names = ['.report.pdf.tmp-abc', 'draft.tmp-123-ab', '.hidden', 'note.txt'];
    for (const name of names) await writeFile(path.join(dir, name), 'x');
    await writeFileDurable(path.join(dir, 'out.pdf'), '%PDF');
    expect((await readdir(dir)).sort()).toEqual([...names, 'out.pdf'].sort());
  });
});
