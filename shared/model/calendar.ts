// Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so a machine's time zone never shifts a day.

export const WEEKDAY_NAMES = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

function toUtc(isoDate: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`not an ISO date: ${isoDate}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new RangeError(`no such date: ${isoDate}`);
  }
  return date;
}

function fromUtc(date: Date): string {
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
