// The zip reader's file-type check: entries a macOS host marked as links (host 19, "OS X") were
// accepted, and ordinary entries written by Python's zipfile (mode 0600, no file-type bits) were
// refused as 不是普通文件. Links are now refused under Unix (3) and OS X (19) hosts alike, and a
// mode without type bits is a regular file.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDraftPackage } from '../../../electron/services/filing/package-reader';
import { zipEntryType } from '../../../electron/services/zip/zip-structure';
import { DomainError } from '../../../shared/model/errors';
import { encode, honestEntries, withListedEntry } from './hostile-builders';
import { buildZip, entry } from './raw-zip';

const UNIX = 3;
const OS_X = 19;
const mode = (bits: number): number => (bits << 16) >>> 0;

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('zip entry types', () => {
  it('reads the type from the mode under Unix and OS X hosts, and a mode without type bits as a file', () => {
    expect(zipEntryType({ madeBy: UNIX, externalAttributes: mode(0o120777) })).toBe('link');
    expect(zipEntryType({ madeBy: OS_X, externalAttributes: mode(0o120755) })).toBe('link');
    expect(zipEntryType({ madeBy: UNIX, externalAttributes: mode(0o600) })).toBe('file');
    expect(zipEntryType({ madeBy: OS_X, externalAttributes: mode(0o644) })).toBe('file');
    expect(zipEntryType({ madeBy: UNIX, externalAttributes: mode(0o100644) })).toBe('file');
    expect(zipEntryType({ madeBy: OS_X, externalAttributes: mode(0o100644) })).toBe('file');
    expect(zipEntryType({ madeBy: UNIX, externalAttributes: mode(0o040755) })).toBe('directory');
    expect(zipEntryType({ madeBy: OS_X, externalAttributes: mode(0o010644) })).toBe('other');
    expect(zipEntryType({ madeBy: UNIX, externalAttributes: mode(0o060644) })).toBe('other');
    expect(zipEntryType({ madeBy: 0, externalAttributes: 0x10 })).toBe('directory');
    expect(zipEntryType({ madeBy: 0, externalAttributes: 0x20 })).toBe('file');
    // Another host's attribute bits are not a Unix mode.
    expect(zipEntryType({ madeBy: 10, externalAttributes: mode(0o120777) })).toBe('file');
  });

  it('refuses a link made on a macOS host', () => {
    const zip = withListedEntry(
      { ...entry('photos/link.png', '/etc/passwd', true), madeBy: (OS_X << 8) | 21, externalAttributes: mode(0o120755) },
      encode('/etc/passwd'),
    );
    const error = refusal(() => readDraftPackage(zip));
    expect(error.code).toBe('PACKAGE_UNSAFE');
    expect(error.message).toMatch(/符号链接/);
  });

  it('accepts a package whose entries carry mode 0600 without type bits, as Python writes them', () => {
    const { entries } = honestEntries();
    const zip = buildZip(entries.map((item) => ({ ...item, madeBy: (UNIX << 8) | 20, externalAttributes: mode(0o600) })));
    expect(readDraftPackage(zip).headline).not.toBe('');
  });

  it('still refuses a FIFO or device entry as 不是普通文件', () => {
    const zip = withListedEntry(
      { ...entry('photos/fifo.png', '', true), madeBy: (UNIX << 8) | 20, externalAttributes: mode(0o010644) },
      encode(''),
    );
    const error = refusal(() => readDraftPackage(zip));
    expect(error.message).toMatch(/不是普通文件/);
  });

  const python = (() => {
    try {
      execFileSync('python3', ['-c', 'import zipfile']);
      return true;
    } catch {
      return false;
    }
  })();

  it.skipIf(!python)("accepts a package re-zipped by Python's zipfile", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kfq-pyzip-'));
    try {
      const source = path.join(dir, 'honest.zip');
      const target = path.join(dir, 'python.kfqpkg');
      await writeFile(source, buildZip(honestEntries().entries));
      const script = [
        'import sys, zipfile',
        "with zipfile.ZipFile(sys.argv[1]) as src, zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED) as out:",
        '    for name in src.namelist():',
        '        out.writestr(name, src.read(name))',
      ].join('\n');
      execFileSync('python3', ['-c', script, source, target]);
      const zip = await readFile(target);
      expect(readDraftPackage(zip).photos).toHaveLength(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
