import { describe, expect, it } from 'vitest';
import { weekdayIndex } from '../../../shared/model/calendar';
import { defaultProfile, FORMAT_PRESET_VALUES } from '../../../shared/model/default-profile';
import { bodyLinesPerPage, textColumnChars, typeAreaChars, typeAreaWidth } from '../../../shared/model/grid';
import { createIssue, nextIssueNumbering, relabelPages } from '../../../shared/model/issue-factory';
import { issueSchema } from '../../../shared/model/issue';
import { profileSchema } from '../../../shared/model/profile';
import { ptToMm } from '../../../shared/units/units';

const profile = defaultProfile();

describe('publication profile', () => {
  it('validates and carries the masthead facts', () => {
    expect(profileSchema.parse(profile)).toEqual(profile);
    expect(profile.masthead.title).toBe('开发区建设');
    expect(profile.masthead.cnNumber).toBe('CN 14-0015');
    expect(profile.masthead.postalCode).toBe('21-465');
    expect(profile.publicationWeekday).toBe(5);
  });

  it('has the grid of the 对开 and 四开 presets', () => {
    expect(typeAreaChars(FORMAT_PRESET_VALUES.对开)).toBe(111);
    expect(ptToMm(typeAreaWidth(FORMAT_PRESET_VALUES.对开))).toBeCloseTo(352.4, 1);
    expect(typeAreaChars(FORMAT_PRESET_VALUES.四开)).toBe(71);
    expect(textColumnChars(FORMAT_PRESET_VALUES.对开, 3, 2)).toBe(20);
    expect(textColumnChars(FORMAT_PRESET_VALUES.对开, 1, 1)).toBe(13);
    expect(bodyLinesPerPage(FORMAT_PRESET_VALUES.对开)).toBeGreaterThan(90);
  });
});

describe('new issues', () => {
  it('get eight pages A1–A8 with page names, editors, masthead and headers', () => {
    const issue = createIssue(profile, { number: 14, totalNumber: 4369, date: '2025-05-09' });
    expect(issueSchema.parse(issue)).toEqual(issue);
    expect(issue.pages.map((page) => page.label)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8']);
    expect(issue.pages.every((page) => page.name && page.editor)).toBe(true);
    expect(issue.pages[0]?.blocks[0]?.kind).toBe('masthead');
    expect(issue.pages.slice(1).every((page) => page.blocks[0]?.kind === 'pageHeader')).toBe(true);
  });

  it('advance 期号 and 总期号 by one and the date by one week, on a Friday', () => {
    const last = { number: 14, totalNumber: 4369, date: '2025-05-09' };
    const next = nextIssueNumbering(profile, last, '2026-11-22');
    expect(next).toEqual({ number: 15, totalNumber: 4370, date: '2025-05-16' });
    expect(weekdayIndex(next.date)).toBe(5);
  });

  it('restart 期号 in a new year while 总期号 goes on', () => {
    const next = nextIssueNumbering(profile, { number: 52, totalNumber: 4407, date: '2025-12-26' }, '2025-12-27');
    expect(next).toEqual({ number: 1, totalNumber: 4408, date: '2026-01-02' });
  });

  it('take the first issue on the next publication day from today, or a given date', () => {
    expect(nextIssueNumbering(profile, undefined, '2026-11-22')).toEqual({ number: 1, totalNumber: 1, date: '2026-11-27' });
    expect(nextIssueNumbering(profile, { number: 3, totalNumber: 9, date: '2026-01-16' }, '2026-11-22', '2026-01-20').date).toBe(
      '2026-01-20',
    );
  });

  it('relabel pages after re-ordering', () => {
    const issue = createIssue(profile, { number: 1, totalNumber: 1, date: '2026-11-27' });
    const reordered = relabelPages(profile, { ...issue, pages: [...issue.pages].reverse() });
    expect(reordered.pages.map((page) => page.label)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8']);
    expect(reordered.pages[0]?.id).toBe('p8');
  });
});
