import { describe, expect, it } from 'vitest';
import { formatTypeSize, HAO_SIZES, haoToPt, ptToHao } from '../../../shared/units/hao';
import { mm, mmToPt, pt, ptToMm } from '../../../shared/units/units';

describe('units', () => {
  it('converts millimetres and points both ways', () => {
    expect(mmToPt(mm(25.4))).toBeCloseTo(72, 10);
    expect(ptToMm(pt(72))).toBeCloseTo(25.4, 10);
    expect(ptToMm(mmToPt(mm(390)))).toBeCloseTo(390, 10);
  });

  it('knows the 号 table of the publication', () => {
    expect(HAO_SIZES).toHaveLength(16);
    expect(haoToPt('初号')).toBe(42);
    expect(haoToPt('小五')).toBe(9);
    expect(haoToPt('五号')).toBe(10.5);
    expect(haoToPt('八号')).toBe(5);
    expect(ptToHao(pt(22))).toBe('二号');
    expect(ptToHao(pt(9.5))).toBeUndefined();
    expect(formatTypeSize(pt(9))).toBe('小五（9 pt）');
    expect(formatTypeSize(pt(9.5))).toBe('9.5 pt');
  });

  it('orders sizes from largest to smallest', () => {
    const sizes = HAO_SIZES.map((size) => size.pt);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
  });
});
