// The page view's pure parts: routes in the hash, printing pairs, zoom, badges from diagnostics,
// and which areas of a page an edit changed.
import { describe, expect, it } from 'vitest';
import type { DisplayItem, GlyphRun } from '../../../shared/display/display-list';
import { emptyDiagnostics } from '../../../shared/layout/diagnostics';
import { pt } from '../../../shared/units/units';
import { formatRoute, parseRoute, type Route } from '../../../renderer/src/app/route';
import { blockBadges } from '../../../renderer/src/pages/badges';
import { changedAreas, mergeBoxes } from '../../../renderer/src/pages/item-bounds';
import { spreadOf } from '../../../renderer/src/pages/spreads';
import { percentOf, resolveZoom, stepZoom, PX_PER_PT } from '../../../renderer/src/pages/zoom';

describe('routes', () => {
  it('reads back every route it writes', () => {
    const routes: Route[] = [
      { view: 'library' },
      { view: 'article', articleId: 'a-20250509-0a1b2c3d' },
      { view: 'issues' },
      { view: 'issues', issueId: '2025-05-09-14' },
      { view: 'page', issueId: '2025-05-09-14', label: 'A3', print: false },
      { view: 'page', issueId: '2025-05-09-14', label: 'A3', print: true },
    ];
    for (const route of routes) expect(parseRoute(formatRoute(route))).toEqual(route);
    expect(formatRoute({ view: 'page', issueId: '2025-05-09-14', label: 'A1', print: true })).toBe(
      '#/issues/2025-05-09-14/pages/A1?view=print',
    );
  });

  it('ignores hashes that are not routes', () => {
    for (const hash of ['', '#', '#/nowhere', '#/issues/2025-05-09-14/pages', '#/articles/../x', '#/issues/%E0%A4%A', '#/library/extra']) {
      expect(parseRoute(hash), hash).toBeUndefined();
    }
  });
});

describe('printing pairs', () => {
  const labels = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8'];
  it('pairs the first page with the last, the even page on the left', () => {
    expect(spreadOf(labels, 'A1')).toEqual(['A8', 'A1']);
    expect(spreadOf(labels, 'A8')).toEqual(['A8', 'A1']);
    expect(spreadOf(labels, 'A2')).toEqual(['A2', 'A7']);
    expect(spreadOf(labels, 'A3')).toEqual(['A6', 'A3']);
    expect(spreadOf(labels, 'A5')).toEqual(['A4', 'A5']);
    expect(spreadOf(['A1', 'A2', 'A3'], 'A2')).toEqual(['A2']);
  });
});

describe('zoom', () => {
  it('is the real size at 100 % on a 96-dpi screen, and fits the page to the window', () => {
    const page = { width: 1105.5, height: 1530.7 };
    expect(resolveZoom({ kind: 'percent', percent: 100 }, page, { width: 800, height: 600 })).toBeCloseTo(PX_PER_PT);
    const fit = resolveZoom({ kind: 'fit-page' }, page, { width: 1200, height: 900 });
    expect(page.height * fit).toBeLessThanOrEqual(900);
    expect(page.width * resolveZoom({ kind: 'fit-width' }, page, { width: 1200, height: 900 })).toBeLessThanOrEqual(1200);
    expect(percentOf(PX_PER_PT * 2)).toBeCloseTo(200);
  });

  it('steps through the usual zoom levels', () => {
    expect(stepZoom(100, 1)).toBe(125);
    expect(stepZoom(100, -1)).toBe(75);
    expect(stepZoom(35.8, 1)).toBe(50);
    expect(stepZoom(400, 1)).toBe(500);
  });
});

describe('copy-fit badges', () => {
  it('says 超N字 for overflow and 余N行 for empty lines, with a sentence and the data attribute', () => {
    const over = blockBadges({ ...emptyDiagnostics('b1', 'A2', 'article', 'a1'), overflowChars: 37, overflowLines: 3 });
    expect(over).toHaveLength(1);
    expect(over[0]!.text).toBe('超37字');
    expect(over[0]!.data).toEqual({ 'data-overflow-chars': '37' });
    expect(over[0]!.explain).toContain('删 37 字');
    const free = blockBadges({ ...emptyDiagnostics('b1', 'A2', 'article', 'a1'), emptyLines: 4 });
    expect(free[0]!.text).toBe('余4行');
    expect(free[0]!.data).toEqual({ 'data-free-lines': '4' });
    expect(blockBadges(emptyDiagnostics('b1', 'A2', 'article', 'a1'))).toEqual([]);
    const many = blockBadges({
      ...emptyDiagnostics('b1', 'A2', 'photo', null),
      missingImages: 1,
      missingGlyphs: ['𠀀'],
      unresolvedJump: '续排的版块不在本期',
    });
    expect(many.map((badge) => badge.kind)).toEqual(['glyphs', 'image', 'jump']);
  });
});

describe('changed areas after an edit', () => {
  const ink = { c: 0, m: 0, y: 0, k: 100 };
  const line = (y: number, text: string): GlyphRun => ({
    type: 'glyphs',
    font: 'serif-regular',
    size: pt(9),
    ink,
    x: pt(50),
    y: pt(y),
    text,
    glyphs: [...text].map((char, index) => ({ id: char.codePointAt(0)!, x: pt(index * 9), advance: pt(9), text: char })),
  });
  const group = (items: DisplayItem[]): DisplayItem[] => [
    { type: 'group', blockId: 'b1', x: pt(50), y: pt(90), width: pt(200), height: pt(200), items },
  ];

  it('repaints only the lines that differ, not the whole block', () => {
    const before = group([line(100, '甲乙丙'), line(112, '丁戊己'), line(124, '庚辛壬')]);
    const after = group([line(100, '甲乙丙'), line(112, '丁戊巳'), line(124, '庚辛壬')]);
    const areas = changedAreas(before, after);
    expect(areas).toHaveLength(1);
    expect(areas[0]!.y).toBeGreaterThan(100);
    // Above the next line's ideographs (0.88 em over its baseline).
    expect(areas[0]!.y + areas[0]!.height).toBeLessThan(124 - 0.88 * 9);
    expect(changedAreas(before, before)).toEqual([]);
  });

  it('joins touching areas into one', () => {
    expect(
      mergeBoxes([
        { x: 0, y: 0, width: 10, height: 10 },
        { x: 0, y: 11, width: 10, height: 10 },
        { x: 50, y: 0, width: 5, height: 5 },
      ]),
    ).toHaveLength(2);
  });
});
