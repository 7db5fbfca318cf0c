// How times and issue numbers read in the UI: local time for edits, the masthead form for issues.
import { formatChineseDate } from '../../../shared/model/calendar';
import type { IssueIndexEntry } from '../../../shared/model/workspace';

const pad = (value: number) => String(value).padStart(2, '0');

/** "2025-05-09 14:30" in the machine's time zone: when someone last touched a manuscript. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "第14期 总第4369期". */
export function issueNumbers(issue: Pick<IssueIndexEntry, 'number' | 'totalNumber'>): string {
  return `第${issue.number}期 总第${issue.totalNumber}期`;
}

/** "2025年5月9日 星期五": the weekday is always computed from the date. */
export function issueDate(issue: Pick<IssueIndexEntry, 'date'>): string {
  return formatChineseDate(issue.date);
}

export function formatCount(value: number): string {
  return value.toLocaleString('zh-CN');
}
