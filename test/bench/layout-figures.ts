// Layout timings of one stored issue, taken in a fresh process: cold first layout, warm full
// layouts, and the relayout after a one-character edit of one article (cached chains reused).
import { loadBundledFonts } from '../../electron/services/fonts/bundled-fonts';
import { openWorkspace } from '../../electron/services/workspace-store';
import { layoutStoredIssue } from '../../electron/services/layout/issue-layout';
import { LayoutCache } from '../../shared/layout/layout-cache';
import { layoutIssue } from '../../shared/layout/layout-issue';
import { articleCharCount, type Article } from '../../shared/model/article';

export interface LayoutFigures {
  pages: number;
  blocks: number;
  bodyChars: number;
  fontLoadMs: number;
  coldMs: number;
  warmMs: number;
  relayoutMs: number;
  runs: number;
  peakRssMb: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The article with one character inserted in its first paragraph: a new object, as an edit makes. */
function edited(article: Article, round: number): Article {
  const index = article.content.findIndex((node) => node.type === 'paragraph');
  const content = article.content.map((node, position) =>
    position === index
      ? { ...node, children: [{ text: `${round % 2 ? '新' : '改'}${node.children.map((leaf) => leaf.text).join('')}` }] }
      : node,
  );
  return { ...article, content };
}

export async function measureLayout(dir: string): Promise<LayoutFigures> {
  const started = performance.now();
  const fonts = await loadBundledFonts();
  const fontLoadMs = performance.now() - started;
  const store = await openWorkspace(dir, { readOnly: true });
  try {
    const coldStart = performance.now();
    const stored = await layoutStoredIssue(store, undefined, { fonts });
    const coldMs = performance.now() - coldStart;
    const { profile, issue, articles } = stored;
    const runs = 15;
    const warm: number[] = [];
    for (let round = 0; round < runs; round += 1) {
      const start = performance.now();
      layoutIssue({ profile, issue, articles, fonts });
      warm.push(performance.now() - start);
    }
    const cache = new LayoutCache();
    layoutIssue({ profile, issue, articles, fonts }, cache);
    const target = [...articles.values()].sort((a, b) => articleCharCount(b.content) - articleCharCount(a.content))[0]!;
    const relayout: number[] = [];
    for (let round = 0; round < runs; round += 1) {
      const changed = new Map(articles);
      changed.set(target.id, edited(target, round));
      const start = performance.now();
      layoutIssue({ profile, issue, articles: changed, fonts }, cache);
      relayout.push(performance.now() - start);
    }
    return {
      pages: issue.pages.length,
      blocks: stored.layout.diagnostics.length,
      bodyChars: [...articles.values()].reduce((sum, article) => sum + articleCharCount(article.content), 0),
      fontLoadMs,
      coldMs,
      warmMs: median(warm),
      relayoutMs: median(relayout),
      runs,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    };
  } finally {
    await store.close();
  }
}
