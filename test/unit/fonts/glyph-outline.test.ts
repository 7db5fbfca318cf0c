// Glyph outlines read straight from glyf must draw what fontkit draws: the same contours and the
// same bounding box, on the bundled CJK faces (simple glyphs only) and on Liberation Sans (which
// pdfjs-dist ships; its accented letters are composite glyphs). Synthetic faces cover what those
// faces lack (scaled and transformed components, point matching, all-off-curve contours) and
// garbage, which must give "" and never an error or a hang.
import { create, type Font, type Path } from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledFontPath, FONT_KEYS } from '../../../electron/services/fonts/bundled-fonts';
import { glyphOutlinePath } from '../../../shared/fonts/glyph-outline';
import { readSfnt, type SfntReader } from '../../../shared/fonts/sfnt-reader';

type Command = { command: 'M' | 'L' | 'Q' | 'Z'; args: number[] };

const ARITY = { M: 2, L: 2, Q: 4, Z: 0 };

/** Parses the path data written by glyphOutlinePath: commands M, L, Q and Z, numbers between single spaces. */
function parsePath(d: string): Command[] {
  const commands: Command[] = [];
  for (const [, command, args] of d.matchAll(/([MLQZ])([^MLQZ]*)/g)) {
    const numbers = args === '' ? [] : args!.split(' ').map(Number);
    const name = command as Command['command'];
    if (numbers.length !== ARITY[name] || !numbers.every(Number.isFinite)) throw new Error(`bad command ${command}${args}`);
    commands.push({ command: name, args: numbers });
  }
  if (commands.map(({ command, args }) => command + args.join(' ')).join('') !== d) throw new Error(`not path data: ${d}`);
  return commands;
}

interface PathBuilder extends Path {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  quadraticCurveTo(cx: number, cy: number, x: number, y: number): void;
  closePath(): void;
}

/** The parsed path as a fontkit Path, so its bbox is computed exactly as fontkit computes its own. */
function asFontkitPath(font: Font, d: string): PathBuilder {
  const Constructor = font.getGlyph(0).path.constructor as new () => PathBuilder;
  const built = new Constructor();
  for (const { command, args } of parsePath(d)) {
    if (command === 'M') built.moveTo(args[0]!, args[1]!);
    else if (command === 'L') built.lineTo(args[0]!, args[1]!);
    else if (command === 'Q') built.quadraticCurveTo(args[0]!, args[1]!, args[2]!, args[3]!);
    else built.closePath();
  }
  return built;
}

function box({ minX, minY, maxX, maxY }: { minX: number; minY: number; maxX: number; maxY: number }) {
  return { minX, minY, maxX, maxY };
}

function isComposite(reader: SfntReader, id: number): boolean {
  const bytes = reader.glyphBytes(id);
  return bytes.length >= 2 && new DataView(bytes.buffer, bytes.byteOffset).getInt16(0) < 0;
}

interface Compared {
  /** Glyphs with an outline, and how many of them are composite. */
  drawn: number;
  composite: number;
  /** Glyphs whose glyf header box is not the box of their points (a header the font got wrong). */
  headerOff: number[];
}

/**
 * Compares every glyph in `ids` with fontkit's outline: contour count, bounding box and control box
 * exactly, and the path data itself; and the control box with the glyf header's box.
 */
function compareWithFontkit(bytes: Buffer, ids: readonly number[]): Compared {
  const font = create(bytes) as Font;
  const reader = readSfnt(bytes);
  let composite = 0;
  let drawn = 0;
  const headerOff: number[] = [];
  for (const id of ids) {
    const d = glyphOutlinePath(reader, id);
    const glyph = font.getGlyph(id);
    const expected = glyph.path;
    const contours = expected.commands.filter((command) => command.command === 'moveTo').length;
    expect(d.split('M').length - 1, `contours of glyph ${id}`).toBe(contours);
    if (contours === 0) {
      expect(d, `glyph ${id}`).toBe('');
      continue;
    }
    drawn += 1;
    if (isComposite(reader, id)) composite += 1;
    const ours = asFontkitPath(font, d);
    expect(box(ours.bbox), `bbox of glyph ${id}`).toEqual(box(expected.bbox));
    expect(box(ours.cbox), `cbox of glyph ${id}`).toEqual(box(expected.cbox));
    // The header's box is the box of every point, on and off the curve.
    if (JSON.stringify(box(ours.cbox)) !== JSON.stringify(box(glyph.cbox))) headerOff.push(id);
    // Where the contours start on an on-curve point (all of these faces'), the path data is fontkit's own.
    expect(d, `path of glyph ${id}`).toBe(expected.toSVG());
  }
  return { composite, drawn, headerOff };
}

describe.each(FONT_KEYS)('glyph outlines of %s', (key) => {
  it('are fontkit’s outlines, for a few hundred glyphs across the face', () => {
    const bytes = readFileSync(bundledFontPath(key));
    const reader = readSfnt(bytes);
    const spread = Array.from({ length: 400 }, (_, k) => Math.floor((k * reader.numGlyphs) / 400));
    const named = [...'。，、“”《》——…·开发区建设科学导报ABCOQgaj0123456789%/( '].map((char) => reader.glyphId(char.codePointAt(0)!));
    const ids = [...new Set([0, ...spread, ...named, reader.numGlyphs - 1])];
    const { drawn, headerOff } = compareWithFontkit(bytes, ids);
    expect(drawn).toBeGreaterThan(380);
    expect(headerOff).toEqual([]);
  });
});

describe('glyph outlines of a face with composite glyphs (Liberation Sans)', () => {
  const pdfjs = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

  // Three glyphs of the bold italic store a header box one unit wider than their points.
  it.each([
    ['LiberationSans-Regular.ttf', []],
    ['LiberationSans-BoldItalic.ttf', [560, 562, 564]],
  ])('are fontkit’s outlines for every glyph of %s', (file, wrongHeaders) => {
    const bytes = readFileSync(path.join(pdfjs, 'standard_fonts', file));
    const reader = readSfnt(bytes);
    const { composite, drawn, headerOff } = compareWithFontkit(
      bytes,
      Array.from({ length: reader.numGlyphs }, (_, id) => id),
    );
    expect(composite).toBeGreaterThan(200);
    expect(drawn).toBeGreaterThan(600);
    expect(headerOff).toEqual(wrongHeaders);
    // Å: a ring placed over an A, both drawn.
    const aRing = glyphOutlinePath(reader, reader.glyphId(0xc5));
    expect(isComposite(reader, reader.glyphId(0xc5))).toBe(true);
    expect(aRing.split('M').length - 1).toBe(
      glyphOutlinePath(reader, reader.glyphId(0x41)).split('M').length -
        1 +
        glyphOutlinePath(reader, reader.glyphId(0x2da)).split('M').length -
        1,
    );
  });
});

// ---- Synthetic faces --------------------------------------------------------------------------

/** A minimal TrueType face: these glyf entries (glyph 0 first), a cmap mapping nothing, long loca. */
function buildFace(glyphs: readonly Uint8Array[], options: { locaEntries?: number[] } = {}): Uint8Array {
  const numGlyphs = glyphs.length;
  const padded = glyphs.map((glyph) => {
    const copy = new Uint8Array(glyph.length + ((4 - (glyph.length % 4)) % 4));
    copy.set(glyph);
    return copy;
  });
  const glyf = new Uint8Array(padded.reduce((sum, glyph) => sum + glyph.length, 0));
  const loca = new DataView(new ArrayBuffer(4 * (numGlyphs + 1)));
  let at = 0;
  padded.forEach((glyph, id) => {
    loca.setUint32(4 * id, options.locaEntries?.[id] ?? at);
    glyf.set(glyph, at);
    // The entry's end is the glyph's own length (not its padding), as compilers write it.
    at += glyph.length;
  });
  loca.setUint32(4 * numGlyphs, options.locaEntries?.[numGlyphs] ?? at);

  const head = new DataView(new ArrayBuffer(54));
  head.setUint32(0, 0x00010000);
  head.setUint16(18, 1000);
  head.setInt16(50, 1);
  const hhea = new DataView(new ArrayBuffer(36));
  hhea.setInt16(4, 880);
  hhea.setInt16(6, -120);
  hhea.setUint16(34, 1);
  const maxp = new DataView(new ArrayBuffer(6));
  maxp.setUint32(0, 0x00005000);
  maxp.setUint16(4, numGlyphs);
  const hmtx = new DataView(new ArrayBuffer(4 + 2 * (numGlyphs - 1)));
  hmtx.setUint16(0, 500);
  // A cmap without subtables: every code point is missing.
  const cmap = new DataView(new ArrayBuffer(4));

  const tables: Array<[string, Uint8Array]> = [
    ['cmap', new Uint8Array(cmap.buffer)],
    ['glyf', glyf],
    ['head', new Uint8Array(head.buffer)],
    ['hhea', new Uint8Array(hhea.buffer)],
    ['hmtx', new Uint8Array(hmtx.buffer)],
    ['loca', new Uint8Array(loca.buffer)],
    ['maxp', new Uint8Array(maxp.buffer)],
  ];
  let offset = 12 + 16 * tables.length;
  const placed = tables.map(([tag, data]) => {
    const start = offset;
    offset += data.length + ((4 - (data.length % 4)) % 4);
    return { tag, data, start };
  });
  const file = new Uint8Array(offset);
  const view = new DataView(file.buffer);
  view.setUint32(0, 0x00010000);
  view.setUint16(4, tables.length);
  placed.forEach(({ tag, data, start }, index) => {
    const record = 12 + 16 * index;
    for (let k = 0; k < 4; k += 1) view.setUint8(record + k, tag.charCodeAt(k));
    view.setUint32(record + 8, start);
    view.setUint32(record + 12, data.length);
    file.set(data, start);
  });
  return file;
}

/** Big-endian bytes from [value, size] pairs (size 1 or 2; signed or not, the low bits are written). */
function be(...fields: Array<[number, 1 | 2]>): Uint8Array {
  const bytes: number[] = [];
  for (const [value, size] of fields) {
    if (size === 2) bytes.push((value >> 8) & 0xff);
    bytes.push(value & 0xff);
  }
  return Uint8Array.from(bytes);
}

interface SimplePoint {
  x: number;
  y: number;
  on?: boolean;
}

/** A simple glyph with every coordinate written as a 16-bit delta (no short forms, no repeats). */
function simpleGlyph(contours: readonly SimplePoint[][]): Uint8Array {
  const points = contours.flat();
  const ends: number[] = [];
  contours.reduce((count, contour) => (ends.push(count + contour.length - 1), count + contour.length), 0);
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const fields: Array<[number, 1 | 2]> = [
    [contours.length, 2],
    [Math.min(...xs), 2],
    [Math.min(...ys), 2],
    [Math.max(...xs), 2],
    [Math.max(...ys), 2],
    ...ends.map((end): [number, 2] => [end, 2]),
    [0, 2],
    ...points.map((point): [number, 1] => [point.on === false ? 0 : 1, 1]),
    ...xs.map((x, k): [number, 2] => [x - (xs[k - 1] ?? 0), 2]),
    ...ys.map((y, k): [number, 2] => [y - (ys[k - 1] ?? 0), 2]),
  ];
  return be(...fields);
}

interface ComponentSpec {
  glyph: number;
  /** Offset, or with `match` the point numbers [placed point, component point]. */
  args: [number, number];
  match?: boolean;
  scale?: number;
  xyScale?: [number, number];
  matrix?: [number, number, number, number];
}

function compositeGlyph(components: readonly ComponentSpec[]): Uint8Array {
  const fields: Array<[number, 1 | 2]> = [
    [-1, 2],
    [0, 2],
    [0, 2],
    [0, 2],
    [0, 2],
  ];
  components.forEach((component, index) => {
    let flags = 0x0001 | (component.match ? 0 : 0x0002);
    if (index < components.length - 1) flags |= 0x0020;
    const scales = component.scale !== undefined ? [component.scale] : (component.xyScale ?? component.matrix ?? []);
    if (component.scale !== undefined) flags |= 0x0008;
    else if (component.xyScale) flags |= 0x0040;
    else if (component.matrix) flags |= 0x0080;
    fields.push([flags, 2], [component.glyph, 2], [component.args[0], 2], [component.args[1], 2]);
    for (const value of scales) fields.push([Math.round(value * 16384), 2]);
  });
  return be(...fields);
}

const SQUARE = simpleGlyph([
  [
    { x: 0, y: 0 },
    { x: 0, y: 100 },
    { x: 100, y: 100 },
    { x: 100, y: 0 },
  ],
]);

describe('glyph outlines of synthetic faces', () => {
  it('draws lines, curves and the on-curve points implied between two off-curve ones', () => {
    const curve = simpleGlyph([
      [
        { x: 0, y: 0 },
        { x: 0, y: 100, on: false },
        { x: 100, y: 100, on: false },
        { x: 100, y: 0 },
      ],
      // Every point off the curve: the contour starts between the last and the first.
      [
        { x: 10, y: 0, on: false },
        { x: 0, y: 11, on: false },
        { x: -10, y: 0, on: false },
        { x: 0, y: -11, on: false },
      ],
      // Off-curve first, on-curve last: it starts on the last.
      [
        { x: 50, y: 50, on: false },
        { x: 60, y: 40 },
      ],
      // A lone point.
      [{ x: 7, y: 7 }],
    ]);
    const reader = readSfnt(buildFace([new Uint8Array(0), SQUARE, curve]));
    expect(glyphOutlinePath(reader, 0)).toBe('');
    expect(glyphOutlinePath(reader, 1)).toBe('M0 0L0 100L100 100L100 0Z');
    expect(glyphOutlinePath(reader, 2)).toBe(
      'M0 0Q0 100 50 100Q100 100 100 0Z' + 'M5 -5.5Q10 0 5 5.5Q0 11 -5 5.5Q-10 0 -5 -5.5Q0 -11 5 -5.5Z' + 'M60 40Q50 50 60 40Z' + 'M7 7Z',
    );
  });

  it('places components moved, scaled, transformed and by matching points', () => {
    const reader = readSfnt(
      buildFace([
        new Uint8Array(0),
        SQUARE,
        compositeGlyph([
          { glyph: 1, args: [0, 0] },
          { glyph: 1, args: [200, -50] },
        ]),
        compositeGlyph([{ glyph: 1, args: [10, 20], scale: 0.5 }]),
        compositeGlyph([{ glyph: 1, args: [0, 0], xyScale: [1.5, 0.25] }]),
        // x' = xx·x + xy·y, y' = yx·x + yy·y with (xx, yx, xy, yy) = (0, 1, -1, 0): a quarter turn.
        compositeGlyph([{ glyph: 1, args: [0, 0], matrix: [0, 1, -1, 0] }]),
        // The second square's point 0 onto the first's point 2.
        compositeGlyph([
          { glyph: 1, args: [0, 0] },
          { glyph: 1, args: [2, 0], match: true },
        ]),
        // A composite of a composite.
        compositeGlyph([{ glyph: 3, args: [1, 1], scale: 0.5 }]),
        compositeGlyph([{ glyph: 1, args: [0, 0], scale: 1 / 3 }]),
      ]),
    );
    expect(glyphOutlinePath(reader, 2)).toBe('M0 0L0 100L100 100L100 0ZM200 -50L200 50L300 50L300 -50Z');
    expect(glyphOutlinePath(reader, 3)).toBe('M10 20L10 70L60 70L60 20Z');
    expect(glyphOutlinePath(reader, 4)).toBe('M0 0L0 25L150 25L150 0Z');
    expect(glyphOutlinePath(reader, 5)).toBe('M0 0L-100 0L-100 100L0 100Z');
    expect(glyphOutlinePath(reader, 6)).toBe('M0 0L0 100L100 100L100 0ZM100 100L100 200L200 200L200 100Z');
    expect(glyphOutlinePath(reader, 7)).toBe('M6 11L6 36L31 36L31 11Z');
    // Scaled coordinates keep at most two decimals.
    expect(glyphOutlinePath(reader, 8)).toBe('M0 0L0 33.33L33.33 33.33L33.33 0Z');
  });
});

describe('glyph outlines of malformed faces', () => {
  it('are "" for garbage, never an error', () => {
    const truncated = SQUARE.subarray(0, 20);
    const backwards = simpleGlyph([[{ x: 0, y: 0 }], [{ x: 1, y: 1 }]]);
    new DataView(backwards.buffer).setUint16(10, 5); // first contour ends after the second
    const repeatPast = be([1, 2], [0, 2], [0, 2], [0, 2], [0, 2], [2, 2], [0, 2], [0x09, 1], [200, 1]);
    const hugeCount = be([30000, 2], [0, 2], [0, 2], [0, 2], [0, 2]);
    const missingComponent = compositeGlyph([{ glyph: 999, args: [0, 0] }]);
    const badMatch = compositeGlyph([
      { glyph: 1, args: [0, 0] },
      { glyph: 1, args: [40, 0], match: true },
    ]);
    const selfReference = compositeGlyph([{ glyph: 7, args: [0, 0] }]);
    const reader = readSfnt(
      buildFace([new Uint8Array(0), SQUARE, truncated, backwards, repeatPast, hugeCount, missingComponent, selfReference, badMatch]),
    );
    expect(glyphOutlinePath(reader, 1)).not.toBe('');
    for (const id of [2, 3, 4, 5, 6, 7, 8, -1, 9, 1e9, 1.5, Number.NaN]) expect(glyphOutlinePath(reader, id), `glyph ${id}`).toBe('');
  });

  it('stops a composite that multiplies itself out', () => {
    // Each level places 1,000 copies of the level below: 1000^7 points if followed.
    const glyphs = [new Uint8Array(0), SQUARE];
    for (let level = 2; level < 9; level += 1) {
      glyphs.push(compositeGlyph(Array.from({ length: 1000 }, () => ({ glyph: level - 1, args: [0, 0] as [number, number] }))));
    }
    const reader = readSfnt(buildFace(glyphs));
    const started = performance.now();
    expect(glyphOutlinePath(reader, 8)).toBe('');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(glyphOutlinePath(reader, 2).split('M')).toHaveLength(1001);
  });

  it('survives loca pointing outside glyf and random bytes in every glyph', () => {
    const outside = readSfnt(buildFace([new Uint8Array(0), SQUARE], { locaEntries: [0, 1 << 30, (1 << 30) + 40] }));
    expect(glyphOutlinePath(outside, 1)).toBe('');

    let seed = 12345;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed >> 16;
    };
    const glyphs = Array.from({ length: 2000 }, () => Uint8Array.from({ length: random() % 80 }, () => random() & 0xff));
    // Half of them claim to be composites, of glyphs that exist.
    glyphs.forEach((glyph, id) => {
      if (id % 2 === 0 && glyph.length >= 4) new DataView(glyph.buffer).setInt16(0, -1);
    });
    const reader = readSfnt(buildFace(glyphs));
    for (let id = 0; id < glyphs.length; id += 1) expect(typeof glyphOutlinePath(reader, id)).toBe('string');
  });
});
