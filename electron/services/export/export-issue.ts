// Export of a stored issue (all pages or a selection) to a print-ready PDF file: layout, PDF
// writing with progress, and a durable write so a crash never leaves half a PDF behind.
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import type { FontKey } from '../../../shared/display/display-list';
import type { ExportProgressCounts, ExportResult } from '../../../shared/ipc/contract';
import { DomainError } from '../../../shared/model/errors';
import { formatChineseDate } from '../../../shared/model/calendar';
import { assertExportable, preflightLaidOut } from '../layout/issue-preflight';
import { createPrintCache } from './print-cache';
import { writeFileDurable } from '../durable-file';
import { FONT_KEYS, loadBundledFont, loadBundledFonts, type BundledFont } from '../fonts/bundled-fonts';
import { layoutIssueSources, readStoredIssueSources } from '../layout/issue-layout';
import { throwIfCancelled, writePdf } from '../pdf/write-pdf';
import type { WorkspaceStore } from '../workspace-store';
import { selectPages } from './page-selection';

export type { ExportProgressCounts, ExportResult } from '../../../shared/ipc/contract';

export interface ExportOptions {
  /** Issue id, date or 期号; the latest issue when absent. */
  issue?: string;
  /** Page selection such as "A1,A3-A5"; all pages when absent. */
  pages?: string;
  bleedMm: number;
  cropMarks: boolean;
  output: string;
  /** Progress: a stage name in Chinese, a fraction 0–1 and how many of the chosen pages are done. */
  onProgress?: (stage: string, fraction: number, counts: ExportProgressCounts) => void;
  /** Cancels the export until the file is written: it rejects with CANCELLED and writes nothing. */
  signal?: AbortSignal;
  /** Exports despite preflight errors nobody waived (kfq export --force); otherwise they refuse it. */
  force?: boolean;
  /** Runs right before the file is written (the API checks its output rules once more). */
  beforeWrite?: (file: string) => Promise<void>;
}

export async function exportIssuePdf(store: WorkspaceStore, options: ExportOptions): Promise<ExportResult> {
  if (!(options.bleedMm >= 0 && options.bleedMm <= 10)) {
    throw new DomainError('INVALID_ARGUMENT', `出血 ${options.bleedMm} 毫米无效，应在 0–10 毫米之间（常用 3 毫米）。`);
  }
  const { signal } = options;
  throwIfCancelled(signal);
  // The font files are read while the issue and its articles are: neither waits for the other.
  const [sources, metrics] = await Promise.all([readStoredIssueSources(store, options.issue), loadBundledFonts()]);
  const { issue, profile } = sources;
  const labels = selectPages(
    issue.pages.map((page) => page.label),
    options.pages,
  );
  const pagesTotal = labels.length;
  const progress = (stage: string, fraction: number, pagesLaidOut: number, pagesWritten: number) =>
    options.onProgress?.(stage, fraction, { pagesLaidOut, pagesWritten, pagesTotal });
  progress('排版', 0, 0, 0);
  throwIfCancelled(signal);
  const laid = layoutIssueSources(sources, metrics);
  if (!options.force) assertExportable(await preflightLaidOut(store, laid));
  const { layout, assetFile } = laid;
  // The same faces the layout measured with (loaded once per process).
  const fonts = new Map<FontKey, BundledFont>(await Promise.all(FONT_KEYS.map(async (key) => [key, await loadBundledFont(key)] as const)));
  const pages = layout.pages.filter((page) => labels.includes(page.label));
  progress('生成 PDF', 0.1, pagesTotal, 0);
  const printCache = createPrintCache(store.info.path);
  const pdf = await writePdf(pages, {
    bleedMm: options.bleedMm,
    cropMarks: options.cropMarks,
    info: {
      title: `${profile.masthead.title} 第${issue.number}期 总第${issue.totalNumber}期`,
      subject: `${profile.masthead.parentPaper} ${formatChineseDate(issue.date)} ${labels.join(' ')}`,
      creationDate: new Date(`${issue.date}T00:00:00Z`),
    },
    fonts: (key) => {
      const font = fonts.get(key);
      if (!font) throw new DomainError('FILE_NOT_FOUND', `缺少字体 ${key}。`);
      return { data: font.data, font: font.font };
    },
    assetPath: assetFile,
    printCache,
    onPage: (index, total) => progress(`生成 PDF：第 ${index + 1}/${total} 版`, 0.1 + (0.85 * (index + 1)) / total, pagesTotal, index + 1),
    signal,
  });
  const file = path.resolve(options.output);
  await options.beforeWrite?.(file);
  // The last moment a cancel counts: from here on the file is written whole.
  throwIfCancelled(signal);
  progress('写入文件', 0.97, pagesTotal, pagesTotal);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileDurable(file, pdf);
  // Derived data: a cache that cannot be written only means converting again next time.
  await printCache.commit().catch(() => undefined);
  const pageList = labels.join(',');
  await store.recordAudit({
    action: 'exported',
    target: { issueId: issue.id, ...(pageList.length <= 100 ? { page: pageList } : {}) },
    detail: `第${issue.number}期 ${labels.join('、')}（${labels.length} 个版面）导出为 ${file}`,
  });
  progress('完成', 1, pagesTotal, pagesTotal);
  return { file, bytes: pdf.length, pages: labels, issueId: issue.id };
}
