// Broken, hostile or newer files are refused with their code and a Chinese message, and nothing
// on disk changes: the whole folder tree is fingerprinted before and after.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../shared/model/errors';
import { SCHEMA_VERSION } from '../../../shared/model/version';
import { initWorkspace, openWorkspace } from '../../../electron/services/workspace-store';
import { CHINESE, DESK_USER, DRAFT_ID, fingerprint, makeTempDir, refusal, removeDir, testContent } from './store-fixtures';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
  await (await initWorkspace(dir, testContent(), { settings: { userName: DESK_USER } })).close();
});
afterEach(async () => {
  await removeDir(dir);
});

const ARTICLE_FILE = `articles/${DRAFT_ID}.json`;
const ISSUE_FILE = 'issues/2025-05-09-14/issue.json';

async function original(file: string): Promise<string> {
  return readFile(path.join(dir, file), 'utf8');
}

/** Ways to spoil a valid document's text, each with the code it must be refused with. */
const SPOILERS: Array<{ name: string; code: ErrorCode; spoil: (text: string) => string }> = [
  { name: 'a truncated file', code: 'FILE_TRUNCATED', spoil: (text) => text.slice(0, Math.floor(text.length / 2)) },
  { name: 'an empty file', code: 'FILE_TRUNCATED', spoil: () => '' },
  { name: 'malformed JSON', code: 'FILE_MALFORMED', spoil: (text) => text.replace('"kind"', 'kind') },
  {
    name: 'a newer schema version',
    code: 'FILE_NEWER_VERSION',
    spoil: (text) => text.replace(`"schemaVersion": ${SCHEMA_VERSION}`, '"schemaVersion": 99'),
  },
  { name: 'a __proto__ key', code: 'FILE_UNSAFE_KEYS', spoil: (text) => text.replace('{', '{"__proto__": {"polluted": true},') },
  {
    name: 'a constructor key',
    code: 'FILE_UNSAFE_KEYS',
    spoil: (text) => text.replace('{', '{"constructor": {"prototype": {"polluted": true}},'),
  },
  { name: 'invalid UTF-8', code: 'FILE_MALFORMED', spoil: (text) => text.replace('营商', '\uFFFD') },
  {
    name: 'content that breaks the schema',
    code: 'FILE_INVALID',
    spoil: (text) => text.replace(`"schemaVersion": ${SCHEMA_VERSION},`, `"schemaVersion": ${SCHEMA_VERSION}, "unexpected": 1,`),
  },
];

async function spoil(file: string, spoiler: (typeof SPOILERS)[number]): Promise<void> {
  const text = spoiler.spoil(await original(file));
  // The invalid-UTF-8 case writes a lone continuation byte where the replacement character stood.
  const bytes = Buffer.from(text, 'utf8');
  const marker = Buffer.from('\uFFFD', 'utf8');
  const at = bytes.indexOf(marker);
  await writeFile(
    path.join(dir, file),
    at >= 0 ? Buffer.concat([bytes.subarray(0, at), Buffer.from([0x80]), bytes.subarray(at + marker.length)]) : bytes,
  );
}

function expectRefused(error: { code: string; message: string }, code: ErrorCode): void {
  expect(error.code).toBe(code);
  expect(error.message).toMatch(CHINESE);
}

describe.each(SPOILERS)('$name', (spoiler) => {
  it('in an article: reading and every write are refused, nothing changes', async () => {
    await spoil(ARTICLE_FILE, spoiler);
    const before = await fingerprint(dir);
    const store = await openWorkspace(dir);
    try {
      expectRefused(await refusal(store.getArticle(DRAFT_ID)), spoiler.code);
      expectRefused(
        await refusal(store.saveArticle({ id: DRAFT_ID, baseRev: 1, content: testContent().articles[1]?.content ?? [], note: '' })),
        spoiler.code,
      );
      expectRefused(await refusal(store.setArticleStatus(DRAFT_ID, 'filed', '')), spoiler.code);
      expectRefused(await refusal(store.deleteArticle(DRAFT_ID)), spoiler.code);
      expect(await store.listRecoveries()).toEqual([]);
    } finally {
      await store.close();
    }
    expect(await fingerprint(dir)).toEqual(before);
  });

  it('in an issue: reading and saving over it are refused, nothing changes', async () => {
    await spoil(ISSUE_FILE, spoiler);
    const before = await fingerprint(dir);
    const store = await openWorkspace(dir);
    try {
      expectRefused(await refusal(store.getIssue('2025-05-09-14')), spoiler.code);
      expectRefused(await refusal(store.saveIssue(testContent().issue)), spoiler.code);
    } finally {
      await store.close();
    }
    expect(await fingerprint(dir)).toEqual(before);
  });

  it('in workspace.json: opening is refused, even read-only, and the lock is not left behind', async () => {
    await spoil('workspace.json', spoiler);
    const before = await fingerprint(dir);
    expectRefused(await refusal(openWorkspace(dir)), spoiler.code);
    expectRefused(await refusal(openWorkspace(dir, { readOnly: true })), spoiler.code);
    expect(await fingerprint(dir)).toEqual(before);
  });
});

describe('oversize input', () => {
  it('refuses a photo over the cap and writes nothing', async () => {
    const before = await fingerprint(dir);
    const store = await openWorkspace(dir);
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(4096)]);
    try {
      expectRefused(await refusal(store.putAsset(jpeg, { maxBytes: 4096 })), 'ASSET_TOO_LARGE');
    } finally {
      await store.close();
    }
    expect(await fingerprint(dir)).toEqual(before);
  });

  it('refuses a document file larger than any real one', async () => {
    const huge = Buffer.alloc(64 * 1024 * 1024 + 1, 0x20);
    await writeFile(path.join(dir, ARTICLE_FILE), huge);
    const before = await fingerprint(dir);
    const store = await openWorkspace(dir);
    try {
      expectRefused(await refusal(store.getArticle(DRAFT_ID)), 'FILE_TOO_LARGE');
    } finally {
      await store.close();
    }
    expect(await fingerprint(dir)).toEqual(before);
  });
});
