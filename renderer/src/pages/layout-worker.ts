// The page view's layout worker: the same layoutIssue as `kfq export`, over the same font files
// (their metrics and, as pages draw them, their glyph records, fetched from the app's /fonts/), with
// one LayoutCache for the life of the page view. Runs off the main thread so typing never waits for
// a relayout; answers carry only what changed.
import type { FontKey, GroupItem } from '../../../shared/display/display-list';
import { glyphOutlinePath } from '../../../shared/fonts/glyph-outline';
import { sfntReaderMetrics } from '../../../shared/fonts/sfnt-metrics';
import { readSfnt } from '../../../shared/fonts/sfnt-reader';
import type { BlockDiagnostics } from '../../../shared/layout/diagnostics';
import { LayoutCache } from '../../../shared/layout/layout-cache';
import { layoutIssue } from '../../../shared/layout/layout-issue';
import type { FontSet } from '../../../shared/layout/styles';
import type { Article } from '../../../shared/model/article';
import { defaultProfile } from '../../../shared/model/default-profile';
import { SAMPLE_ARTICLES } from '../../../shared/sample/sample-articles';
import { buildSampleContent } from '../../../shared/sample/sample-content';
import type { GlyphOutline, LayoutAnswer, LayoutSources, PageUpdate, WorkerAnswer, WorkerRequest } from './layout-protocol';
import type { FaceUrls } from './font-urls';
import { collectGlyphs } from './glyph-collect';
import { diffGroup, patchItems, sameDrawing, type GroupPatch } from './group-patch';
import { GlyphStore } from './glyph-store';

interface LoadedFonts {
  set: FontSet;
  glyphs: Record<FontKey, GlyphStore>;
  unitsPerEm: Record<FontKey, number>;
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerAnswer): void;
}
const scope = self as unknown as WorkerScope;

let fontsPending: Promise<LoadedFonts> | undefined;
let sources: LayoutSources | undefined;
let articles = new Map<string, Article>();
const cache = new LayoutCache();
/** What the other side holds: each block's group as last sent, and the glyph outlines it has. */
let sentGroups = new Map<string, GroupItem>();
/** Each block's diagnostics as last sent, as JSON. */
let sentDiagnostics = new Map<string, string>();
/** Glyph ids whose outlines were sent, by face. */
let sentOutlines = new Map<FontKey, Set<number>>();
let fresh = true;
/** The page to send first after an open; the others follow in a second answer. */
let focus: string | undefined;
let latestSeq = 0;
let scheduled = false;
/** A layout is under way (it may wait for glyph records); requests meanwhile start another after it. */
let running = false;
let again = false;

async function loadFonts(urls: Record<FontKey, FaceUrls>): Promise<LoadedFonts> {
  const keys = Object.keys(urls) as FontKey[];
  const loaded = await Promise.all(
    keys.map(async (key) => {
      const response = await fetch(urls[key].metrics);
      if (!response.ok) throw new Error(`字体文件读取失败（${key}，HTTP ${response.status}）`);
      const reader = readSfnt(new Uint8Array(await response.arrayBuffer()));
      return { key, metrics: sfntReaderMetrics(key, reader), glyphs: new GlyphStore(reader, urls[key].glyphs) };
    }),
  );
  const entries = <T>(pick: (font: (typeof loaded)[number]) => T) =>
    Object.fromEntries(loaded.map((font) => [font.key, pick(font)])) as Record<FontKey, T>;
  return {
    set: entries((font) => font.metrics),
    glyphs: entries((font) => font.glyphs),
    unitsPerEm: entries((font) => font.metrics.unitsPerEm),
  };
}

/** The issue and profile the furniture (masthead, headers, photos, rules) was last sent for. */
let furnitureFrom: { issue: unknown; profile: unknown } | undefined;

/**
 * Lays out a few sample articles once, while nobody waits: the first real layout then runs on
 * compiled code instead of paying the engine's warm-up when a page is opened.
 */
function warmUp(fonts: LoadedFonts): LoadedFonts {
  try {
    const sample = buildSampleContent(defaultProfile(), '2025-01-01T00:00:00.000Z', SAMPLE_ARTICLES.slice(0, 4), fonts.set);
    layoutIssue({
      profile: defaultProfile(),
      issue: sample.issue,
      articles: new Map(sample.articles.map((a) => [a.id, a])),
      fonts: fonts.set,
    });
  } catch {
    // Only a head start: a failure here shows up, if at all, in the real layout.
  }
  return fonts;
}

/**
 * The groups to send: each new one whole, or as a patch on the group last sent for its block when
 * they share lines (what the page view holds for the block, on whatever page it was).
 */
function changedGroups(
  groups: readonly GroupItem[],
  articleBlocks: ReadonlySet<string>,
  furnitureSame: boolean,
): Array<GroupItem | GroupPatch> {
  const changed: Array<GroupItem | GroupPatch> = [];
  for (const group of groups) {
    const before = sentGroups.get(group.blockId);
    if (before === group) continue;
    // Furniture depends on the issue, the profile and the photo store only: unchanged, it is not compared.
    if (furnitureSame && !articleBlocks.has(group.blockId) && sentGroups.has(group.blockId)) continue;
    // Article chains come from the cache (same object when unchanged); furniture is composed on
    // every layout but small, so it is compared by value.
    if (before !== undefined && !articleBlocks.has(group.blockId) && sameDrawing(before, group)) {
      sentGroups.set(group.blockId, group);
      continue;
    }
    sentGroups.set(group.blockId, group);
    changed.push((before && diffGroup(before, group)) ?? group);
  }
  return changed;
}

function changedDiagnostics(all: readonly BlockDiagnostics[]): BlockDiagnostics[] {
  const changed: BlockDiagnostics[] = [];
  for (const entry of all) {
    // Compared by value: furniture's diagnostics are made anew at every layout, equal or not.
    const json = JSON.stringify(entry);
    if (sentDiagnostics.get(entry.blockId) === json) continue;
    sentDiagnostics.set(entry.blockId, json);
    changed.push(entry);
  }
  return changed;
}

/** Fetches the records of `wanted` not fetched yet, one request per face (usually none while typing). */
async function fetchGlyphRecords(fonts: LoadedFonts, wanted: ReadonlyArray<{ font: FontKey; id: number }>): Promise<void> {
  const missing = (Object.keys(fonts.glyphs) as FontKey[])
    .map((font) => ({
      store: fonts.glyphs[font],
      ids: fonts.glyphs[font].missing(wanted.filter((glyph) => glyph.font === font).map((glyph) => glyph.id)),
    }))
    .filter((face) => face.ids.length > 0);
  if (missing.length > 0) await Promise.all(missing.map((face) => face.store.load(face.ids)));
}

async function newOutlines(fonts: LoadedFonts, groups: ReadonlyArray<GroupItem | GroupPatch>): Promise<GlyphOutline[]> {
  const wanted: Array<{ font: FontKey; id: number }> = [];
  const visit = (font: FontKey, id: number) => {
    let sent = sentOutlines.get(font);
    if (sent === undefined) sentOutlines.set(font, (sent = new Set()));
    if (sent.has(id)) return;
    sent.add(id);
    wanted.push({ font, id });
  };
  // A patch's references name runs whose glyphs went with the group they come from.
  for (const group of groups) collectGlyphs(group.type === 'patch' ? patchItems(group) : group.items, visit);
  try {
    await fetchGlyphRecords(fonts, wanted);
  } catch (error) {
    // Not sent after all: the next answer asks again.
    for (const { font, id } of wanted) sentOutlines.get(font)?.delete(id);
    throw error;
  }
  return wanted.map(({ font, id }) => {
    const reader = fonts.glyphs[font].reader;
    return { font, id, d: glyphOutlinePath(reader, id), bbox: glyphBounds(reader.glyphBytes(id)) };
  });
}

/** A glyph's bounds as its glyf header records them (font units, y up). */
function glyphBounds(bytes: Uint8Array): [number, number, number, number] {
  if (bytes.length < 10) return [0, 0, 0, 0];
  const view = new DataView(bytes.buffer, bytes.byteOffset, 10);
  return [view.getInt16(2), view.getInt16(4), view.getInt16(6), view.getInt16(8)];
}

/** The page view will be sent everything afresh (after an open, or an answer that failed on its way). */
function forgetSent(): void {
  sentGroups = new Map();
  sentDiagnostics = new Map();
  sentOutlines = new Map();
  furnitureFrom = undefined;
  fresh = true;
}

async function run(): Promise<void> {
  scheduled = false;
  running = true;
  const seq = latestSeq;
  /** What the page view holds is recorded as sent before the answer goes: a failure in between forgets it all. */
  let recording = false;
  try {
    if (!fontsPending) throw new Error('字体尚未载入');
    const fonts = await fontsPending;
    if (!sources) return;
    const present = new Set(sources.presentAssets);
    const started = performance.now();
    const composedBefore = cache.stats.composed;
    const layout = layoutIssue(
      { profile: sources.profile, issue: sources.issue, articles, fonts: fonts.set, hasAsset: (id) => present.has(id) },
      cache,
    );
    const layoutMs = performance.now() - started;
    const furnitureSame = furnitureFrom?.issue === sources.issue && furnitureFrom.profile === sources.profile;
    furnitureFrom = { issue: sources.issue, profile: sources.profile };
    const articleBlocks = new Set(sources.issue.pages.flatMap((page) => page.blocks.filter((b) => b.kind === 'article').map((b) => b.id)));
    const pages: PageUpdate[] = [];
    const allChanged: Array<GroupItem | GroupPatch> = [];
    // Right after an open only the page in view is sent: it is drawn while the rest travel.
    const only = fresh && focus !== undefined && layout.pages.some((page) => page.label === focus) ? focus : undefined;
    recording = true;
    for (const page of layout.pages) {
      const groups = page.items.filter((item): item is GroupItem => item.type === 'group');
      const changed = only !== undefined && page.label !== only ? [] : changedGroups(groups, articleBlocks, furnitureSame);
      allChanged.push(...changed);
      pages.push({
        pageId: page.pageId,
        label: page.label,
        width: page.width,
        height: page.height,
        order: groups.map((group) => group.blockId),
        groups: changed,
      });
    }
    const answer: LayoutAnswer = {
      type: 'layout',
      seq,
      fresh,
      pages,
      diagnostics: changedDiagnostics(layout.diagnostics),
      diagnosticBlocks: layout.diagnostics.map((entry) => entry.blockId),
      outlines: await newOutlines(fonts, allChanged),
      unitsPerEm: fonts.unitsPerEm,
      layoutMs,
      composedChains: cache.stats.composed - composedBefore,
    };
    fresh = false;
    scope.postMessage(answer);
    recording = false;
    if (only !== undefined) schedule(seq);
  } catch (error) {
    // Patches must rest on what the page view really has: the next answer sends everything afresh.
    if (recording) forgetSent();
    scope.postMessage({ type: 'error', seq, message: error instanceof Error ? error.message : String(error) });
  } finally {
    running = false;
    if (again) {
      again = false;
      schedule(latestSeq);
    }
  }
}

/**
 * Lays out an issue before it is opened and fetches the glyph records its pages draw with: opening
 * it then finds its chains in the cache and its glyphs at hand. A page view already open comes
 * first; a failure here shows up, if at all, when the issue is opened.
 */
async function prepare(prepared: LayoutSources): Promise<void> {
  try {
    const fonts = await fontsPending;
    if (!fonts || sources) return;
    const started = performance.now();
    const present = new Set(prepared.presentAssets);
    const articlesById = new Map(prepared.articles.map((article) => [article.id, article]));
    const layout = layoutIssue(
      { profile: prepared.profile, issue: prepared.issue, articles: articlesById, fonts: fonts.set, hasAsset: (id) => present.has(id) },
      cache,
    );
    const wanted: Array<{ font: FontKey; id: number }> = [];
    for (const page of layout.pages) collectGlyphs(page.items, (font, id) => wanted.push({ font, id }));
    await fetchGlyphRecords(fonts, wanted);
    scope.postMessage({ type: 'prepared', ms: performance.now() - started } satisfies WorkerAnswer);
  } catch {
    // Only a head start.
  }
}

// A task queued behind the messages already waiting (setTimeout would add its minimum delay).
const wake = new MessageChannel();
wake.port1.onmessage = () => void run();

/** Messages that arrive while a layout is pending are folded into one layout of the latest state. */
function schedule(seq: number): void {
  latestSeq = seq;
  if (running) {
    // One layout at a time: an answer must not overtake the one carrying the outlines it draws with.
    again = true;
    return;
  }
  if (scheduled) return;
  scheduled = true;
  wake.port2.postMessage(null);
}

scope.onmessage = (event) => {
  const request = event.data;
  switch (request.type) {
    case 'fonts': {
      const started = performance.now();
      // Warm up only while no page waits: an issue opened straight away is laid out at once.
      fontsPending ??= loadFonts(request.fontUrls).then((fonts) => (sources ? fonts : warmUp(fonts)));
      fontsPending.then(
        () => scope.postMessage({ type: 'fonts-ready', ms: performance.now() - started }),
        (error: unknown) => scope.postMessage({ type: 'error', seq: 0, message: error instanceof Error ? error.message : String(error) }),
      );
      return;
    }
    case 'focus':
      focus = request.label;
      return;
    case 'prepare':
      void prepare(request.sources);
      return;
    case 'open':
      if (request.focus !== undefined) focus = request.focus;
      sources = request.sources;
      articles = new Map(request.sources.articles.map((article) => [article.id, article]));
      // The cache stays: it knows unchanged chains by their content, and forgets by itself when
      // the profile changes.
      forgetSent();
      break;
    case 'article':
      articles.set(request.article.id, request.article);
      break;
    case 'issue':
      if (sources) sources = { ...sources, issue: request.issue };
      break;
  }
  schedule(request.seq);
};
