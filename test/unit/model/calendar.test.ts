import { describe, expect, it } from 'vitest';
import {
  addDays,
  formatChineseDate,
  isValidIsoDate,
  nextWeekdayAfter,
  weekdayIndex,
  weekdayName,
  weekdayOnOrAfter,
} from '../../../shared/model/calendar';

describe('calendar', () => {
  it('computes weekdays, never trusting typed ones', () => {
    expect(weekdayName('2025-05-09')).toBe('星期五');
    expect(weekdayIndex('2024-02-29')).toBe(4);
    expect(weekdayName('2026-11-22')).toBe('星期日');
  });

  it('finds the next publication weekday', () => {
    expect(nextWeekdayAfter('2025-05-09', 5)).toBe('2025-05-16');
    expect(nextWeekdayAfter('2025-05-08', 5)).toBe('2025-05-09');
    expect(weekdayOnOrAfter('2025-05-09', 5)).toBe('2025-05-09');
    expect(nextWeekdayAfter('2025-12-26', 5)).toBe('2026-01-02');
  });

  it('adds days across months and leap years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
  });

  it('formats dates the way mastheads print them', () => {
    expect(formatChineseDate('2025-05-09')).toBe('2025年5月9日 星期五');
    expect(formatChineseDate('2025-05-09', false)).toBe('2025年5月9日');
  });

  it('rejects dates that do not exist', () => {
    expect(isValidIsoDate('2025-02-29')).toBe(false);
    expect(isValidIsoDate('2025-13-01')).toBe(false);
    expect(isValidIsoDate('2025-5-9')).toBe(false);
    expect(isValidIsoDate('2024-02-29')).toBe(true);
  });
});
