// ESC/OSC sequences and other control characters in an imported headline, a package's headline or
// an inbox file name used to reach the terminal raw through kfq import and kfq inbox. Every line
// kfq prints is now made safe: controls show as \x1b, \u009b …, lone surrogate halves as U+FFFD.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { terminalSafe } from '../../../electron/cli/terminal-text';
import { textElement } from '../../../shared/model/article';
import { makeWorld, type FilingWorld } from '../filing/filing-fixtures';
import { kfq } from './run-kfq';

// Anything a terminal could take as a command: C0 but tab and newline, DEL, C1, bidi controls.
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const OSC_TITLE = '\u001b]0;已被接管\u0007';
const CLEAR = '\u001b[2J\u001b[H';
const C1_CSI = '\u009b31m';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kfq-escapes-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('terminalSafe', () => {
  it('shows every control as an escape and keeps all other text', () => {
    expect(terminalSafe(`标题${OSC_TITLE}${CLEAR}${C1_CSI}`)).toBe('标题\\x1b]0;已被接管\\x07\\x1b[2J\\x1b[H\\u009b31m');
    expect(terminalSafe('a\rb\u007fc\u202ed\u2028e')).toBe('a\\x0db\\u007fc\\u202ed\\u2028e');
    expect(terminalSafe('行一\n\t行二 😀 ½')).toBe('行一\n\t行二 😀 ½');
    expect(terminalSafe('x\ud800y\udc00z')).toBe('x\ufffdy\ufffdz');
  });

  it('keeps JSON valid and meaning the same', () => {
    const value = { headline: `标题${OSC_TITLE}${C1_CSI}\u202e` };
    const printed = terminalSafe(JSON.stringify(value));
    expect(RAW_CONTROL.test(printed)).toBe(false);
    expect(JSON.parse(printed)).toEqual(value);
  });
});

describe('kfq output of untrusted text', () => {
  it('kfq import prints a headline carrying escape sequences made visible, in the summary and as JSON', async () => {
    const file = path.join(dir, `稿件${'\u001b[31m'}.md`);
    const headline = `园区投产${OSC_TITLE}${CLEAR}${C1_CSI}`;
    // Enough text around the headline that its few control characters do not make the file binary.
    await writeFile(file, `# ${headline}\n\n科学导报讯 记者周文远 ${'园区首期厂房投产，'.repeat(150)}一期工程完工。\n`);
    const summary = await kfq('import', file);
    expect(summary.code, summary.err).toBe(0);
    expect(RAW_CONTROL.test(summary.out)).toBe(false);
    // (The clean-up makes the ; next to Chinese full-width, as in any headline.)
    expect(summary.out).toContain('园区投产\\x1b]0；已被接管\\x07\\x1b[2J\\x1b[H\\u009b31m');
    expect(summary.out).toContain('稿件\\x1b[31m.md');
    const json = await kfq('import', file, '--json');
    expect(RAW_CONTROL.test(json.out)).toBe(false);
    expect((JSON.parse(json.out) as Array<{ headline: string }>)[0]?.headline).toBe(headline.replace(';', '；'));
  });

  it('kfq import shows the name of a refused file made visible', async () => {
    const file = path.join(dir, `x${OSC_TITLE}.docx`);
    await writeFile(file, 'not a zip');
    const run = await kfq('import', file);
    expect(run.code).toBe(1);
    expect(RAW_CONTROL.test(run.err)).toBe(false);
  });

  describe('kfq inbox', () => {
    let world: FilingWorld;
    beforeEach(async () => {
      world = await makeWorld();
    });
    afterEach(async () => {
      await world.close();
    });

    it('prints a package headline and an inbox file name carrying escape sequences made visible', async () => {
      const article = await world.reporter.createArticle({
        content: [textElement('headline', `稿件${OSC_TITLE}${C1_CSI}`), textElement('paragraph', '正文。')],
        author: '王波',
      });
      const out = path.join(world.root, 'out');
      const built = await kfq('file', path.join(world.reporterDir, 'articles', `${article.id}.json`), '--out', out);
      expect(built.code, built.err).toBe(0);
      await writeFile(path.join(world.deskDir, 'inbox', `来稿${CLEAR}.kfqpkg`), await readFile(built.out.trim()));
      await writeFile(path.join(world.deskDir, 'inbox', `坏${OSC_TITLE}.kfqpkg`), 'PK\u0003\u0004 这不是稿件包');
      await world.desk.close();
      const run = await kfq('inbox', world.deskDir);
      expect(run.code, run.err).toBe(0);
      expect(RAW_CONTROL.test(run.out)).toBe(false);
      expect(run.out).toContain('来稿\\x1b[2J\\x1b[H.kfqpkg');
      expect(run.out).toContain('《稿件\\x1b]0;已被接管\\x07\\u009b31m》');
      expect(run.out).toContain('[拒收] 坏\\x1b]0;已被接管\\x07.kfqpkg');
    });
  });
});
