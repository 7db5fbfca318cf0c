// Memory between layouts of the same issue, so an edit re-lays only what it touches. A chain is
// reused while its article's revision and content, its blocks, their page labels and the photos it
// can find are the same. Articles are compared by value, never by identity: every IPC call and
// every message to a worker hands over new objects for the same article.
import type { Article } from '../model/article';
import type { PublicationProfile } from '../model/profile';
import type { ComposedBlock } from './chain';
import type { FontSet } from './styles';

/** Where a chain's blocks stood (base column, body line) when it was composed, in chain order. */
export type ChainPlace = ReadonlyArray<{ col: number; line: number }>;

interface Entry {
  article: string;
  key: string;
  place: ChainPlace;
  result: ComposedBlock[];
}

function samePlace(a: ChainPlace, b: ChainPlace): boolean {
  return a.length === b.length && a.every((cell, at) => cell.col === b[at]?.col && cell.line === b[at]?.line);
}

const fingerprints = new WeakMap<Article, string>();

/**
 * What layout reads of an article, as a string: its revision and its content. Kept per object, so
 * an article that arrives once is serialised once however many layouts read it.
 */
export function articleFingerprint(article: Article | undefined): string {
  if (article === undefined) return '';
  let fingerprint = fingerprints.get(article);
  if (fingerprint === undefined) {
    fingerprint = `${article.id}@${article.rev}:${JSON.stringify(article.content)}`;
    fingerprints.set(article, fingerprint);
  }
  return fingerprint;
}

/** The photo assets an article's body shows, in order (for cache keys: their presence changes the layout). */
export function articleAssetIds(article: Article | undefined): string[] {
  if (article === undefined) return [];
  const ids: string[] = [];
  for (const node of article.content) if (node.type === 'photo' && node.assetId !== null) ids.push(node.assetId);
  return ids;
}

export class LayoutCache {
  private profile: PublicationProfile | undefined;
  private profileKey: string | undefined;
  private fonts: FontSet | undefined;
  private chains = new Map<string, Entry>();
  /** Counters for tests and the benchmark: chains composed afresh, reused, and reused moved. */
  readonly stats = { composed: 0, reused: 0, moved: 0 };

  /** Forgets everything when the profile (by value) or the fonts changed: every chain depends on them. */
  begin(profile: PublicationProfile, fonts: FontSet): void {
    // The same object is the same profile; another object is compared by value (once per object).
    if (profile !== this.profile) {
      const profileKey = JSON.stringify(profile);
      if (profileKey !== this.profileKey) this.chains.clear();
      this.profile = profile;
      this.profileKey = profileKey;
    }
    if (fonts !== this.fonts) this.chains.clear();
    this.fonts = fonts;
  }

  /**
   * The chain's composed blocks: reused when nothing it reads changed; when only where its blocks
   * stand changed (`key` leaves positions out), the earlier drawing is shifted by `move`, since
   * text set in a block does not depend on where on the grid the block stands.
   */
  chain(
    startId: string,
    article: Article | undefined,
    key: string,
    place: ChainPlace,
    compose: () => ComposedBlock[],
    move: (result: ComposedBlock[], from: ChainPlace) => ComposedBlock[],
  ): ComposedBlock[] {
    const fingerprint = articleFingerprint(article);
    const entry = this.chains.get(startId);
    if (entry && entry.article === fingerprint && entry.key === key) {
      if (samePlace(entry.place, place)) {
        this.stats.reused += 1;
        return entry.result;
      }
      const result = move(entry.result, entry.place);
      this.chains.set(startId, { article: fingerprint, key, place, result });
      this.stats.moved += 1;
      return result;
    }
    const result = compose();
    this.chains.set(startId, { article: fingerprint, key, place, result });
    this.stats.composed += 1;
    return result;
  }

  /** Drops chains whose first block is gone, so a long session does not keep dead layouts. */
  retain(startIds: ReadonlySet<string>): void {
    for (const id of this.chains.keys()) if (!startIds.has(id)) this.chains.delete(id);
  }
}
