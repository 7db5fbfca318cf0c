// Date rules behind issue dates: only strict YYYY-MM-DD text is a date, and date arithmetic
// refuses to leave the years that form can write. A date that slipped through would be printed
// in the masthead and used to number issues.
import { describe, expect, it } from 'vitest';
import { addDays, isValidIsoDate, weekdayIndex, yearOf } from '../../../shared/model/calendar';

describe('ISO dates', () => {
  it('must be exactly YYYY-MM-DD, with nothing before or after', () => {
    expect(isValidIsoDate('2025-05-09')).toBe(true);
    expect(isValidIsoDate('x2025-05-09')).toBe(false);
    expect(isValidIsoDate('12025-05-09')).toBe(false);
    expect(isValidIsoDate('2025-05-09x')).toBe(false);
    expect(isValidIsoDate('2025-05-091')).toBe(false);
    expect(isValidIsoDate('2025-05-09T00:00:00Z')).toBe(false);
  });

  it('name the text they refuse, so the user sees what was typed', () => {
    expect(() => weekdayIndex('2025/05/09')).toThrow(new RangeError('not an ISO date: 2025/05/09'));
    expect(() => yearOf('2025-02-30')).toThrow(new RangeError('no such date: 2025-02-30'));
  });

  it('refuse months and days that do not exist', () => {
    for (const text of ['2025-00-10', '2025-13-01', '2025-04-31', '2025-01-00', '2025-01-32', '2023-02-29']) {
      expect(isValidIsoDate(text), text).toBe(false);
    }
    expect(isValidIsoDate('2024-02-29')).toBe(true);
  });
});

describe('adding days', () => {
  it('reaches the first and last dates YYYY-MM-DD can write', () => {
    expect(addDays('0000-01-02', -1)).toBe('0000-01-01');
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
  });

  it('refuses to go past year 9999 or before year 0, naming the year', () => {
    expect(() => addDays('9999-12-31', 1)).toThrow(new RangeError('no YYYY-MM-DD form for the year 10000'));
    expect(() => addDays('0000-01-01', -1)).toThrow(new RangeError('no YYYY-MM-DD form for the year -1'));
  });
});
