// The keys themselves: the reporter's key file (made once, mode 0600, never packed, a damaged one
// refused and kept), and the desk's import of a reporter's public key file, where every malformed,
// wrong-length or hostile file is refused with its own code and changes nothing on disk.
import { generateKeyPairSync } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatchCall } from '../../../shared/ipc/dispatch';
import { formatFingerprint } from '../../../shared/model/filing-keys';
import { createApiHandlers } from '../../../electron/services/api-handlers';
import { fileDraft } from '../../../electron/services/filing/outbox';
import { fingerprintOf, rawPublicKeyOf } from '../../../electron/services/filing/package-signature';
import { addReporterFromKeyFile, readRegistry } from '../../../electron/services/filing/reporter-registry';
import { loadOrCreateSigningKey, publicKeyFileOf, readSigningKey, signingKeyPath } from '../../../electron/services/filing/signing-key';
import { fingerprint } from '../services/store-fixtures';
import { CHINESE, makeWorld, writeDraft, type FilingWorld } from './filing-fixtures';

let world: FilingWorld;
beforeEach(async () => {
  world = await makeWorld();
});
afterEach(async () => {
  await world.close();
});

describe("the reporter's signing key", () => {
  it('is one file of mode 0600 in the workspace, made once, shared by concurrent filings, never packed', async () => {
    const file = signingKeyPath(world.reporterDir);
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
    const text = await readFile(file, 'utf8');
    const again = await Promise.all([loadOrCreateSigningKey(file), loadOrCreateSigningKey(file)]);
    expect(again.map((signer) => signer.publicKey)).toEqual([world.signer.publicKey, world.signer.publicKey]);
    expect(await readFile(file, 'utf8')).toBe(text);

    const id = await writeDraft(world.reporter, '园区新建科创中心投入使用', ['正文。']);
    const filed = await fileDraft(world.reporter, id);
    const bytes = await readFile(filed.path);
    expect(bytes.includes(Buffer.from('PRIVATE KEY'))).toBe(false);
    expect(bytes.includes(Buffer.from('kfq-signing-key'))).toBe(false);
  });

  it('made concurrently in a new place, is one key for all', async () => {
    const file = path.join(world.root, 'fresh-key.json');
    const made = await Promise.all(Array.from({ length: 6 }, () => loadOrCreateSigningKey(file)));
    expect(new Set(made.map((signer) => signer.publicKey)).size).toBe(1);
    expect((await readSigningKey(file))?.publicKey).toBe(made[0]?.publicKey);
  });

  it('is refused when damaged, and kept as it is rather than replaced', async () => {
    const file = signingKeyPath(world.reporterDir);
    const stored = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
    // Another key's public half beside this private key: packages would name the wrong sender.
    await writeFile(file, JSON.stringify({ ...stored, publicKey: 'A'.repeat(42) + 'A=' }));
    const id = await writeDraft(world.reporter, '稿件', ['正文。']);
    await expect(fileDraft(world.reporter, id)).rejects.toMatchObject({ code: 'SIGNING_KEY_INVALID' });
    await writeFile(file, '{"format": "kfq-signing-key",');
    await expect(fileDraft(world.reporter, id)).rejects.toMatchObject({ code: 'SIGNING_KEY_INVALID' });
    expect(await readFile(file, 'utf8')).toBe('{"format": "kfq-signing-key",');
    expect((await world.reporter.getArticle(id)).status).toBe('draft');
  });
});

// A key of its own, so the cases below can be listed before any test's world exists.
const SAMPLE = (() => {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicKey: rawPublicKeyOf(privateKey) };
})();
const KEY = () => publicKeyFileOf(SAMPLE, '王波');

function keyFile(overrides: Record<string, unknown>): string {
  return JSON.stringify({ ...KEY(), ...overrides });
}

describe("importing a reporter's public key file", () => {
  it('registers the reporter with the fingerprint, once however often it is imported', async () => {
    const reporter = await addReporterFromKeyFile(world.deskDir, JSON.stringify(KEY()));
    expect(reporter).toMatchObject({ name: '王波', publicKey: SAMPLE.publicKey, fingerprint: fingerprintOf(SAMPLE.publicKey) });
    expect(formatFingerprint(reporter.fingerprint)).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);
    // Without the optional fingerprint, and again under a new name: still one entry.
    await addReporterFromKeyFile(world.deskDir, keyFile({ fingerprint: undefined, name: '王波（新）' }));
    const registered = (await readRegistry(world.deskDir)).reporters.filter((entry) => entry.publicKey === SAMPLE.publicKey);
    expect(registered).toMatchObject([{ name: '王波（新）', fingerprint: reporter.fingerprint }]);
  });

  const raw32 = (length: number) => Buffer.alloc(length, 7).toString('base64');
  const refusals: Array<[string, string, string]> = [
    ['malformed JSON', '{"format": "kfq-reporter-key", "name": }', 'FILE_MALFORMED'],
    ['a cut-off file', '{"format": "kfq-reporter-key", "name": "王', 'FILE_TRUNCATED'],
    ['an empty file', '  ', 'FILE_TRUNCATED'],
    ['a __proto__ key', `{"__proto__": {"polluted": true}, "format": "kfq-reporter-key"}`, 'FILE_UNSAFE_KEYS'],
    ['a constructor key', keyFile({ constructor: { prototype: {} } }), 'FILE_UNSAFE_KEYS'],
    ['an array', '[1, 2, 3]', 'KEY_FILE_INVALID'],
    ['null', 'null', 'KEY_FILE_INVALID'],
    ['another format', keyFile({ format: 'kfq-draft' }), 'KEY_FILE_INVALID'],
    ['a newer version', keyFile({ version: 2 }), 'FILE_NEWER_VERSION'],
    ['a 31-byte key', keyFile({ publicKey: raw32(31) }), 'KEY_INVALID'],
    ['a 33-byte key', keyFile({ publicKey: raw32(33) }), 'KEY_INVALID'],
    ['a key that is not base64', keyFile({ publicKey: '!'.repeat(43) + '=' }), 'KEY_INVALID'],
    ['a key given as a number', keyFile({ publicKey: 12 }), 'KEY_INVALID'],
    ['a fingerprint of another key', keyFile({ fingerprint: '0'.repeat(32) }), 'KEY_FINGERPRINT_MISMATCH'],
    ['an empty name', keyFile({ name: '  ' }), 'KEY_FILE_INVALID'],
    ['a name with terminal escapes', keyFile({ name: '王波\u001b]0;pwned\u0007' }), 'KEY_FILE_INVALID'],
    ['a name with a bidi override', keyFile({ name: '王\u202e波' }), 'KEY_FILE_INVALID'],
    ['a name too long', keyFile({ name: '王'.repeat(41) }), 'KEY_FILE_INVALID'],
    ['an unknown field', keyFile({ admin: true }), 'KEY_FILE_INVALID'],
    ['a missing key', keyFile({ publicKey: undefined }), 'KEY_FILE_INVALID'],
    ['a huge file', keyFile({ name: '王波', padding: 'x'.repeat(70_000) }), 'KEY_FILE_INVALID'],
    ["the reporter's private key file", '', 'KEY_FILE_PRIVATE'],
  ];

  it.each(refusals)('refuses %s with its code and a Chinese message, changing nothing on disk', async (_name, text, code) => {
    const body = code === 'KEY_FILE_PRIVATE' ? await readFile(signingKeyPath(world.reporterDir), 'utf8') : text;
    const before = await fingerprint(world.deskDir);
    const error = await addReporterFromKeyFile(world.deskDir, body).then(
      () => undefined,
      (caught: unknown) => caught as { code: string; message: string },
    );
    expect(error?.code).toBe(code);
    expect(error?.message).toMatch(CHINESE);
    expect(await fingerprint(world.deskDir)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('is refused through the API for text beyond 64 kB before any service runs', async () => {
    const handlers = createApiHandlers(world.desk);
    const result = await dispatchCall(handlers, 'addReporter', ['x'.repeat(70_000)]);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    const added = await dispatchCall(handlers, 'addReporter', [JSON.stringify(KEY())]);
    expect(added).toMatchObject({ ok: true, value: { reporter: { name: '王波' }, arrivals: [] } });
  });
});
