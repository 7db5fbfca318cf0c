// The open issue as the page view sees it, outside React: its sources (profile, issue, articles),
// the display pages and diagnostics the layout worker sends back, and the glyph outlines to draw
// them with. Components subscribe (useSyncExternalStore) and read immutable snapshots; the
// canvas also reads which areas of a page changed, to repaint only those.
import type { GroupItem } from '../../../shared/display/display-list';
import type { BlockDiagnostics } from '../../../shared/layout/diagnostics';
import type { Article } from '../../../shared/model/article';
import type { Issue } from '../../../shared/model/issue';
import type { PublicationProfile } from '../../../shared/model/profile';
import { GlyphAtlas } from './glyph-atlas';
import { GlyphOutlines } from './glyph-outlines';
import { PhotoImages } from './photo-images';
import { layoutEngine, type LayoutEngine } from './layout-engine';
import type { LayoutAnswer, LayoutSources, WorkerAnswer, WorkerRequest } from './layout-protocol';
import { blockBadges } from './badges';
import { changedAreas, itemBounds } from './item-bounds';
import { applyPatch, type GroupPatch } from './group-patch';
import type { Box } from './page-painter';

export interface PageModel {
  pageId: string;
  label: string;
  index: number;
  width: number;
  height: number;
  groups: GroupItem[];
  /** Goes up whenever the page's drawing changed. */
  revision: number;
  /** Areas that changed at each revision (a full repaint when a painter has fallen further behind). */
  damage: ReadonlyArray<{ revision: number; boxes: Box[] }>;
}

export interface PageDocumentState {
  status: 'loading' | 'ready' | 'failed';
  error?: string;
  profile?: PublicationProfile;
  issue?: Issue;
  pages: readonly PageModel[];
  diagnostics: ReadonlyMap<string, BlockDiagnostics>;
  /** Blocks with a problem worth a mark in the page strip, by page label. */
  problemsByPage: ReadonlyMap<string, number>;
  /** Goes up when a photo has loaded: pages are drawn again with it. */
  photos: number;
  /** The pages and diagnostics answer the latest issue sent (no layout of it is still on its way). */
  settled: boolean;
}

const DAMAGE_HISTORY = 16;

/** The last request number any page document gave the window's one layout worker. */
let requests = 0;

/** An input event the page's next drawing answers: a keystroke in the split editor, or a drag. */
export interface TimedInput {
  time: number;
  kind: 'keystroke' | 'drag';
}

/** A block has a problem when it shows a badge that is more than information (余N行 is not one). */
export function hasProblem(diagnostics: BlockDiagnostics): boolean {
  return blockBadges(diagnostics).some((badge) => badge.tone !== 'info');
}

export class PageDocument {
  readonly outlines = new GlyphOutlines();
  readonly atlas = new GlyphAtlas(this.outlines);
  readonly photos = new PhotoImages(window.location.href, () => this.set({ ...this.state, photos: this.state.photos + 1 }));
  private state: PageDocumentState = {
    status: 'loading',
    pages: [],
    diagnostics: new Map(),
    problemsByPage: new Map(),
    photos: 0,
    settled: false,
  };
  /**
   * The articles as last sent to the layout. Not part of the snapshot: a keystroke must not re-render
   * the page view; the layout's answer does.
   */
  private readonly articles = new Map<string, Article>();
  private readonly listeners = new Set<() => void>();
  private readonly engine: LayoutEngine;
  private readonly unlisten: () => void;
  /** Numbers of requests go on across documents: an answer meant for an earlier one is never taken for this one's. */
  private seq = requests;
  private answered = requests;
  /** When the input behind the oldest unanswered edit happened (performance.now() time), for the keystroke-to-paint figure. */
  private inputAt: TimedInput | undefined;
  private pendingInput = new Map<number, TimedInput>();
  /** Seq of the answer each page revision came from, and the input time it answers. */
  readonly paintedInput = new Map<string, TimedInput>();

  constructor() {
    this.engine = layoutEngine();
    this.unlisten = this.engine.listen((answer) => this.receive(answer));
    this.engine.fontsReady.catch((error: unknown) => this.fail(`字体载入失败：${error instanceof Error ? error.message : String(error)}`));
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): PageDocumentState => this.state;

  /** The photo assets the last `open` said exist. */
  presentAssets: readonly string[] = [];

  /** Tells the layout which page is in view, so that an open draws it first. */
  focus(label: string): void {
    this.focusLabel = label;
    this.engine.post({ type: 'focus', label });
  }

  private focusLabel: string | undefined;

  open(sources: LayoutSources): void {
    this.presentAssets = sources.presentAssets;
    this.articles.clear();
    for (const article of sources.articles) this.articles.set(article.id, article);
    this.set({
      status: 'loading',
      profile: sources.profile,
      issue: sources.issue,
      pages: [],
      diagnostics: new Map(),
      problemsByPage: new Map(),
      photos: this.state.photos,
      settled: false,
    });
    this.post({ type: 'open', seq: (this.seq = ++requests), sources, ...(this.focusLabel ? { focus: this.focusLabel } : {}) });
  }

  /** A changed article (live edit or saved): the page reflows. */
  updateArticle(article: Article): void {
    this.articles.set(article.id, article);
    this.post({ type: 'article', seq: (this.seq = ++requests), article });
  }

  updateIssue(issue: Issue): void {
    // Nothing on screen changes until the layout answers: the snapshot is replaced without telling
    // the subscribers, so a drag step does not render the page view an extra time.
    this.state = { ...this.state, issue, settled: false };
    this.post({ type: 'issue', seq: (this.seq = ++requests), issue });
  }

  /** The article as the layout last received it. */
  article(id: string): Article | undefined {
    return this.articles.get(id);
  }

  /** The time of the input event that led to the next edit (for the keystroke-to-paint measure). */
  noteInput(timeStamp: number, kind: TimedInput['kind'] = 'keystroke'): void {
    this.inputAt ??= { time: timeStamp, kind };
  }

  /** The noted input changed nothing to lay out (a refused drag step): it must not be charged to a later edit. */
  dropInput(): void {
    this.inputAt = undefined;
  }

  /** The input time the page's current drawing answers, once: the canvas measures from it after painting. */
  takeInputTime(label: string): TimedInput | undefined {
    const time = this.paintedInput.get(label);
    this.paintedInput.delete(label);
    return time;
  }

  dispose(): void {
    this.unlisten();
    this.listeners.clear();
  }

  private post(request: WorkerRequest): void {
    if ((request.type === 'article' || request.type === 'issue') && this.inputAt !== undefined) {
      this.pendingInput.set(request.seq, this.inputAt);
      this.inputAt = undefined;
    }
    this.engine.post(request);
  }

  private fail(message: string): void {
    this.set({ ...this.state, status: 'failed', error: message });
  }

  private receive(answer: WorkerAnswer): void {
    if (answer.type === 'fonts-ready' || answer.type === 'prepared') return;
    if (answer.type === 'error') {
      if (answer.seq !== 0) this.fail(answer.seq < 0 ? answer.message : `排版失败：${answer.message}`);
      return;
    }
    if (answer.seq < this.answered) return;
    this.answered = answer.seq;
    this.apply(answer);
  }

  private apply(answer: LayoutAnswer): void {
    if (!performance.getEntriesByName('kfq:first-layout').length) performance.mark('kfq:first-layout');
    this.outlines.add(answer.outlines, answer.unitsPerEm);
    // The earliest input this answer covers: every edit up to its seq is in it.
    let inputAt: TimedInput | undefined;
    for (const [seq, input] of this.pendingInput) {
      if (seq > answer.seq) continue;
      if (inputAt === undefined || input.time < inputAt.time) inputAt = input;
      this.pendingInput.delete(seq);
    }
    const previous = new Map(this.state.pages.map((page) => [page.pageId, page]));
    // A patch rests on the group last received for its block, on whatever page that was.
    const held = answer.fresh
      ? new Map<string, GroupItem>()
      : new Map(this.state.pages.flatMap((page) => page.groups.map((g) => [g.blockId, g])));
    const resolve = (group: GroupItem | GroupPatch): GroupItem | undefined => {
      if (group.type !== 'patch') return group;
      const before = held.get(group.blockId);
      try {
        return before && applyPatch(before, group);
      } catch {
        return undefined;
      }
    };
    const received = answer.pages.map((update) => update.groups.map(resolve));
    if (received.some((groups) => groups.includes(undefined))) {
      // Not what the worker thinks this document holds (an answer meant for an earlier one): start afresh.
      this.reopen();
      return;
    }
    const pages = answer.pages.map((update, index): PageModel => {
      const old = answer.fresh ? undefined : previous.get(update.pageId);
      const oldGroups = new Map((old?.groups ?? []).map((group) => [group.blockId, group]));
      const changed = new Map((received[index] as GroupItem[]).map((group) => [group.blockId, group]));
      const groups = update.order.flatMap((id) => {
        const group = changed.get(id) ?? oldGroups.get(id);
        return group ? [group] : [];
      });
      const sameOrder =
        old !== undefined && old.groups.length === groups.length && old.groups.every((group, at) => group.blockId === update.order[at]);
      if (old && sameOrder && changed.size === 0 && old.width === update.width && old.height === update.height) {
        // The same object for an unchanged page: memoised miniatures and canvases skip it.
        return old.index === index ? old : { ...old, index };
      }
      const revision = (old?.revision ?? 0) + 1;
      const boxes = sameOrder
        ? [...changed.values()].flatMap((group) => {
            const before = oldGroups.get(group.blockId);
            return before ? changedAreas(before.items, group.items) : [itemBounds(group)];
          })
        : [{ x: 0, y: 0, width: update.width, height: update.height }];
      if (inputAt !== undefined) this.paintedInput.set(update.label, inputAt);
      return {
        pageId: update.pageId,
        label: update.label,
        index,
        width: update.width,
        height: update.height,
        groups,
        revision,
        damage: [...(old?.damage ?? []), { revision, boxes }].slice(-DAMAGE_HISTORY),
      };
    });
    const diagnostics = new Map<string, BlockDiagnostics>();
    const changedDiagnostics = new Map(answer.diagnostics.map((entry) => [entry.blockId, entry]));
    for (const blockId of answer.diagnosticBlocks) {
      const entry = changedDiagnostics.get(blockId) ?? (answer.fresh ? undefined : this.state.diagnostics.get(blockId));
      if (entry) diagnostics.set(blockId, entry);
    }
    const problemsByPage = new Map<string, number>();
    for (const entry of diagnostics.values()) {
      if (hasProblem(entry)) problemsByPage.set(entry.pageLabel, (problemsByPage.get(entry.pageLabel) ?? 0) + 1);
    }
    const settled = answer.seq === this.seq;
    this.set({ ...this.state, status: 'ready', error: undefined, pages, diagnostics, problemsByPage, settled });
  }

  /** Asks the layout for everything again, from the sources as this document holds them. */
  private reopen(): void {
    const { profile, issue } = this.state;
    if (!profile || !issue) return;
    this.post({
      type: 'open',
      seq: (this.seq = ++requests),
      sources: { profile, issue, articles: [...this.articles.values()], presentAssets: [...this.presentAssets] },
      ...(this.focusLabel ? { focus: this.focusLabel } : {}),
    });
  }

  private set(next: PageDocumentState): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}
