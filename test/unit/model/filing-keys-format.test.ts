// The formats that say who filed a package: key files, signatures and the desk's list of
// registered reporters. These arrive from reporters' machines and may be damaged or hostile, so
// every shape must be judged exactly: a real key accepted, anything of the wrong length, alphabet
// or shape refused (in Chinese where people read it), and names made safe to show.
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { PackageManifest } from '../../../shared/model/filing';
import {
  formatFingerprint,
  manifestSigningText,
  MAX_KEY_FILE_BYTES,
  normalizeFingerprint,
  PUBLIC_KEY_EXTENSION,
  PUBLIC_KEY_FORMAT,
  publicKeyBase64Schema,
  publicKeyFileSchema,
  registeredReporterSchema,
  reporterNameFrom,
  reporterNameSchema,
  reporterRegistrySchema,
  SIGNATURE_PATH,
  signatureEntrySchema,
  SIGNING_KEY_FORMAT,
  signingKeyFileSchema,
} from '../../../shared/model/filing-keys';
import { CHINESE, chars, expectAccepted, expectRefused, itFollowsFieldRules } from './schema-cases';

const AT = '2025-05-07T08:30:00.000Z';
const pair = generateKeyPairSync('ed25519');
/** The 32 raw bytes of a real public key: the tail of its SPKI encoding. */
const realKey = pair.publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('base64');
const realPem = pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();

/** Byte patterns whose base64 uses upper and lower letters, digits, '+' and '/'. */
function base64Of(length: number, seed: number): string {
  return Buffer.from(Array.from({ length }, (_, index) => (index * 37 + seed) % 256)).toString('base64');
}
const keys = [realKey, base64Of(32, 0), base64Of(32, 251), Buffer.alloc(32, 0xff).toString('base64')];
const signatures = [base64Of(64, 0), base64Of(64, 3), Buffer.alloc(64, 0xfb).toString('base64')];
const FINGERPRINT = '0123456789abcdef0123456789abcdef';

describe('an Ed25519 public key in base64', () => {
  it('accepts the 32 bytes of any key, whatever letters its encoding uses', () => {
    expect(keys.join('')).toMatch(/\+/);
    expect(keys.join('')).toMatch(/\//);
    for (const key of keys) expectAccepted(publicKeyBase64Schema, key, key);
  });

  it('refuses keys of another length, with text around them, or a non-canonical last digit', () => {
    const key = base64Of(32, 0);
    const refused = [
      '',
      'AA=',
      base64Of(31, 0),
      base64Of(33, 0),
      base64Of(64, 0),
      `${key}x`,
      `${key}\n`,
      `x${key}`,
      ` ${key}`,
      // 43 digits and '=', but the last digit carries bits beyond the 32 bytes
      `${key.slice(0, 42)}B=`,
      `${key.slice(0, 42)}-=`,
      `${'*'.repeat(42)}A=`,
    ];
    for (const value of refused) expectRefused(publicKeyBase64Schema, value, JSON.stringify(value), { chinese: true });
  });
});

describe('a package signature entry', () => {
  const entry = { algorithm: 'ed25519', publicKey: realKey, signature: signatures[0] };

  it('accepts an Ed25519 signature of 64 bytes made by a 32-byte key', () => {
    for (const signature of signatures) expectAccepted(signatureEntrySchema, { ...entry, signature }, signature);
  });

  it('refuses signatures of another length, with extra text, or a non-canonical last digit', () => {
    const signature = base64Of(64, 0);
    const refused = [
      '',
      'AA==',
      base64Of(63, 0),
      base64Of(65, 0),
      base64Of(32, 0),
      `${signature}x`,
      `x${signature}`,
      `${signature.slice(0, 85)}B==`,
      `${'*'.repeat(85)}A==`,
    ];
    for (const value of refused) {
      expectRefused(signatureEntrySchema, { ...entry, signature: value }, JSON.stringify(value), { at: 'signature', chinese: true });
    }
  });

  it('names only the ed25519 algorithm and nothing else', () => {
    expectRefused(signatureEntrySchema, { ...entry, algorithm: 'rsa' }, 'another algorithm', { at: 'algorithm' });
    expectRefused(signatureEntrySchema, { ...entry, note: 'x' }, 'an unknown field');
  });
});

describe("a reporter's name", () => {
  it('is trimmed and may be one to forty characters of ordinary text', () => {
    expect(reporterNameSchema.parse('  王晓雨 ')).toBe('王晓雨');
    for (const name of ['李', '周明远', chars(40), 'Anna Schmidt']) expectAccepted(reporterNameSchema, name, name);
  });

  it('refuses an empty, blank, too long or disguised name in Chinese', () => {
    for (const name of ['', '   ', chars(41), '张\u0000三', '张\u202e三', '张\u2028三', '张\u0085三', '张\u2067三']) {
      expectRefused(reporterNameSchema, name, JSON.stringify(name), { chinese: true });
    }
  });
});

describe('a name taken from a package author', () => {
  it('is made safe rather than refused: controls dropped, trimmed, cut to forty characters', () => {
    expect(reporterNameFrom('  赵\u202e文\u0007静 ')).toBe('赵文静');
    expect(reporterNameFrom('刘'.repeat(50))).toBe('刘'.repeat(40));
    expect(reporterNameFrom(`${'a'.repeat(39)} bcd`)).toBe('a'.repeat(39));
    expect(reporterNameFrom('Chen Wei')).toBe('Chen Wei');
  });

  it('falls back to an unsigned-reporter label when nothing printable is left', () => {
    for (const author of ['', '   ', '\u0000\u202e\u2066']) {
      const name = reporterNameFrom(author);
      expect(name).toMatch(CHINESE);
      expectAccepted(reporterNameSchema, name, 'the fallback');
    }
  });
});

describe('a key fingerprint', () => {
  it('is shown grouped by four digits, with no trailing space', () => {
    expect(formatFingerprint(FINGERPRINT)).toBe('0123 4567 89ab cdef 0123 4567 89ab cdef');
  });

  it('is read back from spaces, colons, dashes and capitals as 32 lower-case digits', () => {
    expect(normalizeFingerprint(formatFingerprint(FINGERPRINT))).toBe(FINGERPRINT);
    expect(normalizeFingerprint(' 0123:4567-89AB\tCDEF 0123 4567 89ab cdef\n')).toBe(FINGERPRINT);
    expect(normalizeFingerprint(FINGERPRINT)).toBe(FINGERPRINT);
  });

  it('is refused when it is not exactly 32 hex digits', () => {
    for (const input of ['', FINGERPRINT.slice(1), `${FINGERPRINT}0`, `0${FINGERPRINT}`, FINGERPRINT.replace('a', 'g'), 'g'.repeat(32)]) {
      expect(normalizeFingerprint(input), input).toBeNull();
    }
  });
});

describe("a reporter's public key file", () => {
  const file = { format: PUBLIC_KEY_FORMAT, version: 1, name: '孙立新', publicKey: realKey, fingerprint: FINGERPRINT };

  it('accepts a key file with or without a fingerprint', () => {
    expectAccepted(publicKeyFileSchema, file, 'a key file');
    expectAccepted(publicKeyFileSchema, { ...file, fingerprint: formatFingerprint(FINGERPRINT) }, 'a grouped fingerprint');
    const { fingerprint: _left, ...bare } = file;
    expectAccepted(publicKeyFileSchema, bare, 'no fingerprint');
    expect(JSON.stringify(file).length).toBeLessThan(MAX_KEY_FILE_BYTES);
  });

  itFollowsFieldRules(publicKeyFileSchema, file, [
    { rule: 'the format is the reporter-key format', path: 'format', accepts: [PUBLIC_KEY_FORMAT], refuses: [SIGNING_KEY_FORMAT, ''] },
    { rule: 'the version is 1', path: 'version', accepts: [1], refuses: [2, '1'] },
    { rule: 'the key is a 32-byte key', path: 'publicKey', accepts: keys, refuses: [base64Of(33, 0)], chinese: true },
    {
      rule: 'a fingerprint field is at most 100 characters',
      path: 'fingerprint',
      accepts: ['', 'x'.repeat(100)],
      refuses: ['x'.repeat(101)],
    },
  ]);

  it('refuses unknown fields, such as a private key', () => {
    expectRefused(publicKeyFileSchema, { ...file, privateKey: realPem }, 'a private key inside');
  });

  it('is told apart from other files by its own format name and extension', () => {
    expect(PUBLIC_KEY_FORMAT).not.toBe(SIGNING_KEY_FORMAT);
    expect(PUBLIC_KEY_FORMAT).toMatch(/^kfq-/);
    expect(SIGNING_KEY_FORMAT).toMatch(/^kfq-/);
    expect(PUBLIC_KEY_EXTENSION).toMatch(/^\.\w+$/);
    expect(SIGNATURE_PATH).toMatch(/^[\w-]+\.json$/);
  });

  it('is limited to a size far above any real key file', () => {
    expect(Number.isInteger(MAX_KEY_FILE_BYTES)).toBe(true);
    expect(MAX_KEY_FILE_BYTES).toBeGreaterThanOrEqual(4096);
  });
});

describe("the reporter's own signing key file", () => {
  const file = { format: SIGNING_KEY_FORMAT, version: 1, publicKey: realKey, privateKey: realPem, createdAt: AT };

  it('accepts a key pair with its creation time', () => {
    expectAccepted(signingKeyFileSchema, file, 'a signing key file');
  });

  itFollowsFieldRules(signingKeyFileSchema, file, [
    { rule: 'the format is the signing-key format', path: 'format', accepts: [SIGNING_KEY_FORMAT], refuses: [PUBLIC_KEY_FORMAT] },
    {
      rule: 'the private key is at most 1000 characters',
      path: 'privateKey',
      accepts: ['', 'k'.repeat(1000)],
      refuses: ['k'.repeat(1001)],
    },
    { rule: 'the creation time is an ISO date-time', path: 'createdAt', accepts: [AT], refuses: ['2025-05-07', 'yesterday'] },
  ]);

  it('refuses unknown fields', () => {
    expectRefused(signingKeyFileSchema, { ...file, name: '孙立新' }, 'an extra field');
  });
});

describe('the bytes a package signature covers', () => {
  const manifest = {
    format: 'kfq-package',
    version: 1,
    packageId: 'harbour-report',
    revision: 2,
    createdAt: AT,
    author: '周明远',
    parts: [{ path: 'article.json', sha256: 'ab'.repeat(32), size: 10 }],
  } as unknown as PackageManifest;

  it('are a fixed label line followed by the manifest in canonical JSON', () => {
    const text = manifestSigningText(manifest);
    const newline = text.indexOf('\n');
    expect(newline).toBeGreaterThan(0);
    expect(text.slice(0, newline)).toMatch(/signature/);
    expect(JSON.parse(text.slice(newline + 1))).toEqual(manifest);
  });

  it('do not depend on the order the manifest fields were written in', () => {
    const reversed = Object.fromEntries(Object.entries(manifest).reverse()) as unknown as PackageManifest;
    expect(manifestSigningText(reversed)).toBe(manifestSigningText(manifest));
  });
});

describe("the desk's list of registered reporters", () => {
  const reporter = { name: '孙立新', publicKey: realKey, fingerprint: FINGERPRINT, addedAt: AT };
  const registry = {
    format: 'kfq-reporters',
    version: 1,
    reporters: [reporter],
    bindings: [{ packageId: 'harbour-report', publicKey: realKey }],
  };

  it('accepts a list of reporters and the package ids bound to their keys', () => {
    expectAccepted(reporterRegistrySchema, registry, 'a registry');
    expectAccepted(reporterRegistrySchema, { ...registry, reporters: [], bindings: [] }, 'an empty registry');
  });

  itFollowsFieldRules(registeredReporterSchema, reporter, [
    {
      rule: 'a registered fingerprint is 32 lower-case hex digits, ungrouped',
      path: 'fingerprint',
      accepts: [FINGERPRINT, 'fedcba9876543210'.repeat(2)],
      refuses: [
        FINGERPRINT.slice(1),
        `${FINGERPRINT}0`,
        `0${FINGERPRINT}`,
        FINGERPRINT.toUpperCase(),
        formatFingerprint(FINGERPRINT),
        'g'.repeat(32),
      ],
    },
    { rule: 'a registered name follows the name rules', path: 'name', accepts: ['李'], refuses: ['', '李\u202e'], chinese: true },
  ]);

  itFollowsFieldRules(reporterRegistrySchema, registry, [
    { rule: 'the registry format is kfq-reporters', path: 'format', accepts: ['kfq-reporters'], refuses: ['', PUBLIC_KEY_FORMAT] },
    { rule: 'a binding names a valid package id', path: 'bindings.0.packageId', accepts: ['abc'], refuses: ['ab', 'Harbour'] },
    { rule: 'a binding names a 32-byte key', path: 'bindings.0.publicKey', accepts: keys, refuses: ['AA='], chinese: true },
  ]);

  it('refuses unknown fields in a reporter or a binding', () => {
    expectRefused(reporterRegistrySchema, { ...registry, reporters: [{ ...reporter, role: 'x' }] }, 'an extra reporter field');
    expectRefused(reporterRegistrySchema, { ...registry, bindings: [{ ...registry.bindings[0], note: 'x' }] }, 'an extra binding field');
  });
});
