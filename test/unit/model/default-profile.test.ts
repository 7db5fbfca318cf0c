// The built-in profile must match the publication as PUBLICATION.md records it from a real front
// page: a new workspace prints these facts in its masthead and lays pages out on this grid.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultProfile, FORMAT_PRESET_VALUES } from '../../../shared/model/default-profile';
import { typeAreaChars, typeAreaWidth } from '../../../shared/model/grid';
import { createIssue, pageLabel } from '../../../shared/model/issue-factory';
import { profileSchema } from '../../../shared/model/profile';
import { ptToMm } from '../../../shared/units/units';

const profile = defaultProfile();

// The facts are read from PUBLICATION.md itself rather than written out again here; the test is
// skipped where the product notes are not beside the checkout.
const PUBLICATION = path.resolve(__dirname, '../../../../shared/product/PUBLICATION.md');

describe.skipIf(!existsSync(PUBLICATION))('the built-in masthead', () => {
  it('prints every fact as PUBLICATION.md records it: titles, slogans, honours, bodies, contact and registration', () => {
    const notes = readFileSync(PUBLICATION, 'utf8');
    const facts = Object.entries(profile.masthead).flatMap(([field, value]) =>
      (Array.isArray(value) ? value : [value]).filter((fact): fact is string => typeof fact === 'string').map((fact) => [field, fact]),
    );
    expect(facts.length).toBeGreaterThanOrEqual(15);
    for (const [field, fact] of facts) expect(notes.includes(fact!), `${field}: ${fact}`).toBe(true);
    expect(notes.includes(profile.name)).toBe(true);
  });
});

describe('the built-in issue plan', () => {
  it('is a Friday weekly of 8 pages labelled A1 to A8, each with a name and an editor', () => {
    expect(profile.publicationWeekday).toBe(5);
    expect(profile.pagesPerIssue).toBe(8);
    expect(Array.from({ length: 8 }, (_, index) => pageLabel(profile, index))).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8']);
    expect(profile.pageNames).toHaveLength(8);
    expect(profile.pageEditors).toHaveLength(8);
    const issue = createIssue(profile, { number: 14, totalNumber: 4369, date: '2025-05-09' });
    expect(issue.pages.map((page) => page.name)).toEqual(profile.pageNames);
    expect(issue.pages.map((page) => page.editor)).toEqual(profile.pageEditors);
  });

  it('writes jump lines as 下转 and 上接 with the page label', () => {
    expect(profile.jumps).toEqual({ continuedTo: '（下转{page}版）', continuedFrom: '（上接{page}版）' });
  });

  it('is a valid profile', () => {
    expect(profileSchema.parse(profile)).toEqual(profile);
  });

  it('is a fresh copy each time, so editing one never changes the preset', () => {
    const first = defaultProfile();
    first.format.columns = 6;
    first.pageNames[0] = '改名';
    expect(defaultProfile().format.columns).toBe(8);
    expect(defaultProfile().pageNames[0]).toBe('要闻');
    expect(FORMAT_PRESET_VALUES.对开.columns).toBe(8);
  });
});

describe('the page presets', () => {
  it('make the broadsheet the default: 390 × 540 mm, 8 columns of 13 characters, 1-character gutters', () => {
    expect(profile.format).toEqual(FORMAT_PRESET_VALUES.对开);
    const format = FORMAT_PRESET_VALUES.对开;
    expect(format.preset).toBe('对开');
    expect([format.trimWidth, format.trimHeight]).toEqual([390, 540]);
    expect([format.columns, format.columnChars, format.gutterChars]).toEqual([8, 13, 1]);
    expect(typeAreaChars(format)).toBe(111);
    expect(ptToMm(typeAreaWidth(format))).toBeCloseTo(352, 0);
  });

  it('give the tabloid 270 × 390 mm, 6 columns of 11 characters, 1-character gutters', () => {
    const format = FORMAT_PRESET_VALUES.四开;
    expect(format.preset).toBe('四开');
    expect([format.trimWidth, format.trimHeight]).toEqual([270, 390]);
    expect([format.columns, format.columnChars, format.gutterChars]).toEqual([6, 11, 1]);
    expect(typeAreaChars(format)).toBe(71);
  });

  it('set body text in 小五 (9 pt) on both presets', () => {
    expect(FORMAT_PRESET_VALUES.对开.bodySize).toBe(9);
    expect(FORMAT_PRESET_VALUES.四开.bodySize).toBe(9);
    expect(profile.styles.body.size).toBe(9);
  });

  it('fit the type area between the side margins of the page', () => {
    for (const format of [FORMAT_PRESET_VALUES.对开, FORMAT_PRESET_VALUES.四开]) {
      const room = format.trimWidth - format.marginInside - format.marginOutside;
      expect(ptToMm(typeAreaWidth(format))).toBeLessThanOrEqual(room + 0.1);
      expect(ptToMm(typeAreaWidth(format))).toBeGreaterThan(room - 1);
      expect(format.marginTop + format.marginBottom).toBeLessThan(format.trimHeight);
    }
  });
});

describe('the built-in type styles', () => {
  it('use the sizes of the house style for each text element', () => {
    const { styles } = profile;
    // 引题 小四–三号, 主题 二号–初号, 图说 六号–小五, 小标题 小五–五号.
    expect(styles.kicker.size).toBeGreaterThanOrEqual(12);
    expect(styles.kicker.size).toBeLessThanOrEqual(16);
    expect(styles.headline.size).toBeGreaterThanOrEqual(22);
    expect(styles.headline.size).toBeLessThanOrEqual(42);
    expect(styles.caption.size).toBeGreaterThanOrEqual(7.5);
    expect(styles.caption.size).toBeLessThanOrEqual(9);
    expect(styles.subhead.size).toBeGreaterThanOrEqual(9);
    expect(styles.subhead.size).toBeLessThanOrEqual(10.5);
    expect(styles.signature.size).toBe(styles.body.size);
    expect(styles.jumpLine.size).toBe(styles.body.size);
  });

  it('set headlines, datelines and subheads in the sans (黑) face and body text in the serif (宋)', () => {
    expect(profile.styles.headline.face).toBe('sans');
    expect(profile.styles.dateline.face).toBe('sans');
    expect(profile.styles.subhead.face).toBe('sans');
    expect(profile.styles.body.face).toBe('serif');
  });

  it('print every style in full black', () => {
    for (const style of Object.values(profile.styles)) expect(style.blackPercent).toBe(100);
  });
});
