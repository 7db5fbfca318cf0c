// The PDF writer: display pages → a print-ready PDF (PDF/X-1a:2001-style, DeviceCMYK, fonts
// subset and embedded, page boxes set). It reads the display list only, and the same pages with
// the same options always give the same bytes.
import type { DisplayPage } from '../../../shared/display/display-list';
import { DomainError } from '../../../shared/model/errors';
import type { FontSource } from './font-resources';
import { DocumentFonts } from './font-resources';
import { DocumentImages, type PrintImageCache } from './image-items';
import { pageGeometry } from './page-geometry';
import type { DocumentParts } from './page-writer';
import { writePage } from './page-writer';
import { createDocument } from './pdfkit-internals';
import { setUpPrintConditions } from './print-conditions';

export type { FontSource } from './font-resources';

export interface WritePdfOptions {
  /** Bleed around the trim, in mm (0 or 3). */
  bleedMm: number;
  /** Crop marks in a 10 mm slug outside the bleed. */
  cropMarks: boolean;
  info: {
    title: string;
    subject?: string;
    /** The date, not the clock: it is also CreationDate, ModDate and the file ID's seed. */
    creationDate: Date;
    creator?: string;
  };
  fonts: FontSource;
  /** The file of a photo asset, or undefined when it is missing (a placeholder is drawn). */
  assetPath?: (assetId: string) => string | undefined;
  /** Photos converted by earlier exports (the same photo placed the same way gives the same bytes). */
  printCache?: PrintImageCache;
  /** Called after each page with its 0-based index. */
  onPage?: (index: number, total: number) => void;
  /** Stops the writing between pages: the promise rejects with CANCELLED and nothing is returned. */
  signal?: AbortSignal;
}

/** The refusal of an export stopped by the user. */
export function exportCancelled(): DomainError {
  return new DomainError('CANCELLED', '导出已取消。');
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw exportCancelled();
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export async function writePdf(pages: readonly DisplayPage[], options: WritePdfOptions): Promise<Buffer> {
  throwIfCancelled(options.signal);
  if (pages.length === 0) throw new DomainError('INVALID_ARGUMENT', '没有可导出的版面。');
  if (Number.isNaN(options.info.creationDate.getTime())) throw new DomainError('INVALID_ARGUMENT', '导出日期无效。');
  const doc = createDocument({ ...options.info });
  const chunks: Buffer[] = [];
  const written = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const parts: DocumentParts = {
    doc,
    fonts: new DocumentFonts(doc, options.fonts),
    images: new DocumentImages(doc, options.assetPath, pages, options.printCache),
    graphicsStates: setUpPrintConditions(doc),
  };
  // A cancel drops the document unfinished: an error it might still emit must not go unhandled.
  written.catch(() => undefined);
  for (const [index, page] of pages.entries()) {
    throwIfCancelled(options.signal);
    await writePage(parts, page, pageGeometry(page, options.bleedMm, options.cropMarks), options.cropMarks);
    options.onPage?.(index, pages.length);
    // A whole issue takes a while; let the process answer in between pages.
    await nextTurn();
  }
  throwIfCancelled(options.signal);
  parts.fonts.finish();
  doc.end();
  return written;
}
