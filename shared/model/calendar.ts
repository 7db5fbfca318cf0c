// Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so a machine's time zone never shifts a day.

export const WEEKDAY_NAMES = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

/**
 * The dates an issue may carry. Anything outside is a typing mistake (9999-12-31, 0000-01-01), and
 * the calendar past year 9999 has no YYYY-MM-DD form at all.
 */
export const EARLIEST_ISSUE_DATE = '1900-01-01';
export const LATEST_ISSUE_DATE = '2999-12-31';
export const ISSUE_DATE_RANGE_MESSAGE = `日期必须在 ${EARLIEST_ISSUE_DATE} 至 ${LATEST_ISSUE_DATE} 之间`;

function toUtc(isoDate: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`not an ISO date: ${isoDate}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new RangeError(`no such date: ${isoDate}`);
  }
  return date;
}

function fromUtc(date: Date): string {
  const year = date.getUTCFullYear();
  if (year < 0 || year > 9999) throw new RangeError(`no YYYY-MM-DD form for the year ${year}`);
  return date.toISOString().slice(0, 10);
}

export function isValidIsoDate(isoDate: string): boolean {
  try {
    toUtc(isoDate);
    return true;
  } catch {
    return false;
  }
}

/** A real date in YYYY-MM-DD form within EARLIEST_ISSUE_DATE … LATEST_ISSUE_DATE. */
export function isIssueDate(isoDate: string): boolean {
  return isValidIsoDate(isoDate) && isoDate >= EARLIEST_ISSUE_DATE && isoDate <= LATEST_ISSUE_DATE;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayIndex(isoDate: string): number {
  return toUtc(isoDate).getUTCDay();
}

export function weekdayName(isoDate: string): string {
  return WEEKDAY_NAMES[weekdayIndex(isoDate)] ?? '';
}

export function addDays(isoDate: string, days: number): string {
  const date = toUtc(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/** The first date strictly after `isoDate` that falls on `weekday`. */
export function nextWeekdayAfter(isoDate: string, weekday: number): string {
  const delta = (weekday - weekdayIndex(isoDate) + 7) % 7 || 7;
  return addDays(isoDate, delta);
}

/** The first date on or after `isoDate` that falls on `weekday`. */
export function weekdayOnOrAfter(isoDate: string, weekday: number): string {
  return addDays(isoDate, (weekday - weekdayIndex(isoDate) + 7) % 7);
}

/** "2025年5月9日 星期五" — the form used in mastheads and page headers. */
export function formatChineseDate(isoDate: string, withWeekday = true): string {
  const date = toUtc(isoDate);
  const text = `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
  return withWeekday ? `${text} ${weekdayName(isoDate)}` : text;
}

export function yearOf(isoDate: string): number {
  return toUtc(isoDate).getUTCFullYear();
}
