// Inputs built to make the importer take super-linear time or overflow the regular-expression
// engine's stack: long runs of spaces, dashes or colons, one huge line, hundreds of thousands of
// tiny paragraphs. The bounds are generous (a quadratic importer took 17 s for the first repro and
// minutes for a megabyte), so a regression fails here without the test depending on the machine.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeImportText } from '../../../electron/cli/commands/import';
import { importText } from '../../../shared/import/import-text';
import { splitTrailingCredit } from '../../../shared/import/photo-credits';
import { capWhitespaceRuns, replaceDashRuns, replaceWhitespaceRuns, splitLines, splitWords } from '../../../shared/import/whitespace';
import { adversarialTexts } from '../../bench/adversarial-texts';
import { accountFor } from './account-for';

const MB = 1024 * 1024;
// Seconds for one megabyte: ten times what the benchmark allows, so a busy machine never trips it.
const BOUND_MS = 20_000;

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

describe('adversarial imports', () => {
  it('a + 160,000 spaces + b (17 s before) imports at once', () => {
    const input = `a${' '.repeat(160_000)}b`;
    const { value, ms } = timed(() => importText(input));
    expect(ms).toBeLessThan(BOUND_MS / 10);
    expect(value.articles[0]?.headline).toBe('a b');
  });

  it.each(adversarialTexts(MB).map((text) => [text.name, text] as const))(
    '1 MB of %s imports in bounded time, losing nothing',
    (_, { text }) => {
      const bytes = new TextEncoder().encode(text);
      expect(bytes.length).toBeGreaterThan(0.9 * MB);
      const { value, ms } = timed(() => importText(decodeImportText(bytes, 'x.md')));
      expect(ms).toBeLessThan(BOUND_MS);
      expect(value.articles.length).toBeGreaterThan(0);
      expect(accountFor(text, value)).toEqual([]);
    },
  );

  it('never overflows the stack on runs of millions of characters', () => {
    // Each of these threw RangeError (Maximum call stack size exceeded) from a /u pattern.
    const run = (unit: string) => unit.repeat(3_000_000);
    const inputs = [
      `■（下转，${run(' ')}开发区。周文远摄`,
      `标题${run('\u3000')}正文`,
      `——${run('—')}副题`,
      `**${run('开')}**`,
      `科学导报讯 记者${run('：')}周文远`,
      `（下转${run(' ')}A2版）`,
      run('开'),
    ];
    for (const input of inputs) {
      const { ms } = timed(() => expect(() => importText(input)).not.toThrow());
      expect(ms).toBeLessThan(BOUND_MS);
    }
  });
});

// The loops that replaced regular expressions give what those expressions gave.
describe('whitespace and dash loops', () => {
  const unit = fc.constantFrom(
    'a',
    '开',
    ' ',
    '  ',
    '\t',
    '\u3000',
    '\u00a0',
    '\ufeff',
    '\n',
    '\r',
    '\r\n',
    '\u2028',
    '—',
    '―',
    '─',
    '-',
    '*',
  );
  const text = fc.array(unit, { maxLength: 60 }).map((units) => units.join(''));

  it('agree with /\\s+/u, the dash-run pattern and the line-break split', () => {
    fc.assert(
      fc.property(text, (sample) => {
        expect(splitWords(sample)).toEqual(sample.split(/\s+/u).filter((part) => part !== ''));
        expect(replaceWhitespaceRuns(sample, ' ')).toBe(sample.replace(/\s+/gu, ' '));
        expect(replaceDashRuns(sample, '——')).toBe(sample.replace(/[\u2014\u2015\u2500]{2,}/gu, '——'));
        expect(splitLines(sample)).toEqual(sample.split(/\r\n|[\n\r\u2028\u2029]/u));
        const capped = capWhitespaceRuns(sample, 4);
        expect(capped.replace(/\s+/gu, ' ')).toBe(sample.replace(/\s+/gu, ' '));
        expect(/\s{5}/u.test(capped)).toBe(false);
      }),
    );
  });
});

describe('caption credits without backtracking', () => {
  it('splits a caption of a million characters at once', () => {
    const caption = `${'说明文字（'.repeat(200_000)}（张三 摄）`;
    const { value, ms } = timed(() => splitTrailingCredit(caption));
    expect(value?.[1]).toBe('（张三 摄）');
    expect(ms).toBeLessThan(BOUND_MS / 10);
  });
});
