// The slices each editor face is registered in (one CSS FontFace per slice, with its
// unicode-range), so that the browser loads and keeps only the slices the screen's text uses: a
// whole face is 10–15 MB, and with no CJK system font Chromium holds every face it drew with,
// decoded. The common characters (GB 2312 level 1) come in a few slices of their own; everything
// else in slices by Unicode block. Slices do not overlap, so a character never loads two of them;
// together they cover every code point. Served by electron/main/font-slices.ts.
import { COMMON_HANZI } from './common-hanzi';

/** Inclusive code point ranges. */
export type CodeRange = readonly [number, number];

/** How many slices the common characters are cut into: ordinary copy needs all of them. */
const COMMON_PARTS = 2;

/**
 * Block slices, in order, before the common characters are taken out of them. The first holds
 * the punctuation, Latin and full-width forms of every Chinese text; the unified ideographs come
 * in chunks of 2,048 code points.
 */
function blockSlices(): CodeRange[][] {
  const slices: CodeRange[][] = [
    [
      [0x0000, 0x00ff],
      [0x2000, 0x206f],
      [0x3000, 0x303f],
      [0xff00, 0xffef],
    ],
    [[0x0100, 0x1fff]],
    [[0x2070, 0x2fff]],
    [[0x3040, 0x33ff]],
    [[0x3400, 0x4dff]],
  ];
  for (let start = 0x4e00; start <= 0x9fff; start += 0x800) slices.push([[start, Math.min(start + 0x7ff, 0x9fff)]]);
  slices.push(
    [[0xa000, 0xabff]],
    [[0xac00, 0xd7ff]],
    [[0xd800, 0xf8ff]],
    [
      [0xf900, 0xfeff],
      [0xfff0, 0xffff],
    ],
    [[0x10000, 0x1ffff]],
    [[0x20000, 0x10ffff]],
  );
  return slices;
}

/** Ranges of consecutive code points of a sorted list. */
function toRanges(points: readonly number[]): CodeRange[] {
  const ranges: Array<[number, number]> = [];
  for (const point of points) {
    const last = ranges[ranges.length - 1];
    if (last !== undefined && point === last[1] + 1) last[1] = point;
    else ranges.push([point, point]);
  }
  return ranges;
}

/** `ranges` without the sorted `points`. */
function without(ranges: readonly CodeRange[], points: readonly number[]): CodeRange[] {
  const result: CodeRange[] = [];
  for (const [start, end] of ranges) {
    let from = start;
    for (const point of points) {
      if (point < from || point > end) continue;
      if (point > from) result.push([from, point - 1]);
      from = point + 1;
    }
    if (from <= end) result.push([from, end]);
  }
  return result;
}

let slices: CodeRange[][] | undefined;

/** Every slice's ranges; a slice's number is its index. */
export function uiFontSlices(): readonly (readonly CodeRange[])[] {
  if (slices) return slices;
  const common = [...new Set(Array.from(COMMON_HANZI, (char) => char.codePointAt(0) ?? 0))].sort((a, b) => a - b);
  const size = Math.ceil(common.length / COMMON_PARTS);
  const commonSlices = Array.from({ length: COMMON_PARTS }, (_, part) => toRanges(common.slice(part * size, (part + 1) * size)));
  const blocks = blockSlices().map((ranges) => without(ranges, common));
  // The basic slice first, then the common characters, then the rarer blocks.
  slices = [blocks[0]!, ...commonSlices, ...blocks.slice(1)];
  return slices;
}

/** Whether a code point lies in a slice's ranges (sorted and disjoint, as every slice's are). */
export function inSlice(ranges: readonly CodeRange[], codePoint: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const [start, end] = ranges[middle]!;
    if (codePoint < start) high = middle - 1;
    else if (codePoint > end) low = middle + 1;
    else return true;
  }
  return false;
}

/** A slice's ranges as a CSS unicode-range value. */
export function unicodeRange(ranges: readonly CodeRange[]): string {
  const hex = (point: number) => point.toString(16).toUpperCase();
  return ranges.map(([start, end]) => (start === end ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`)).join(', ');
}
