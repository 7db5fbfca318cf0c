// How a new issue is numbered among the ones already on file, and what a new issue or article
// block starts with. Wrong numbers end up printed in the masthead, so each rule is stated here.
import { describe, expect, it } from 'vitest';
import { defaultProfile } from '../../../shared/model/default-profile';
import type { Page } from '../../../shared/model/issue';
import {
  createIssue,
  firstFreeLine,
  MASTHEAD_LINES,
  newArticleBlock,
  numberingAmong,
  PAGE_HEADER_LINES,
  previousIssueAmong,
  type IssueNumbering,
} from '../../../shared/model/issue-factory';
import { gridColumns, gridLines } from '../../../shared/units/units';

const profile = defaultProfile();
const today = '2025-06-01';

const may2: IssueNumbering = { number: 13, totalNumber: 4368, date: '2025-05-02' };
const may9: IssueNumbering = { number: 14, totalNumber: 4369, date: '2025-05-09' };
const may16: IssueNumbering = { number: 15, totalNumber: 4370, date: '2025-05-16' };

describe('numbering a new issue after the latest one', () => {
  it('follows the latest issue whatever order the issues are listed in', () => {
    const expected = { number: 16, totalNumber: 4371, date: '2025-05-23' };
    expect(numberingAmong(profile, [may16, may2, may9], today)).toEqual(expected);
    expect(numberingAmong(profile, [may2, may9, may16], today)).toEqual(expected);
  });

  it('between two issues of the same date, follows the one with the higher 总期号', () => {
    // A special issue on the same day as the regular one.
    const special = { number: 15, totalNumber: 4370, date: '2025-05-09' };
    const expected = { number: 16, totalNumber: 4371, date: '2025-05-16' };
    expect(numberingAmong(profile, [special, may9], today)).toEqual(expected);
    expect(numberingAmong(profile, [may9, special], today)).toEqual(expected);
  });

  it('ignores issues dated outside the accepted range', () => {
    const typo = { number: 99, totalNumber: 9999, date: '9999-12-31' };
    expect(numberingAmong(profile, [may9, typo], today)).toEqual({ number: 15, totalNumber: 4370, date: '2025-05-16' });
    expect(previousIssueAmong([typo, may9])).toBe(may9);
  });
});

describe('numbering a new issue on a given date', () => {
  it('follows the latest issue dated strictly before that date', () => {
    expect(numberingAmong(profile, [may2, may9, may16], today, '2025-05-09')).toEqual({
      number: 14,
      totalNumber: 4369,
      date: '2025-05-09',
    });
  });

  it('takes the numbers just below the earliest issue when dated before every issue', () => {
    const expected = { number: 13, totalNumber: 4368, date: '2025-05-02' };
    expect(numberingAmong(profile, [may16, may9], today, '2025-05-02')).toEqual(expected);
    expect(numberingAmong(profile, [may9, may16], today, '2025-05-02')).toEqual(expected);
  });

  it('on the date of the earliest issue, takes the numbers of that issue, just below the next one', () => {
    expect(numberingAmong(profile, [may16, may9], today, '2025-05-09')).toEqual({
      number: 14,
      totalNumber: 4369,
      date: '2025-05-09',
    });
  });

  it('before two earliest issues of the same date, counts down from the lower 总期号', () => {
    const special = { number: 15, totalNumber: 4370, date: '2025-05-09' };
    const expected = { number: 13, totalNumber: 4368, date: '2025-05-02' };
    expect(numberingAmong(profile, [special, may9], today, '2025-05-02')).toEqual(expected);
    expect(numberingAmong(profile, [may9, special], today, '2025-05-02')).toEqual(expected);
  });

  it('never numbers an issue 0: before an issue 1 of the same year it is issue 1 too', () => {
    const first = { number: 1, totalNumber: 4352, date: '2025-01-03' };
    expect(numberingAmong(profile, [first], today, '2025-01-01')).toEqual({ number: 1, totalNumber: 4351, date: '2025-01-01' });
  });

  it('restarts 期号 at 1 when dated in the year before the earliest issue', () => {
    const third = { number: 3, totalNumber: 4354, date: '2026-01-16' };
    expect(numberingAmong(profile, [third], today, '2025-12-26')).toEqual({ number: 1, totalNumber: 4353, date: '2025-12-26' });
  });

  it('with no issues on file, is issue 1 on that date', () => {
    expect(numberingAmong(profile, [], today, '2025-05-09')).toEqual({ number: 1, totalNumber: 1, date: '2025-05-09' });
  });
});

describe('the issue a new one follows', () => {
  it('is the latest one, or with a date, the latest strictly before it', () => {
    expect(previousIssueAmong([may9, may16, may2])).toBe(may16);
    expect(previousIssueAmong([may9, may16, may2], '2025-05-09')).toBe(may2);
    expect(previousIssueAmong([may9, may16], '2025-05-09')).toBeUndefined();
  });

  it('ignores issues dated outside the accepted range when a date is given', () => {
    const typo = { number: 1, totalNumber: 1, date: '1899-12-29' };
    expect(previousIssueAmong([typo], '2025-05-09')).toBeUndefined();
  });
});

describe('pages of a new issue', () => {
  it('have an empty name and editor where the profile names fewer pages than the issue has', () => {
    const short = { ...profile, pageNames: ['要闻'], pageEditors: [] };
    const issue = createIssue(short, { number: 1, totalNumber: 1, date: '2025-05-09' });
    expect(issue.pages[0]?.name).toBe('要闻');
    expect(issue.pages[0]?.editor).toBe('');
    expect(issue.pages[1]?.name).toBe('');
  });
});

const header = (kind: 'masthead' | 'pageHeader', line: number, lines: number) => ({
  kind,
  id: `${kind}-${line}`,
  col: gridColumns(0),
  line: gridLines(line),
  cols: gridColumns(8),
  lines: gridLines(lines),
});

const article = (line: number, lines: number) =>
  newArticleBlock({
    id: `article-${line}`,
    col: gridColumns(0),
    line: gridLines(line),
    cols: gridColumns(4),
    lines: gridLines(lines),
    articleId: null,
    textColumns: 3,
  });

const page = (blocks: Page['blocks']): Page => ({ id: 'p1', label: 'A1', name: '', editor: '', blocks });

describe('free space on a page', () => {
  it('starts below the masthead on the front page and below the page header inside', () => {
    const issue = createIssue(profile, { number: 14, totalNumber: 4369, date: '2025-05-09' });
    expect(firstFreeLine(issue.pages[0] as Page)).toBe(MASTHEAD_LINES);
    expect(firstFreeLine(issue.pages[3] as Page)).toBe(PAGE_HEADER_LINES);
  });

  it('starts at the top of a page with neither masthead nor page header', () => {
    expect(firstFreeLine(page([]))).toBe(0);
    expect(firstFreeLine(page([article(0, 30)]))).toBe(0);
  });

  it('is not pushed down by article blocks, only by the masthead or page header', () => {
    expect(firstFreeLine(page([article(0, 40), header('pageHeader', 0, 3)]))).toBe(3);
    expect(firstFreeLine(page([header('masthead', 0, 22), article(30, 40)]))).toBe(22);
  });

  it('starts below the lowest masthead or header, wherever it sits', () => {
    expect(firstFreeLine(page([header('pageHeader', 2, 3)]))).toBe(5);
    expect(firstFreeLine(page([header('masthead', 4, 22), header('pageHeader', 0, 3)]))).toBe(26);
    expect(firstFreeLine(page([header('pageHeader', 0, 3), header('masthead', 1, 22)]))).toBe(23);
  });
});

describe('a new article block', () => {
  it('prints kicker and subtitle, headline across, no jump', () => {
    const block = article(22, 30);
    expect(block.showKicker).toBe(true);
    expect(block.showSubtitle).toBe(true);
    expect(block.headline).toBe('across');
    expect(block.continuesIn).toBeNull();
  });
});
