import { describe, expect, it } from 'vitest';
import type { GlyphRun, GroupItem, RuleItem } from '../../../shared/display/display-list';
import type { Pt } from '../../../shared/units/units';
import { applyPatch, diffGroup, patchItems, sameDrawing } from '../../../renderer/src/pages/group-patch';

const pt = (value: number) => value as Pt;
const ink = { c: 0, m: 0, y: 0, k: 100 };

function run(text: string, x: number, y: number): GlyphRun {
  return {
    type: 'glyphs',
    font: 'serif-regular',
    size: pt(10),
    ink,
    x: pt(x),
    y: pt(y),
    glyphs: [...text].map((character, at) => ({ id: character.codePointAt(0)! % 5000, x: pt(at * 10), advance: pt(10), text: character })),
    text,
  };
}

const rule: RuleItem = { type: 'rule', x1: pt(0), y1: pt(0), x2: pt(100), y2: pt(0), width: pt(0.5), ink };

function group(items: GroupItem['items']): GroupItem {
  return { type: 'group', blockId: 'b1', x: pt(0), y: pt(0), width: pt(200), height: pt(300), items };
}

describe('group patches', () => {
  it('names unchanged and moved lines, sends changed ones whole, and rebuilds the same group', () => {
    const before = group([rule, run('园区新建的公共', 0, 12), run('检测中心已经', 0, 24), run('投入使用', 0, 36)]);
    const after = group([
      rule,
      run('园区新建的公共', 0, 12),
      run('检测中心已经了', 0, 24),
      run('投入使用', 0, 48),
      run('中小企业', 100, 12),
    ]);
    const patch = diffGroup(before, after)!;
    expect(patch.items.map((item) => item.type)).toEqual(['rule', 'ref', 'glyphs', 'ref', 'glyphs']);
    expect(patch.items[1]).toEqual({ type: 'ref', index: 1 });
    expect(patch.items[3]).toEqual({ type: 'ref', index: 3, x: 0, y: 48 });
    expect(patchItems(patch).map((item) => item.type)).toEqual(['rule', 'glyphs', 'glyphs']);
    const rebuilt = applyPatch(before, structuredClone(patch));
    expect(rebuilt).toEqual(after);
    // Unchanged lines are the old objects; a moved one shares its glyph list.
    expect(rebuilt.items[1]).toBe(before.items[1]);
    expect((rebuilt.items[3] as GlyphRun).glyphs).toBe((before.items[3] as GlyphRun).glyphs);
  });

  it('uses each old line once and compares glyphs, face, size and ink, not only the text', () => {
    const before = group([run('同一行', 0, 12)]);
    const moved = run('同一行', 0, 24);
    const bolder = { ...run('同一行', 0, 36), font: 'serif-bold' as const };
    const spaced = run('同一行', 0, 48);
    spaced.glyphs[1] = { ...spaced.glyphs[1]!, x: pt(11) };
    const after = group([moved, run('同一行', 0, 12), bolder, spaced]);
    const patch = diffGroup(before, after)!;
    expect(patch.items.map((item) => item.type)).toEqual(['ref', 'glyphs', 'glyphs', 'glyphs']);
    expect(applyPatch(before, patch)).toEqual(after);
  });

  it('is undefined when no line can be shared', () => {
    expect(diffGroup(group([run('甲', 0, 12)]), group([run('乙', 0, 12)]))).toBeUndefined();
  });

  it('refuses a reference to an item the old group does not have', () => {
    const before = group([run('甲', 0, 12)]);
    const patch = diffGroup(before, group([run('甲', 0, 24)]))!;
    expect(() => applyPatch(group([]), patch)).toThrow();
  });

  it('compares drawings by value', () => {
    const drawing = group([rule, run('园区', 0, 12)]);
    expect(sameDrawing(drawing, structuredClone(drawing))).toBe(true);
    expect(sameDrawing(drawing, group([rule, run('园区', 0, 13)]))).toBe(false);
    expect(sameDrawing(drawing, group([rule]))).toBe(false);
    expect(sameDrawing({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameDrawing({ a: [1] }, { a: { 0: 1 } })).toBe(false);
    expect(sameDrawing({ fill: null }, { fill: null })).toBe(true);
  });
});
