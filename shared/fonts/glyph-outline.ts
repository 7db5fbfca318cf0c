// A glyph's TrueType outline (glyf) as SVG path data, for drawing glyphs without a font engine:
// the renderer fills `new Path2D(d)` under scale(size / unitsPerEm, -size / unitsPerEm). Simple
// glyphs are quadratic contours of on- and off-curve points (two off-curve points in a row imply
// the on-curve point halfway between them); composite glyphs place other glyphs, each moved and
// optionally scaled or transformed by a 2×2 matrix, and may nest. The bytes may be garbage: every
// read is bounded and a malformed glyph gives "" rather than an error or an endless loop.
import type { SfntReader } from './sfnt-reader';

interface Point {
  x: number;
  y: number;
  on: boolean;
}

type Contour = Point[];

// Simple glyph flags.
const ON_CURVE = 0x01;
const X_SHORT = 0x02;
const Y_SHORT = 0x04;
const REPEAT = 0x08;
const X_SAME_OR_POSITIVE = 0x10;
const Y_SAME_OR_POSITIVE = 0x20;

// Composite glyph flags.
const ARGS_ARE_WORDS = 0x0001;
const ARGS_ARE_XY_VALUES = 0x0002;
const HAVE_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const HAVE_XY_SCALE = 0x0040;
const HAVE_2X2 = 0x0080;
const SCALED_COMPONENT_OFFSET = 0x0800;
const UNSCALED_COMPONENT_OFFSET = 0x1000;

/** Composites nest a level or two in real faces; deeper is a loop or garbage. */
const MAX_DEPTH = 8;
/** Points plus components one glyph may take in all, however its composites nest. */
const MAX_WORK = 200_000;

class Malformed extends Error {}

function malformed(): never {
  throw new Malformed('malformed glyph');
}

interface Budget {
  left: number;
}

function spend(budget: Budget, amount: number): void {
  budget.left -= amount;
  if (budget.left < 0) malformed();
}

/**
 * The outline of a glyph as SVG path data (M, L, Q and Z) in font units, y up as the font stores
 * it; "" for a glyph without an outline and for a malformed one.
 */
export function glyphOutlinePath(reader: SfntReader, glyphId: number): string {
  try {
    return pathData(contoursOf(reader, glyphId, 0, { left: MAX_WORK }));
  } catch {
    // A DataView read past a table's end, or a structure that cannot be right.
    return '';
  }
}

function contoursOf(reader: SfntReader, glyphId: number, depth: number, budget: Budget): Contour[] {
  if (!(Number.isInteger(glyphId) && glyphId >= 0 && glyphId < reader.numGlyphs)) malformed();
  const bytes = reader.glyphBytes(glyphId);
  if (bytes.length === 0) return [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const numberOfContours = view.getInt16(0);
  if (numberOfContours > 0) return simpleContours(view, numberOfContours, budget);
  if (numberOfContours < 0) return compositeContours(reader, view, depth, budget);
  return [];
}

function simpleContours(view: DataView, count: number, budget: Budget): Contour[] {
  const ends: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const end = view.getUint16(10 + 2 * index);
    if (end <= (ends[index - 1] ?? -1)) malformed();
    ends.push(end);
  }
  const points = ends[count - 1]! + 1;
  spend(budget, points);
  let at = 12 + 2 * count + view.getUint16(10 + 2 * count);

  const flags = new Uint8Array(points);
  for (let index = 0; index < points;) {
    const flag = view.getUint8(at);
    at += 1;
    flags[index] = flag;
    index += 1;
    if (flag & REPEAT) {
      const repeat = view.getUint8(at);
      at += 1;
      if (index + repeat > points) malformed();
      flags.fill(flag, index, index + repeat);
      index += repeat;
    }
  }

  const xs = new Array<number>(points);
  let x = 0;
  for (let index = 0; index < points; index += 1) {
    const flag = flags[index]!;
    if (flag & X_SHORT) {
      const delta = view.getUint8(at);
      at += 1;
      x += flag & X_SAME_OR_POSITIVE ? delta : -delta;
    } else if (!(flag & X_SAME_OR_POSITIVE)) {
      x += view.getInt16(at);
      at += 2;
    }
    xs[index] = x;
  }

  const contours: Contour[] = [];
  let contour: Contour = [];
  let y = 0;
  let end = 0;
  for (let index = 0; index < points; index += 1) {
    const flag = flags[index]!;
    if (flag & Y_SHORT) {
      const delta = view.getUint8(at);
      at += 1;
      y += flag & Y_SAME_OR_POSITIVE ? delta : -delta;
    } else if (!(flag & Y_SAME_OR_POSITIVE)) {
      y += view.getInt16(at);
      at += 2;
    }
    contour.push({ x: xs[index]!, y, on: (flag & ON_CURVE) !== 0 });
    if (index === ends[end]) {
      contours.push(contour);
      contour = [];
      end += 1;
    }
  }
  return contours;
}

/** A signed 2.14 fixed-point number. */
function f2dot14(view: DataView, at: number): number {
  return view.getInt16(at) / 16384;
}

function compositeContours(reader: SfntReader, view: DataView, depth: number, budget: Budget): Contour[] {
  if (depth >= MAX_DEPTH) malformed();
  const contours: Contour[] = [];
  // Every point placed so far, for components placed by matching points.
  const placed: Point[] = [];
  let at = 10;
  let flags: number;
  do {
    spend(budget, 1);
    flags = view.getUint16(at);
    const glyphId = view.getUint16(at + 2);
    at += 4;
    let arg1: number;
    let arg2: number;
    if (flags & ARGS_ARE_WORDS) {
      arg1 = flags & ARGS_ARE_XY_VALUES ? view.getInt16(at) : view.getUint16(at);
      arg2 = flags & ARGS_ARE_XY_VALUES ? view.getInt16(at + 2) : view.getUint16(at + 2);
      at += 4;
    } else {
      arg1 = flags & ARGS_ARE_XY_VALUES ? view.getInt8(at) : view.getUint8(at);
      arg2 = flags & ARGS_ARE_XY_VALUES ? view.getInt8(at + 1) : view.getUint8(at + 1);
      at += 2;
    }
    // x' = xx·x + xy·y, y' = yx·x + yy·y; the 2×2 form stores xx, yx, xy, yy (as FreeType reads it).
    let [xx, yx, xy, yy] = [1, 0, 0, 1];
    if (flags & HAVE_SCALE) {
      xx = yy = f2dot14(view, at);
      at += 2;
    } else if (flags & HAVE_XY_SCALE) {
      xx = f2dot14(view, at);
      yy = f2dot14(view, at + 2);
      at += 4;
    } else if (flags & HAVE_2X2) {
      xx = f2dot14(view, at);
      yx = f2dot14(view, at + 2);
      xy = f2dot14(view, at + 4);
      yy = f2dot14(view, at + 6);
      at += 8;
    }

    const component = contoursOf(reader, glyphId, depth + 1, budget).map((contour) =>
      contour.map((point) => ({ x: xx * point.x + xy * point.y, y: yx * point.x + yy * point.y, on: point.on })),
    );
    let dx: number;
    let dy: number;
    if (flags & ARGS_ARE_XY_VALUES) {
      dx = arg1;
      dy = arg2;
      if (flags & SCALED_COMPONENT_OFFSET && !(flags & UNSCALED_COMPONENT_OFFSET)) {
        dx *= Math.hypot(xx, xy);
        dy *= Math.hypot(yy, yx);
      }
    } else {
      // Point matching: the component's point arg2 lands on the point arg1 placed so far.
      const anchor = placed[arg1];
      const point = component.flat()[arg2];
      if (anchor === undefined || point === undefined) malformed();
      dx = anchor.x - point.x;
      dy = anchor.y - point.y;
    }
    for (const contour of component) {
      spend(budget, contour.length);
      for (const point of contour) {
        point.x += dx;
        point.y += dy;
        placed.push(point);
      }
      contours.push(contour);
    }
  } while (flags & MORE_COMPONENTS);
  return contours;
}

function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function midpoint(a: Point, b: Point): Point {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, on: true };
}

function pathData(contours: readonly Contour[]): string {
  const parts: string[] = [];
  for (const contour of contours) {
    const first = contour[0];
    const last = contour[contour.length - 1];
    if (first === undefined || last === undefined) continue;
    // Start on an on-curve point: the first, else the last, else the one implied between them.
    let start: Point;
    let rest: Contour;
    if (first.on) [start, rest] = [first, contour.slice(1)];
    else if (last.on) [start, rest] = [last, contour.slice(0, -1)];
    else [start, rest] = [midpoint(last, first), contour];
    parts.push(`M${num(start.x)} ${num(start.y)}`);
    let control: Point | undefined;
    for (const point of rest) {
      if (point.on) {
        parts.push(control ? `Q${num(control.x)} ${num(control.y)} ${num(point.x)} ${num(point.y)}` : `L${num(point.x)} ${num(point.y)}`);
        control = undefined;
      } else {
        if (control) {
          const middle = midpoint(control, point);
          parts.push(`Q${num(control.x)} ${num(control.y)} ${num(middle.x)} ${num(middle.y)}`);
        }
        control = point;
      }
    }
    if (control) parts.push(`Q${num(control.x)} ${num(control.y)} ${num(start.x)} ${num(start.y)}`);
    parts.push('Z');
  }
  return parts.join('');
}
