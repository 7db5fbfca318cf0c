// Grid arithmetic: how wide the type area is in characters and which text-column setting a block
// gets by default. Every page the desk lays out is measured with these numbers, so a slip here
// moves every article on every page.
import { describe, expect, it } from 'vitest';
import { FORMAT_PRESET_VALUES } from '../../../shared/model/default-profile';
import { defaultTextColumns, MEASURE_CHARS, textColumnChars, typeAreaChars } from '../../../shared/model/grid';
import type { PageFormat } from '../../../shared/model/profile';

const broadsheet = FORMAT_PRESET_VALUES.对开;
const tabloid = FORMAT_PRESET_VALUES.四开;
// A made-up grid with two-character gutters, so gutters count differently from columns.
const wideGutters: PageFormat = { ...broadsheet, columns: 6, columnChars: 12, gutterChars: 2 };

describe('the type area across the page', () => {
  it('is the columns times their characters plus one gutter between each pair of columns', () => {
    expect(typeAreaChars(broadsheet)).toBe(8 * 13 + 7);
    expect(typeAreaChars(tabloid)).toBe(6 * 11 + 5);
    expect(typeAreaChars(wideGutters)).toBe(6 * 12 + 5 * 2);
  });
});

describe('the default number of text columns in a block', () => {
  it('gives lines nearest 20 characters on every width of the broadsheet grid', () => {
    const counts = [1, 2, 3, 4, 5, 6, 7, 8].map((cols) => defaultTextColumns(broadsheet, cols));
    expect(counts).toEqual([1, 1, 2, 3, 3, 4, 5, 5]);
  });

  it('sets the full 8-column broadsheet width as 5 text columns of 21 characters', () => {
    expect(defaultTextColumns(broadsheet, 8)).toBe(5);
    expect(textColumnChars(broadsheet, 8, 5)).toBe(21);
  });

  it('sets 3 broadsheet columns as 2 text columns of exactly 20 characters', () => {
    expect(defaultTextColumns(broadsheet, 3)).toBe(2);
    expect(textColumnChars(broadsheet, 3, 2)).toBe(MEASURE_CHARS.ideal);
  });

  it('gives lines nearest 20 characters on every width of the tabloid grid', () => {
    const counts = [1, 2, 3, 4, 5, 6].map((cols) => defaultTextColumns(tabloid, cols));
    expect(counts).toEqual([1, 1, 2, 2, 3, 3]);
  });

  it('prefers the wider lines when two settings are equally near 20 characters', () => {
    // Two broadsheet columns: one text column of 27 or two of 13, both 7 away from 20.
    expect(defaultTextColumns(broadsheet, 2)).toBe(1);
    // Six tabloid columns: three text columns of 23 or four of 17, both 3 away.
    expect(defaultTextColumns(tabloid, 6)).toBe(3);
  });

  it('counts every gutter it closes up when the gutters are wider than one character', () => {
    // 6 × 12 + 5 × 2 = 82 characters: 4 text columns of (82 − 6) / 4 = 19 are nearest 20.
    expect(defaultTextColumns(wideGutters, 6)).toBe(4);
    // 3 × 12 + 2 × 2 = 40: 2 text columns of 19 beat one of 40 and three of 12.
    expect(defaultTextColumns(wideGutters, 3)).toBe(2);
    // 2 × 12 + 2 = 26: one column of 26 (6 away) beats two of 12 (8 away).
    expect(defaultTextColumns(wideGutters, 2)).toBe(1);
    // 5 × 12 + 4 × 2 = 68: 3 text columns of 20.67.
    expect(defaultTextColumns(wideGutters, 5)).toBe(3);
    // 4 × 12 + 3 × 2 = 54: 3 text columns of 16.67 (3.33 away) beat 2 of 26 and 4 of 12.
    expect(defaultTextColumns(wideGutters, 4)).toBe(3);
    // 5 × 13 + 4 × 2 = 73: 3 text columns of 23 (3 away) beat 4 of 16.75 (3.25 away).
    expect(defaultTextColumns({ ...wideGutters, columnChars: 13 }, 5)).toBe(3);
  });

  it('never sets more text columns than the base columns the block spans', () => {
    // Columns of 60 characters would want three text columns each; a block can split no finer
    // than one text column per base column it spans.
    const wide: PageFormat = { ...broadsheet, columnChars: 60 };
    for (let cols = 1; cols <= 8; cols += 1) expect(defaultTextColumns(wide, cols)).toBe(cols);
  });

  it('uses one text column for a single base column', () => {
    expect(defaultTextColumns(broadsheet, 1)).toBe(1);
    expect(defaultTextColumns(tabloid, 1)).toBe(1);
  });
});
