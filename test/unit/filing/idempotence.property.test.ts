// Properties over generated drafts: a package imported a second time changes nothing on disk; any
// sequence of revisions, delivered in any order and repeated, never loses the newest text; and no
// damage to a package's bytes makes the reader do anything but accept it or refuse it cleanly.
import fc from 'fast-check';
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textElement, type ArticleNode } from '../../../shared/model/article';
import { DomainError } from '../../../shared/model/errors';
import { receivePackageFile } from '../../../electron/services/filing/inbox';
import { readDraftPackage } from '../../../electron/services/filing/package-reader';
import { buildDraftPackage, type BuiltPackage } from '../../../electron/services/filing/package-writer';
import { SCHEMA_VERSION } from '../../../shared/model/version';
import type { Article } from '../../../shared/model/article';
import { deliver, makeWorld, treeOutsideInbox, type FilingWorld } from './filing-fixtures';

const hanzi = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((code) => String.fromCharCode(code));
const text = fc
  .array(fc.oneof(hanzi, hanzi, hanzi, fc.constantFrom('，', '。', '“', '”', ' ', 'A', '3', '%')), { minLength: 1, maxLength: 40 })
  .map((chars) => chars.join(''));
const content: fc.Arbitrary<ArticleNode[]> = fc
  .record({ headline: text, paragraphs: fc.array(text, { minLength: 1, maxLength: 5 }), bold: fc.boolean() })
  .map(({ headline, paragraphs, bold }) => [
    textElement('headline', headline),
    ...paragraphs.map((paragraph, index) =>
      index === 0 && bold
        ? { type: 'paragraph' as const, children: [{ text: paragraph, bold: true as const }] }
        : textElement('paragraph', paragraph),
    ),
  ]);

function draft(nodes: ArticleNode[]): Article {
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'article',
    id: 'a-20250512-5eed5eed',
    status: 'draft',
    author: '王波',
    createdAt: '2025-05-12T07:00:00.000Z',
    updatedAt: '2025-05-12T07:00:00.000Z',
    rev: 1,
    content: nodes,
    revisions: [],
  };
}

function packageOf(nodes: ArticleNode[], revision: number): BuiltPackage {
  return buildDraftPackage(
    draft(nodes),
    new Map(),
    {
      packageId: 'a-20250512-5eed5eed-1a2b3c4d',
      revision,
      createdAt: `2025-05-12T0${revision % 10}:00:00.000Z`,
      author: '王波',
    },
    world.signer,
  );
}

let world: FilingWorld;
beforeEach(async () => {
  world = await makeWorld();
});
afterEach(async () => {
  await world.close();
});

let delivered = 0;
async function receive(built: BuiltPackage) {
  delivered += 1;
  return receivePackageFile(world.desk, await deliver(world.deskDir, `${delivered}-${built.fileName}`, built.bytes));
}

describe('importing packages', () => {
  it('changes nothing when the same package arrives a second time', async () => {
    await fc.assert(
      fc.asyncProperty(content, fc.integer({ min: 1, max: 9 }), async (nodes, revision) => {
        const built = packageOf(nodes, revision);
        await receive(built);
        const before = await treeOutsideInbox(world.deskDir);
        const again = await receive(built);
        expect(again?.status).toBe('duplicate');
        expect(await treeOutsideInbox(world.deskDir)).toEqual(before);
      }),
      { numRuns: 25 },
    );
  });

  it('ends with the newest revision as the current text, whatever the order, and repeats change nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(content, { minLength: 1, maxLength: 4, selector: (nodes) => JSON.stringify(nodes) }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        async (versions, order) => {
          const world2 = await makeWorld();
          const previous = world;
          world = world2;
          try {
            const packages = versions.map((nodes, index) => packageOf(nodes, index + 1));
            const sequence = [...order.map((n) => packages[n % packages.length]!), ...packages];
            for (const built of sequence) await receive(built);
            const received = (await world.desk.listArticles()).filter((entry) => entry.source);
            expect(received).toHaveLength(1);
            const article = await world.desk.getArticle(received[0]!.id);
            expect(article.content).toEqual(versions.at(-1));
            const before = await treeOutsideInbox(world.deskDir);
            for (const built of packages) expect((await receive(built))?.status).toBe('duplicate');
            expect(await treeOutsideInbox(world.deskDir)).toEqual(before);
          } finally {
            world = previous;
            await world2.close();
          }
        },
      ),
      { numRuns: 10 },
    );
  });
});

describe('reading damaged packages', () => {
  it('accepts or refuses with a DomainError, never anything else', async () => {
    const built = packageOf([textElement('headline', '园区新闻'), textElement('paragraph', '正文内容。')], 1);
    expect(readDraftPackage(built.bytes).headline).toBe('园区新闻');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        (flips, cut) => {
          const bytes = Uint8Array.from(built.bytes);
          for (const [at, value] of flips) bytes[at % bytes.length] = value;
          const damaged = cut % 3 === 0 ? bytes.subarray(0, cut % bytes.length) : bytes;
          try {
            readDraftPackage(damaged);
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
            expect((error as DomainError).message).toMatch(/[\u4e00-\u9fff]/);
          }
        },
      ),
      { numRuns: 2000 },
    );
    expect(await readFile(world.canaryDir + '/canary.txt', 'utf8')).toContain('金丝雀');
  });
});
