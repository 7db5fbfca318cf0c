// Memory between layouts of the same issue, so an edit re-lays only what it touches: a chain is
// reused while its article (by identity), its blocks, their page labels and the assets are the same.
import type { Article } from '../model/article';
import type { PublicationProfile } from '../model/profile';
import type { ComposedBlock } from './chain';
import type { FontSet } from './styles';

interface Entry {
  article: Article | undefined;
  key: string;
  result: ComposedBlock[];
}

export class LayoutCache {
  private profile: PublicationProfile | undefined;
  private fonts: FontSet | undefined;
  private chains = new Map<string, Entry>();
  /** Counters for tests and the benchmark: chains composed afresh and chains reused. */
  readonly stats = { composed: 0, reused: 0 };

  /** Forgets everything when the profile or the fonts changed (every chain depends on them). */
  begin(profile: PublicationProfile, fonts: FontSet): void {
    if (profile !== this.profile || fonts !== this.fonts) this.chains.clear();
    this.profile = profile;
    this.fonts = fonts;
  }

  chain(startId: string, article: Article | undefined, key: string, compose: () => ComposedBlock[]): ComposedBlock[] {
    const entry = this.chains.get(startId);
    if (entry && entry.article === article && entry.key === key) {
      this.stats.reused += 1;
      return entry.result;
    }
    const result = compose();
    this.chains.set(startId, { article, key, result });
    this.stats.composed += 1;
    return result;
  }
}
