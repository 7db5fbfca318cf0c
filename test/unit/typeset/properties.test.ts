import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EM, lastGlyphEnd, lineTexts, set, violations } from './checks';

const HAN = [...'中国开发区建设科学导报临汾市项目发展新质生产力'];
const MARKS = [...'，。、；：？！“”‘’（）《》〈〉【】〖〗〔〕［］｛｝～·・‧／'];
const LATIN = [...'abcXYZ0123456789.%/-'];
const PIECES = [...HAN, ...MARKS, ...LATIN, ' ', '——', '……', 'AI', '5G', '15.3%', '200MW/400MWh', 'Intelligence'];

const mixedText = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 120 }).map((parts) => parts.join(''));
const options = fc.record({
  widthEm: fc.double({ min: 3, max: 40, noNaN: true }),
  indentEm: fc.constantFrom(0, 2),
  lineBreaking: fc.constantFrom('gb' as const, 'strict' as const),
  alignLast: fc.constantFrom('start' as const, 'end' as const, 'justify' as const),
});

describe('typesetting properties', () => {
  it('never throws, never loses or duplicates text, breaks the rules only where no legal break fits', () => {
    fc.assert(
      fc.property(mixedText, options, (text, { widthEm, ...rest }) => {
        const result = set(text, widthEm, rest);
        expect(lineTexts(result).join('')).toBe(text);
        for (const violation of violations(result.lines, rest.lineBreaking)) {
          expect(result.lines[violation.line]!.forced, violation.why).toBe(true);
        }
        result.lines.forEach((line, index) => {
          const isLast = index === result.lines.length - 1;
          if (!line.forced && (!isLast || rest.alignLast !== 'start')) {
            expect(lastGlyphEnd(line)).toBeLessThanOrEqual(widthEm * EM + 0.01);
          }
          if (line.justified) expect(Math.abs(lastGlyphEnd(line) - widthEm * EM)).toBeLessThan(0.01);
        });
      }),
      { numRuns: 600 },
    );
  });

  it('obeys every rule when Chinese text gives it room to break', () => {
    // Two ideographs between any two other pieces guarantee a legal break every few ems.
    const roomy = fc
      .array(
        fc.tuple(
          fc.constantFrom(...HAN),
          fc.constantFrom(...HAN),
          fc.constantFrom(...PIECES.filter((p) => p !== 'Intelligence' && p !== '200MW/400MWh')),
        ),
        {
          maxLength: 60,
        },
      )
      .map((triples) => triples.map((triple) => triple.join('')).join(''));
    fc.assert(
      fc.property(roomy, options, (text, { widthEm, ...rest }) => {
        const result = set(text, Math.max(widthEm, 8), rest);
        expect(lineTexts(result).join('')).toBe(text);
        expect(violations(result.lines, rest.lineBreaking)).toEqual([]);
        expect(result.lines.filter((line) => line.forced)).toEqual([]);
        for (const line of result.lines.slice(0, -1)) expect(Math.abs(lastGlyphEnd(line) - Math.max(widthEm, 8) * EM)).toBeLessThan(0.01);
      }),
      { numRuns: 400 },
    );
  });
});
