// A face's file read without its outlines. The glyf table is 96% of each bundled CJK face (about
// 50 MB for the four); layout never reads it, and a PDF subset needs the outlines of the few
// thousand glyphs a page sets. So every other table is read at once into a buffer the size of the
// file, and glyph outlines are read into their place in it when the PDF writer asks for them: the
// same bytes at the same offsets, so fontkit and our readers see the file as it is, as far as
// they are let read it. The untouched part of the buffer is zero pages the system never maps.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Font } from 'fontkit';
import { DomainError } from '../../../shared/model/errors';
import { tableDirectory, type SfntReader } from '../../../shared/fonts/sfnt-reader';
import { sfntOf } from './fontkit-sfnt';

/** Outline reads closer than this are joined into one read: a system call costs more than 8 KB of copying. */
const JOIN_GAP = 8 * 1024;

export interface FontFile {
  /** The file's bytes; a glyph's outline is in place once `loadGlyphs` has read it. */
  readonly bytes: Buffer;
  /** Reads the outlines of these glyphs that are not read yet; `reader` is the face's table reader over `bytes`. */
  loadGlyphs(reader: SfntReader, glyphIds: Iterable<number>): void;
}

interface Range {
  start: number;
  end: number;
}

function readRanges(file: string, bytes: Buffer, ranges: Range[]): void {
  const sorted = ranges.filter((range) => range.end > range.start).sort((a, b) => a.start - b.start);
  const joined: Range[] = [];
  for (const range of sorted) {
    const last = joined[joined.length - 1];
    if (last !== undefined && range.start - last.end <= JOIN_GAP) last.end = Math.max(last.end, range.end);
    else joined.push({ ...range });
  }
  if (joined.length === 0) return;
  const fd = openSync(file, 'r');
  try {
    for (const { start, end } of joined) {
      let done = 0;
      while (done < end - start) {
        const count = readSync(fd, bytes, start + done, end - start - done, start + done);
        if (count === 0) throw new DomainError('FILE_INVALID', '字体文件读取不完整，请重新安装本软件。', file);
        done += count;
      }
    }
  } finally {
    closeSync(fd);
  }
}

/** Reads every table but glyf. */
export function readFontFile(file: string): FontFile {
  const fd = openSync(file, 'r');
  let size: number;
  let head: Buffer;
  try {
    size = fstatSync(fd).size;
    head = Buffer.alloc(Math.min(size, 12 + 16 * 0xffff));
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  const bytes = Buffer.alloc(size);
  const directory = tableDirectory(new DataView(head.buffer, head.byteOffset, head.byteLength));
  const ranges: Range[] = [{ start: 0, end: Math.min(size, 12 + 16 * directory.size) }];
  for (const [tag, { offset, length }] of directory) {
    if (tag !== 'glyf') ranges.push({ start: offset, end: Math.min(size, offset + length) });
  }
  readRanges(file, bytes, ranges);

  let loaded: Uint8Array | undefined;
  return {
    bytes,
    loadGlyphs(reader, glyphIds) {
      loaded ??= new Uint8Array(reader.numGlyphs);
      const wanted: Range[] = [];
      for (const id of glyphIds) {
        if (!(id >= 0 && id < loaded.length) || loaded[id] === 1) continue;
        loaded[id] = 1;
        const outline = reader.glyphBytes(id);
        const start = outline.byteOffset - bytes.byteOffset;
        wanted.push({ start, end: start + outline.length });
      }
      readRanges(file, bytes, wanted);
    },
  };
}

const files = new WeakMap<Font, FontFile>();

/** Ties a parsed face to the file its outlines are read from. */
export function attachFontFile(font: Font, file: FontFile): void {
  files.set(font, file);
}

/**
 * Makes sure the outlines of these glyphs are in the face's bytes before anything reads them. A
 * face parsed from a whole file (no file attached) has them all already.
 */
export function loadGlyphOutlines(font: Font, glyphIds: Iterable<number>): void {
  files.get(font)?.loadGlyphs(sfntOf(font), glyphIds);
}
