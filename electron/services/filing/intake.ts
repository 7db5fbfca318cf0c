// Carries a valid package into the library as a 已提交 manuscript, following intake-rules.ts.
// Writes go through the store with the revision they were decided on, so a desk edit saved in
// between makes the decision run again instead of being replaced.
import type { Article, ArticleSource } from '../../../shared/model/article';
import { articleIdSchema } from '../../../shared/model/article';
import { DomainError } from '../../../shared/model/errors';
import type { WorkspaceStore } from '../workspace-store';
import { decideIntake, type IntakeDecision } from './intake-rules';
import type { DraftPackage } from './package-reader';

export type IntakeStatus = 'new' | 'updated' | 'duplicate' | 'conflict';

export interface IntakeResult {
  status: IntakeStatus;
  article: Article;
  message: string;
}

const ATTEMPTS = 3;

async function lineOf(store: WorkspaceStore, packageId: string): Promise<Article[]> {
  const ids = (await store.listArticles()).filter((entry) => entry.source?.packageId === packageId).map((entry) => entry.id);
  return Promise.all(ids.map((id) => store.getArticle(id)));
}

/** `base`, or base-2, base-3 … when an unrelated manuscript already has that id. */
async function freeId(store: WorkspaceStore, base: string): Promise<string> {
  const taken = new Set((await store.listArticles()).map((entry) => entry.id));
  for (let n = 1; n < 100; n += 1) {
    const id = n === 1 ? base : `${base.slice(0, 60)}-${n}`;
    if (!taken.has(id) && articleIdSchema.safeParse(id).success) return id;
  }
  throw new DomainError('INTERNAL', '无法为来稿生成稿件编号。', base);
}

function messageFor(decision: IntakeDecision, headline: string, revision: number): string {
  const title = `《${headline}》（第${revision}版）`;
  switch (decision.kind) {
    case 'new':
      return `收到来稿：${title}`;
    case 'update':
      return `收到来稿：${title}，已更新稿件，上一版保留在修订记录中`;
    case 'duplicate':
      return decision.newerRevision === null
        ? `重复来稿：${title}已经收到过，未作改动`
        : `较旧的来稿：${title}，已收到第${decision.newerRevision}版，未作改动`;
    case 'conflict':
      return decision.reason === 'edited'
        ? `来稿冲突：${title}——编辑部已修改过这篇稿件，来稿另存为一篇新稿件，两个版本都已保留`
        : `来稿冲突：${title}——这篇稿件已审定或已上版，来稿另存为一篇新稿件，两个版本都已保留`;
  }
}

async function carryOut(store: WorkspaceStore, pkg: DraftPackage, decision: IntakeDecision, receivedAt: string): Promise<IntakeResult> {
  const { manifest, article: incoming } = pkg;
  const message = messageFor(decision, pkg.headline, manifest.revision);
  if (decision.kind === 'duplicate') return { status: 'duplicate', article: decision.article, message };
  // Photos first: content-addressed, so a photo already here is not written again.
  for (const photo of pkg.photos) await store.putAsset(photo.bytes);
  const source: ArticleSource = {
    packageId: manifest.packageId,
    revision: manifest.revision,
    contentHash: pkg.contentHash,
    author: manifest.author,
    receivedAt,
  };
  const common = {
    content: incoming.content,
    author: incoming.author,
    createdAt: incoming.createdAt,
    note: `收到来稿第${manifest.revision}版`,
  };
  if (decision.kind === 'update') {
    const { conflictOf } = decision.article.source ?? {};
    const article = await store.putReceivedArticle({
      ...common,
      id: decision.article.id,
      expectRev: decision.article.rev,
      source: conflictOf ? { ...source, conflictOf } : source,
    });
    return { status: 'updated', article, message };
  }
  if (decision.kind === 'new') {
    const article = await store.putReceivedArticle({ ...common, id: await freeId(store, manifest.packageId), expectRev: null, source });
    return { status: 'new', article, message };
  }
  const article = await store.putReceivedArticle({
    ...common,
    id: await freeId(store, `${manifest.packageId}-r${manifest.revision}`),
    expectRev: null,
    source: { ...source, conflictOf: { articleId: decision.base.id, reason: decision.reason } },
  });
  return { status: 'conflict', article, message };
}

export async function receiveDraft(store: WorkspaceStore, pkg: DraftPackage, now: () => Date = () => new Date()): Promise<IntakeResult> {
  for (let attempt = 1; ; attempt += 1) {
    const line = await lineOf(store, pkg.manifest.packageId);
    const unsaved = new Set((await store.listRecoveries()).map((entry) => entry.articleId));
    const decision = decideIntake(line, { revision: pkg.manifest.revision, contentHash: pkg.contentHash }, unsaved);
    try {
      return await carryOut(store, pkg, decision, now().toISOString());
    } catch (error) {
      // CONFLICT: the desk saved (or another package landed) between deciding and writing.
      if (!(error instanceof DomainError && error.code === 'CONFLICT') || attempt >= ATTEMPTS) throw error;
    }
  }
}
