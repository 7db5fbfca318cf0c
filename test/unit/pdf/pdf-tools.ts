// The outside tools the PDF tests judge output with: poppler (pdfinfo, pdffonts, pdftoppm),
// Ghostscript's ink coverage, qpdf, the shared preflight script, and pdf.js for text extraction.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The shared preflight script beside the project (../shared); tests using it skip when it is absent. */
export const PDF_CHECK = path.resolve(__dirname, '../../../../shared/tools/pdf-check.sh');
export const HAS_PDF_CHECK = existsSync(PDF_CHECK);

export function run(command: string, args: string[]): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Page 1's size and boxes as pdfinfo reports them. */
export function pageBoxes(file: string): { width: number; height: number; boxes: Record<string, Box> } {
  const out = execFileSync('pdfinfo', ['-box', file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out);
  const boxes: Record<string, Box> = {};
  for (const match of out.matchAll(/^(\w+Box):\s+([\d.-]+)\s+([\d.-]+)\s+([\d.-]+)\s+([\d.-]+)/gm)) {
    boxes[match[1]!] = { x1: Number(match[2]), y1: Number(match[3]), x2: Number(match[4]), y2: Number(match[5]) };
  }
  return { width: Number(size?.[1]), height: Number(size?.[2]), boxes };
}

/** pdffonts' table: name and the emb/sub/uni columns of each font. */
export function fonts(file: string): Array<{ name: string; type: string; emb: string; sub: string; uni: string }> {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    const cells = line.trim().split(/\s+/);
    const n = cells.length;
    return { name: cells[0]!, type: cells.slice(1, n - 6).join(' '), emb: cells[n - 5]!, sub: cells[n - 4]!, uni: cells[n - 3]! };
  });
}

export interface GreyImage {
  width: number;
  height: number;
  /** 0 = black … 255 = white, one byte per pixel. */
  pixels: Uint8Array;
}

/** Page 1 rendered in grey at `dpi` (72: one pixel per point). */
export function renderGrey(file: string, dir: string, dpi = 72): GreyImage {
  const base = path.join(dir, `render-${dpi}`);
  execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-f', '1', '-l', '1', '-singlefile', file, base]);
  const bytes = readFileSync(`${base}.pgm`);
  // P5 header: magic, width, height, maxval, each followed by whitespace.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (header === null) throw new Error('not a PGM');
  return { width: Number(header[1]), height: Number(header[2]), pixels: bytes.subarray(header[0].length) };
}

/** Ghostscript's ink coverage of page 1: fractions of the page covered by C, M, Y and K. */
export function inkCoverage(file: string): { c: number; m: number; y: number; k: number } {
  const out = execFileSync('gs', ['-q', '-o', '-', '-sDEVICE=inkcov', '-dFirstPage=1', '-dLastPage=1', file], { encoding: 'utf8' });
  const fields = out
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .find((words) => words[4] === 'CMYK' && words.slice(0, 4).every((word) => /^[\d.]+$/.test(word)));
  if (fields === undefined) throw new Error(`no ink coverage in: ${out}`);
  return { c: Number(fields[0]), m: Number(fields[1]), y: Number(fields[2]), k: Number(fields[3]) };
}

/** The uncompressed form of the file (qpdf's QDF), to look at operators and dictionaries. */
export function qdf(file: string): string {
  const out = `${file}.qdf`;
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, out]);
  return readFileSync(out, 'latin1');
}

/** Text of every page through pdf.js, the way a viewer's copy and search see it. */
export async function extractText(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await document.destroy();
  return pages;
}
