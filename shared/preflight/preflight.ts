// Preflight: the checks an issue passes before it goes to the plant, as pure rules over the issue,
// its layout (display pages and per-block diagnostics), its articles and its photos' pixel sizes.
// Nothing here reads files or the editor's state; each problem names its page and block.
import type { DisplayItem, Ink } from '../display/display-list';
import type { BlockDiagnostics } from '../layout/diagnostics';
import type { Article } from '../model/article';
import type { Issue } from '../model/issue';
import type { Masthead } from '../model/profile';
import { PREFLIGHT_RULES, waives, type PreflightRule, type PreflightWaiver } from '../model/preflight-waiver';
import { STATUS_LABELS } from '../model/status';
import { effectivePpi } from '../photo/photo-crop';

export type PreflightSeverity = 'error' | 'warning';

export { PREFLIGHT_RULES, type PreflightRule };

export interface PreflightProblem {
  rule: PreflightRule;
  severity: PreflightSeverity;
  /** The page label (A1 …). */
  page: string;
  /** The block at fault, or null for the page itself (its 责任编辑). */
  blockId: string | null;
  message: string;
  /** The desk's acceptance of this problem for the issue, when there is one (an error waived no longer blocks export). */
  waiver?: PreflightWaiver;
}

/** A photo's pixel size as displayed (EXIF orientation applied), from the asset store's metadata. */
export interface PhotoSize {
  width: number;
  height: number;
}

export interface PreflightInput {
  issue: Issue;
  masthead: Masthead;
  pages: ReadonlyArray<{ label: string; items: readonly DisplayItem[] }>;
  diagnostics: readonly BlockDiagnostics[];
  articles: ReadonlyMap<string, Article>;
  /** Photos whose size is known; a photo missing here is reported through the layout's diagnostics. */
  photos: ReadonlyMap<string, PhotoSize>;
}

/** Body lines a block may leave empty at its foot before it looks unfinished. */
export const MAX_EMPTY_LINES = 2;
/** Effective resolution of a placed photo: below these it prints soft (warning) or blocky (error). */
export const WARN_PPI = 170;
export const ERROR_PPI = 120;
/** Masthead facts that print on the front page and may not be left empty. */
const MASTHEAD_FIELDS: ReadonlyArray<[keyof Masthead, string]> = [
  ['title', '刊名'],
  ['parentPaper', '主报名称'],
  ['sponsor', '主办单位'],
  ['supervisor', '主管单位'],
  ['cnNumber', '国内统一连续出版物号'],
  ['postalCode', '邮发代号'],
];

function problem(
  rule: PreflightRule,
  severity: PreflightSeverity,
  page: string,
  blockId: string | null,
  message: string,
): PreflightProblem {
  return { rule, severity, page, blockId, message };
}

function blockRules(d: BlockDiagnostics): PreflightProblem[] {
  const found: PreflightProblem[] = [];
  const at = (rule: PreflightRule, severity: PreflightSeverity, message: string) =>
    found.push(problem(rule, severity, d.pageLabel, d.blockId, message));
  if (d.overflowChars > 0 || d.overflowLines > 0)
    at('overflow', 'error', `${d.pageLabel} 版稿件超出版块 ${d.overflowChars} 字（${d.overflowLines} 行）：请删减或加大版块。`);
  if (d.emptyLines > MAX_EMPTY_LINES) at('emptyLines', 'warning', `${d.pageLabel} 版块底部空 ${d.emptyLines} 行：请补足文字或缩小版块。`);
  if (d.emptyFrame) at('emptyBlock', 'error', `${d.pageLabel} 版有空版块，尚未排入稿件。`);
  if (d.missingArticle) at('missingArticle', 'error', `${d.pageLabel} 版块引用的稿件 ${d.articleId ?? ''} 不在工作区中。`);
  if (d.missingImages > 0) at('photoMissing', 'error', `${d.pageLabel} 版有 ${d.missingImages} 个图片框没有图片，导出时只印出占位框。`);
  if (d.unresolvedJump) at('jump', 'error', `${d.pageLabel} 版转版未接通：${d.unresolvedJump}`);
  if (d.missingGlyphs.length > 0)
    at('missingGlyph', 'error', `${d.pageLabel} 版有字库缺少的字：${d.missingGlyphs.join('')}，印出来是空白。`);
  return found;
}

/** Each image placed on a page with the block it belongs to (the group around it). */
function placedImages(
  items: readonly DisplayItem[],
  blockId: string | null,
  out: Array<{ blockId: string | null; item: DisplayItem & { type: 'image' } }>,
): void {
  for (const item of items) {
    if (item.type === 'image') out.push({ blockId, item });
    else if (item.type === 'group') placedImages(item.items, item.blockId, out);
  }
}

function resolutionRules(
  page: { label: string; items: readonly DisplayItem[] },
  photos: ReadonlyMap<string, PhotoSize>,
): PreflightProblem[] {
  const images: Array<{ blockId: string | null; item: DisplayItem & { type: 'image' } }> = [];
  placedImages(page.items, null, images);
  const found: PreflightProblem[] = [];
  for (const { blockId, item } of images) {
    const size = photos.get(item.assetId);
    if (size === undefined || !(item.width > 0 && item.height > 0)) continue;
    // The photo covers its frame, enlarged further by its crop: ppi at the printed size.
    const ppi = Math.floor(effectivePpi(item, size, item.crop));
    if (ppi < ERROR_PPI)
      found.push(
        problem(
          'resolution',
          'error',
          page.label,
          blockId,
          `${page.label} 版图片有效分辨率只有 ${ppi} dpi（至少 ${ERROR_PPI}），印出来会有马赛克：请换更大的原图或缩小图框。`,
        ),
      );
    else if (ppi < WARN_PPI)
      found.push(
        problem(
          'resolution',
          'warning',
          page.label,
          blockId,
          `${page.label} 版图片有效分辨率 ${ppi} dpi（宜在 ${WARN_PPI} 以上），印出来偏虚。`,
        ),
      );
  }
  return found;
}

function isBlackOnly(ink: Ink | null): boolean {
  return ink === null || (ink.c === 0 && ink.m === 0 && ink.y === 0);
}

function colourRules(page: { label: string; items: readonly DisplayItem[] }): PreflightProblem[] {
  const offending = new Set<string | null>();
  const walk = (items: readonly DisplayItem[], blockId: string | null) => {
    for (const item of items) {
      if (item.type === 'group') walk(item.items, item.blockId);
      else if (item.type === 'glyphs' || item.type === 'rule') {
        if (!isBlackOnly(item.ink)) offending.add(blockId);
      } else if (item.type === 'rect' && !(isBlackOnly(item.fill) && isBlackOnly(item.stroke))) offending.add(blockId);
    }
  };
  walk(page.items, null);
  return [...offending].map((blockId) =>
    problem('colour', 'error', page.label, blockId, `${page.label} 版有文字、线条或底纹用了黑色以外的油墨：新闻纸只印黑版（图片除外）。`),
  );
}

function articleRules(issue: Issue, articles: ReadonlyMap<string, Article>): PreflightProblem[] {
  const found: PreflightProblem[] = [];
  const continuations = new Set<string>();
  for (const page of issue.pages)
    for (const block of page.blocks) if (block.kind === 'article' && block.continuesIn !== null) continuations.add(block.continuesIn);
  const firstPlaced = new Map<string, string>();
  for (const page of issue.pages) {
    for (const block of page.blocks) {
      if (block.kind !== 'article' || block.articleId === null || continuations.has(block.id)) continue;
      const earlier = firstPlaced.get(block.articleId);
      if (earlier !== undefined) {
        found.push(problem('placedTwice', 'error', page.label, block.id, `${page.label} 版再次排入了已排在 ${earlier} 版的同一篇稿件。`));
        continue;
      }
      firstPlaced.set(block.articleId, page.label);
      const article = articles.get(block.articleId);
      if (article === undefined) continue;
      const status = article.status === 'placed' ? (article.placement?.previousStatus ?? 'approved') : article.status;
      if (status !== 'approved')
        found.push(
          problem('notApproved', 'warning', page.label, block.id, `${page.label} 版排入的稿件尚未审定（${STATUS_LABELS[status]}）。`),
        );
    }
  }
  return found;
}

function pageRules(issue: Issue, masthead: Masthead): PreflightProblem[] {
  const found: PreflightProblem[] = [];
  for (const page of issue.pages) {
    if (page.editor.trim() === '') found.push(problem('pageEditor', 'error', page.label, null, `${page.label} 版没有填写责任编辑。`));
    const mastheadBlock = page.blocks.find((block) => block.kind === 'masthead');
    if (mastheadBlock === undefined) continue;
    for (const [field, name] of MASTHEAD_FIELDS) {
      if (masthead[field].toString().trim() === '')
        found.push(problem('mastheadField', 'error', page.label, mastheadBlock.id, `${page.label} 版报头的“${name}”是空的。`));
    }
  }
  return found;
}

/** Every problem of the issue, in page order (page-level ones first on each page), errors before warnings within a block. */
export function preflightIssue(input: PreflightInput): PreflightProblem[] {
  const found = [
    ...pageRules(input.issue, input.masthead),
    ...input.diagnostics.flatMap(blockRules),
    ...input.pages.flatMap((page) => [...resolutionRules(page, input.photos), ...colourRules(page)]),
    ...articleRules(input.issue, input.articles),
  ];
  const pageOrder = new Map(input.issue.pages.map((page, index) => [page.label, index]));
  return found
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        (pageOrder.get(a.item.page) ?? 0) - (pageOrder.get(b.item.page) ?? 0) ||
        Number(a.item.blockId !== null) - Number(b.item.blockId !== null) ||
        a.index - b.index,
    )
    .map(({ item }) => {
      const waiver = input.issue.waivers?.find((candidate) => waives(candidate, item));
      return waiver ? { ...item, waiver } : item;
    });
}

export function preflightErrors(problems: readonly PreflightProblem[]): number {
  return problems.filter((item) => item.severity === 'error').length;
}

/** The errors that stop an export: those the desk has not waived. */
export function unwaivedErrors(problems: readonly PreflightProblem[]): PreflightProblem[] {
  return problems.filter((item) => item.severity === 'error' && item.waiver === undefined);
}
