// One page's content stream as it is built: operators, plus the graphics state already set
// (colours, overprint, line width) so that each item emits only what changes. Every colour is
// DeviceCMYK: print output carries no RGB.
import type { Ink } from '../../../shared/display/display-list';

/** Resource names of the two ExtGStates every page may use. */
export const OVERPRINT_GS = 'GSop';
export const KNOCKOUT_GS = 'GSko';

/** A number as PDF content wants it: fixed precision, no exponent, no "-0". */
export function num(value: number, digits = 3): string {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  if (rounded === 0) return '0';
  // A multiple of 10^-digits prints in its shortest form with at most `digits` decimals, which is
  // the trimmed fixed form; only far outside page coordinates could it take an exponent.
  if (Math.abs(rounded) < 1e9) return String(rounded);
  const fixed = rounded.toFixed(digits);
  if (!fixed.includes('.')) return fixed;
  // Trailing zeros of the fraction go, and the point with them when nothing is left after it.
  let end = fixed.length;
  while (fixed.charAt(end - 1) === '0') end -= 1;
  if (fixed.charAt(end - 1) === '.') end -= 1;
  return fixed.slice(0, end);
}

function clampPercent(value: number): number {
  return Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : 0;
}

/** CMYK operands (0–1) of a display-list ink (percentages). */
export function cmykOperands(ink: Ink): string {
  return [ink.c, ink.m, ink.y, ink.k].map((value) => num(clampPercent(value) / 100, 4)).join(' ');
}

/** Solid black overprints (no knock-out, so misregistration cannot show paper white around it). */
export function isSolidBlack(ink: Ink): boolean {
  return clampPercent(ink.c) === 0 && clampPercent(ink.m) === 0 && clampPercent(ink.y) === 0 && clampPercent(ink.k) === 100;
}

export class PageContent {
  private readonly parts: string[] = [];
  private fillColour = '';
  private strokeColour = '';
  private overprinting = false;
  private lineWidthValue = -1;
  /** Graphics states the page used, to list in its resources. */
  readonly usedGraphicsStates = new Set<string>();

  write(operators: string): void {
    this.parts.push(operators);
  }

  fill(ink: Ink): void {
    const operands = cmykOperands(ink);
    if (operands !== this.fillColour) this.write(`${operands} k`);
    this.fillColour = operands;
  }

  stroke(ink: Ink): void {
    const operands = cmykOperands(ink);
    if (operands !== this.strokeColour) this.write(`${operands} K`);
    this.strokeColour = operands;
  }

  /** Overprint on for solid black, off otherwise (the PDF default). */
  overprintFor(ink: Ink): void {
    this.overprint(isSolidBlack(ink));
  }

  overprint(on: boolean): void {
    if (on === this.overprinting) return;
    const name = on ? OVERPRINT_GS : KNOCKOUT_GS;
    this.write(`/${name} gs`);
    this.usedGraphicsStates.add(name);
    this.overprinting = on;
  }

  lineWidth(width: number): void {
    if (width !== this.lineWidthValue) this.write(`${num(width)} w`);
    this.lineWidthValue = width;
  }

  /**
   * Runs `draw` inside q … Q; the state it sets is forgotten afterwards, since Q restores it.
   */
  isolated(draw: () => void): void {
    const saved = [this.fillColour, this.strokeColour, this.overprinting, this.lineWidthValue] as const;
    this.write('q');
    draw();
    this.write('Q');
    [this.fillColour, this.strokeColour, this.overprinting, this.lineWidthValue] = saved;
  }

  toString(): string {
    return this.parts.join('\n');
  }
}
