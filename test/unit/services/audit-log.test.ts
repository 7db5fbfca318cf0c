// The audit trail's file: appends chain each line to the one before, the verifier names the line
// that was changed, and a line a crash cut short is reported, closed and named by the next append
// without any earlier byte being rewritten.
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUDIT_GENESIS, type AuditEntry } from '../../../shared/model/audit';
import { appendAuditEntries } from '../../../electron/services/audit/audit-append';
import { formatAuditLine, parseAuditLine, sha256Hex } from '../../../electron/services/audit/audit-line';
import { verifyAuditTrail } from '../../../electron/services/audit/audit-verify';
import { makeTempDir, removeDir } from './store-fixtures';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await makeTempDir('kfq-audit-');
  file = path.join(dir, 'audit.log.jsonl');
});
afterEach(async () => {
  await removeDir(dir);
});

function event(n: number): Omit<AuditEntry, 'prev' | 'torn'> {
  return {
    at: new Date(Date.parse('2025-05-12T01:00:00.000Z') + n * 1000).toISOString(),
    user: '周编辑',
    action: 'edited',
    target: { articleId: `a-20250512-${String(n).padStart(4, '0')}` },
    detail: `《第${n}稿》保存为第 ${n + 1} 版`,
  };
}

async function appendMany(count: number, from = 1): Promise<void> {
  for (let n = from; n < from + count; n += 1) await appendAuditEntries(file, [event(n)]);
}

async function lines(): Promise<string[]> {
  return (await readFile(file, 'utf8')).split('\n');
}

/** Rewrites one line (1-based) with `change` applied to its entry, keeping every other byte. */
async function changeLine(number: number, change: (entry: AuditEntry) => AuditEntry): Promise<void> {
  const all = await lines();
  const entry = parseAuditLine(all[number - 1] ?? '');
  if (!entry) throw new Error(`line ${number} is not an entry`);
  all[number - 1] = formatAuditLine(change(entry));
  await writeFile(file, all.join('\n'));
}

describe('appending', () => {
  it('chains every line to the SHA-256 of the one before, from the genesis value', async () => {
    await appendMany(3);
    const text = await lines();
    expect(text.at(-1)).toBe('');
    const entries = text.slice(0, 3).map((line) => parseAuditLine(line));
    expect(entries[0]?.prev).toBe(AUDIT_GENESIS);
    expect(entries[1]?.prev).toBe(sha256Hex(text[0] ?? ''));
    expect(entries[2]?.prev).toBe(sha256Hex(text[1] ?? ''));
    expect(entries.map((entry) => entry?.user)).toEqual(['周编辑', '周编辑', '周编辑']);
    const verdict = await verifyAuditTrail(file);
    expect(verdict).toMatchObject({ records: 3, lines: 3, head: sha256Hex(text[2] ?? ''), repairedLines: [] });
    expect(verdict.broken).toBeUndefined();
  });

  it('keeps the chain whole when many appends are started at once', async () => {
    await Promise.all(Array.from({ length: 40 }, (_, n) => appendAuditEntries(file, [event(n + 1), event(n + 41)])));
    const verdict = await verifyAuditTrail(file);
    expect(verdict.broken).toBeUndefined();
    expect(verdict.records).toBe(80);
  });

  it('only ever adds bytes: what was there stays a prefix of the file', async () => {
    await appendMany(2);
    const before = await readFile(file);
    await appendMany(2, 3);
    const after = await readFile(file);
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
  });

  it('refuses an entry the verifier could not read, writing nothing', async () => {
    await appendMany(1);
    const before = await readFile(file);
    await expect(appendAuditEntries(file, [{ ...event(2), target: {} }])).rejects.toThrow();
    expect((await readFile(file)).equals(before)).toBe(true);
  });
});

describe('verifying', () => {
  it('passes an empty or missing log', async () => {
    expect(await verifyAuditTrail(file)).toMatchObject({ records: 0, lines: 0, head: AUDIT_GENESIS });
  });

  it('names a line whose detail was changed', async () => {
    await appendMany(5);
    await changeLine(3, (entry) => ({ ...entry, detail: '《第3稿》什么也没改' }));
    expect((await verifyAuditTrail(file)).broken?.line).toBe(3);
  });

  it('names a line whose user or time was changed, also the first', async () => {
    await appendMany(4);
    await changeLine(1, (entry) => ({ ...entry, user: '别人' }));
    expect((await verifyAuditTrail(file)).broken?.line).toBe(1);
  });

  it('names a line whose chain field was rewritten', async () => {
    await appendMany(4);
    await changeLine(2, (entry) => ({ ...entry, prev: sha256Hex('something else') }));
    const verdict = await verifyAuditTrail(file);
    expect(verdict.broken?.line).toBe(2);
    expect(verdict.broken?.message).toMatch(/第 2 行已被改动/);
  });

  it('notices a line removed from the middle and a line that is not an entry', async () => {
    await appendMany(4);
    const all = await lines();
    await writeFile(file, [all[0], all[2], all[3], ''].join('\n'));
    expect((await verifyAuditTrail(file)).broken).toBeDefined();
    await writeFile(file, [all[0], all[1], '{"not":"an entry"}', all[2], all[3], ''].join('\n'));
    expect((await verifyAuditTrail(file)).broken?.line).toBe(3);
  });

  it('refuses a torn mark that names no fragment', async () => {
    await appendMany(2);
    await changeLine(2, (entry) => ({ ...entry, torn: sha256Hex('no such fragment') }));
    expect((await verifyAuditTrail(file)).broken?.line).toBe(2);
  });
});

describe('a line cut short by a crash', () => {
  it('is reported as unfinished, then closed and named by the next append', async () => {
    await appendMany(2);
    const whole = formatAuditLine({ ...event(3), prev: sha256Hex((await lines())[1] ?? '') });
    const fragment = whole.slice(0, 37);
    await appendFile(file, fragment);
    const before = await readFile(file);

    const cut = await verifyAuditTrail(file);
    expect(cut.broken).toBeUndefined();
    expect(cut).toMatchObject({ records: 2, lines: 3, unfinishedLine: 3 });

    await appendMany(1, 4);
    const after = await readFile(file);
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    const text = await lines();
    expect(text[2]).toBe(fragment);
    const next = parseAuditLine(text[3] ?? '');
    expect(next?.torn).toBe(sha256Hex(fragment));
    expect(next?.prev).toBe(sha256Hex(text[1] ?? ''));

    const repaired = await verifyAuditTrail(file);
    expect(repaired.broken).toBeUndefined();
    expect(repaired).toMatchObject({ records: 3, lines: 4, repairedLines: [3] });
    expect(repaired.unfinishedLine).toBeUndefined();
    // The chain goes on from the new line as usual.
    await appendMany(1, 5);
    expect(await verifyAuditTrail(file)).toMatchObject({ records: 4, repairedLines: [3] });
  });

  it('that lost only its line feed is followed like any other line', async () => {
    await appendMany(1);
    const whole = formatAuditLine({ ...event(2), prev: sha256Hex((await lines())[0] ?? '') });
    await appendFile(file, whole);
    expect(await verifyAuditTrail(file)).toMatchObject({ records: 2, repairedLines: [] });
    await appendMany(1, 3);
    const text = await lines();
    expect(text[1]).toBe(whole);
    expect(parseAuditLine(text[2] ?? '')).toMatchObject({ prev: sha256Hex(whole) });
    expect(parseAuditLine(text[2] ?? '')?.torn).toBeUndefined();
    expect(await verifyAuditTrail(file)).toMatchObject({ records: 3, lines: 3, repairedLines: [] });
  });

  it('at the very start of the log is handled the same way', async () => {
    await writeFile(file, '{"at":"2025-05-12T01:');
    expect(await verifyAuditTrail(file)).toMatchObject({ records: 0, unfinishedLine: 1 });
    await appendMany(1);
    const verdict = await verifyAuditTrail(file);
    expect(verdict.broken).toBeUndefined();
    expect(verdict).toMatchObject({ records: 1, repairedLines: [1] });
  });
});
