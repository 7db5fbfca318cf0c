// New issues from the profile: numbering advanced from the last issue, the date on the next
// publication weekday, and pages from templates (A1 with masthead, A2… with page header).
import { gridColumns, gridLines } from '../units/units';
import { isIssueDate, nextWeekdayAfter, weekdayOnOrAfter, yearOf } from './calendar';
import type { ArticleBlock, Block, Issue, Page } from './issue';
import type { PublicationProfile } from './profile';
import { SCHEMA_VERSION } from './version';

/** Body lines the masthead takes at the top of the front page. */
export const MASTHEAD_LINES = 22;
/** Body lines the page header (报眉) takes at the top of an inside page, its rule included. */
export const PAGE_HEADER_LINES = 3;

export interface IssueNumbering {
  number: number;
  totalNumber: number;
  date: string;
}

export function issueId(numbering: Pick<IssueNumbering, 'number' | 'date'>): string {
  return `${numbering.date}-${numbering.number}`;
}

export function pageLabel(profile: PublicationProfile, index: number): string {
  return `${profile.pageLabelPrefix}${index + 1}`;
}

/**
 * Numbering of the issue after `last`: one week on (the next publication weekday after the last
 * issue's date, unless a date is given); 期号 counts within the year, 总期号 never resets.
 */
export function nextIssueNumbering(
  profile: PublicationProfile,
  last: IssueNumbering | undefined,
  today: string,
  date?: string,
): IssueNumbering {
  if (!last) {
    return { number: 1, totalNumber: 1, date: date ?? weekdayOnOrAfter(today, profile.publicationWeekday) };
  }
  const nextDate = date ?? nextWeekdayAfter(last.date, profile.publicationWeekday);
  const sameYear = yearOf(nextDate) === yearOf(last.date);
  return { number: sameYear ? last.number + 1 : 1, totalNumber: last.totalNumber + 1, date: nextDate };
}

function latestOf<T extends IssueNumbering>(issues: readonly T[]): T | undefined {
  let latest: T | undefined;
  for (const issue of issues) {
    if (!latest || issue.date > latest.date || (issue.date === latest.date && issue.totalNumber > latest.totalNumber)) latest = issue;
  }
  return latest;
}

function earliestOf<T extends IssueNumbering>(issues: readonly T[]): T | undefined {
  let earliest: T | undefined;
  for (const issue of issues) {
    if (!earliest || issue.date < earliest.date || (issue.date === earliest.date && issue.totalNumber < earliest.totalNumber))
      earliest = issue;
  }
  return earliest;
}

/**
 * The numbering of a new issue among the existing ones (any order). Without a date it follows the
 * latest issue; with one, the latest issue dated before it, so an issue set far ahead never shifts
 * the numbers of those before it (and one dated before every issue takes the numbers just below
 * the earliest). Issues dated outside the accepted range (left by older versions) are ignored.
 */
export function numberingAmong(
  profile: PublicationProfile,
  issues: readonly IssueNumbering[],
  today: string,
  date?: string,
): IssueNumbering {
  const usable = issues.filter((issue) => isIssueDate(issue.date));
  if (date === undefined) return nextIssueNumbering(profile, latestOf(usable), today);
  const before = latestOf(usable.filter((issue) => issue.date < date));
  if (before) return nextIssueNumbering(profile, before, today, date);
  const after = earliestOf(usable.filter((issue) => issue.date > date));
  if (!after) return nextIssueNumbering(profile, undefined, today, date);
  const sameYear = yearOf(after.date) === yearOf(date);
  return { number: sameYear && after.number > 1 ? after.number - 1 : 1, totalNumber: Math.max(1, after.totalNumber - 1), date };
}

/**
 * The issue a new one follows, as numberingAmong numbers it: the latest one, or with a date the
 * latest before it. 新建下一期 offers to copy this one's page layout.
 */
export function previousIssueAmong<T extends IssueNumbering>(issues: readonly T[], date?: string): T | undefined {
  const usable = issues.filter((issue) => isIssueDate(issue.date));
  return latestOf(date === undefined ? usable : usable.filter((issue) => issue.date < date));
}

export function templatePage(profile: PublicationProfile, index: number): Page {
  const label = pageLabel(profile, index);
  const id = `p${index + 1}`;
  const cols = gridColumns(profile.format.columns);
  const top =
    index === 0
      ? { kind: 'masthead' as const, id: `${id}-masthead`, col: gridColumns(0), line: gridLines(0), cols, lines: gridLines(MASTHEAD_LINES) }
      : {
          kind: 'pageHeader' as const,
          id: `${id}-header`,
          col: gridColumns(0),
          line: gridLines(0),
          cols,
          lines: gridLines(PAGE_HEADER_LINES),
        };
  return {
    id,
    label,
    name: profile.pageNames[index] ?? '',
    editor: profile.pageEditors[index] ?? '',
    blocks: [top],
  };
}

export function createIssue(profile: PublicationProfile, numbering: IssueNumbering): Issue {
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'issue',
    id: issueId(numbering),
    rev: 1,
    number: numbering.number,
    totalNumber: numbering.totalNumber,
    date: numbering.date,
    pages: Array.from({ length: profile.pagesPerIssue }, (_, index) => templatePage(profile, index)),
  };
}

/** A block as last week left it, without this week's content: frames stay, articles and photos go. */
function emptiedBlock(block: Block): Block {
  if (block.kind === 'article') return { ...block, articleId: null };
  if (block.kind === 'photo') return { ...block, assetId: null, caption: '', credit: '' };
  return { ...block };
}

/**
 * A new issue on the page layout of `source` (usually last week's): its pages with their 版名,
 * 责任编辑 and blocks, article blocks as empty frames (continuation links kept) and photo blocks
 * without photo, caption or credit. Labels follow page order as always.
 */
export function createIssueWithLayout(profile: PublicationProfile, numbering: IssueNumbering, source: Issue): Issue {
  const issue = createIssue(profile, numbering);
  const pages = source.pages.map((page) => ({ ...page, blocks: page.blocks.map(emptiedBlock) }));
  return relabelPages(profile, { ...issue, pages });
}

/** Page labels follow page order; call after pages are re-ordered, inserted or removed. */
export function relabelPages(profile: PublicationProfile, issue: Issue): Issue {
  return { ...issue, pages: issue.pages.map((page, index) => ({ ...page, label: pageLabel(profile, index) })) };
}

/** The line where free space starts on a page: below its masthead or page header. */
export function firstFreeLine(page: Page): number {
  let line = 0;
  for (const block of page.blocks) {
    if (block.kind === 'masthead' || block.kind === 'pageHeader') line = Math.max(line, block.line + block.lines);
  }
  return line;
}

/**
 * A new article block as the desk first gets it: headline across the block in the profile's size,
 * kicker and subtitle printed, no jump.
 */
export function newArticleBlock(
  fields: Pick<ArticleBlock, 'id' | 'col' | 'line' | 'cols' | 'lines' | 'articleId' | 'textColumns'>,
): ArticleBlock {
  return {
    kind: 'article',
    ...fields,
    headline: 'across',
    headlineSize: null,
    headlineLines: null,
    showKicker: true,
    showSubtitle: true,
    continuesIn: null,
  };
}
