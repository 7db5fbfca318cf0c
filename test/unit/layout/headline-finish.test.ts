// Headlines as a desk sets them: a long one in two balanced lines before it is ever shrunk, its
// punctuation half-width, and its size by the story's rank on the page and the block's width.
import { describe, expect, it } from 'vitest';
import { setHeadlineLines } from '../../../shared/layout/headline-lines';
import { headlineSizeFor, withHeadlineSizes } from '../../../shared/layout/headline-size';
import { setText } from '../../../shared/layout/set-text';
import { defaultTextColumns, textColumnChars } from '../../../shared/model/grid';
import { createIssue } from '../../../shared/model/issue-factory';
import type { ArticleBlock, Issue } from '../../../shared/model/issue';
import { FORMAT_PRESET_VALUES } from '../../../shared/model/default-profile';
import { gridColumns, gridLines } from '../../../shared/units/units';
import { block, bundledFonts, profile } from './layout-fixtures';

const HEADLINE = profile.styles.headline;
/** Chinese characters of a line, the marks and Latin left out (what "within two characters" counts). */
const hanCount = (text: string) => [...text].filter((char) => /\p{Script=Han}/u.test(char)).length;

describe('a headline with no line count of its own', () => {
  it('stays on one line when it fits', async () => {
    const fonts = await bundledFonts();
    const { set, style } = setHeadlineLines(fonts, HEADLINE, '园区新添检测中心', 400, null, 'gb');
    expect(set.lines).toHaveLength(1);
    expect(style.size).toBe(HEADLINE.size);
  });

  it('is set in two lines balanced within two characters, at its own size, before it is shrunk', async () => {
    const fonts = await bundledFonts();
    const text = '开发区新建公共检测中心投入使用中小企业检测周期缩短到三天以内';
    // Wide enough for about 20 characters at 22 pt: one line cannot hold its 30.
    const { set, style } = setHeadlineLines(fonts, HEADLINE, text, 22 * 20, null, 'gb');
    expect(style.size).toBe(HEADLINE.size);
    expect(set.lines).toHaveLength(2);
    const [first, second] = set.lines.map((line) => hanCount(line.text));
    expect(Math.abs(first! - second!)).toBeLessThanOrEqual(2);
    expect(set.lines.map((line) => line.text).join('')).toBe(text);
  });

  it('is shrunk only when two lines at its size cannot hold it', async () => {
    const fonts = await bundledFonts();
    const text = '开发区新建公共检测中心投入使用中小企业检测周期缩短到三天以内今年还将新增两条检测线并与高校共建实验室';
    const { set, style } = setHeadlineLines(fonts, HEADLINE, text, 22 * 20, null, 'gb');
    expect(set.lines).toHaveLength(2);
    expect(style.size).toBeLessThan(HEADLINE.size);
  });
});

describe('headline punctuation', () => {
  it('is half-width: a colon before a quote takes one em, not one and a half, and quotes half an em each', async () => {
    const fonts = await bundledFonts();
    const size = 36;
    const style = { ...HEADLINE, size: size as typeof HEADLINE.size };
    const width = (text: string, punctuation: 'full' | 'half') =>
      setText(fonts, style, text, { width: 2000, lineBreaking: 'gb', punctuation }).lines[0]!.width;
    const plain = width('晋中链式集群', 'half');
    const marked = width('晋中：“链式集群”', 'half');
    // Three marks, each half an em.
    expect(marked - plain).toBeCloseTo(1.5 * size, 0);
    // Body text compresses only where two marks meet: ：“ is 1.5 em there, ” a full em.
    expect(width('晋中：“链式集群”', 'full') - plain).toBeCloseTo(2.5 * size, 0);
  });
});

describe('headline sizes by prominence', () => {
  it('sets the front page lead in 小初, a page lead larger than the stories under it, narrow lower stories smaller', () => {
    expect(headlineSizeFor(profile, 1, 8, true)).toBe(36);
    const pageLead = headlineSizeFor(profile, 1, 8, false);
    const second = headlineSizeFor(profile, 2, 5, false);
    const lower = headlineSizeFor(profile, 4, 3, false);
    expect(pageLead).toBeGreaterThan(second);
    expect(second).toBeGreaterThan(lower);
    // A wider block of the same rank never gets a smaller headline.
    for (const rank of [1, 2, 3, 5])
      for (let cols = 1; cols < 8; cols += 1)
        expect(headlineSizeFor(profile, rank, cols + 1, false)).toBeGreaterThanOrEqual(headlineSizeFor(profile, rank, cols, false));
  });

  it('gives blocks with no size their rank on the page, widest first, and leaves chosen sizes and continuations alone', () => {
    const issue: Issue = createIssue(profile, { number: 1, totalNumber: 1, date: '2025-05-09' });
    const at = (id: string, geometry: Partial<ArticleBlock>) => block(id, `art-${id}`, geometry);
    issue.pages[2]!.blocks.push(
      at('narrow', { col: gridColumns(0), line: gridLines(3), cols: gridColumns(3), lines: gridLines(30) }),
      at('wide', { col: gridColumns(0), line: gridLines(40), cols: gridColumns(8), lines: gridLines(12) }),
      at('chosen', { col: gridColumns(3), line: gridLines(3), cols: gridColumns(5), lines: gridLines(30), headlineSize: 30 }),
    );
    issue.pages[1]!.blocks.push(at('jumps', { continuesIn: 'continued', col: gridColumns(0), line: gridLines(3), cols: gridColumns(8) }));
    issue.pages[3]!.blocks.push(block('continued', 'art-jumps', { col: gridColumns(0), line: gridLines(3), cols: gridColumns(8) }));
    const sized = withHeadlineSizes(profile, issue);
    const sizeOf = (id: string) => {
      const found = sized.pages.flatMap((page) => page.blocks).find((candidate) => candidate.id === id);
      return found?.kind === 'article' ? found.headlineSize : undefined;
    };
    // The 8-column story leads its page although it stands lower; the chosen size is kept.
    expect(sizeOf('wide')).toBe(headlineSizeFor(profile, 1, 8, false));
    expect(sizeOf('chosen')).toBe(30);
    expect(sizeOf('narrow')).toBe(headlineSizeFor(profile, 3, 3, false));
    expect(sizeOf('continued')).toBeNull();
    // The stored issue is not changed: sizes are worked out at each layout.
    expect(
      issue.pages[2]!.blocks.every(
        (candidate) => candidate.kind !== 'article' || candidate.id === 'chosen' || candidate.headlineSize === null,
      ),
    ).toBe(true);
  });
});

describe('the measure of body lines', () => {
  it('sets 18–22 characters to a line over the full page width and over half of it, for 对开 and 四开', () => {
    for (const format of [FORMAT_PRESET_VALUES.对开, FORMAT_PRESET_VALUES.四开]) {
      for (const cols of [format.columns, format.columns - 1, format.columns - 2, 3]) {
        const chars = textColumnChars(format, cols, defaultTextColumns(format, cols));
        expect(chars, `${format.preset} ${cols}`).toBeGreaterThanOrEqual(17);
        expect(chars, `${format.preset} ${cols}`).toBeLessThanOrEqual(23);
      }
    }
    // The 8 base columns of 对开 as 5 text columns of 21 characters.
    expect(defaultTextColumns(FORMAT_PRESET_VALUES.对开, 8)).toBe(5);
    expect(textColumnChars(FORMAT_PRESET_VALUES.对开, 8, 5)).toBe(21);
  });
});
