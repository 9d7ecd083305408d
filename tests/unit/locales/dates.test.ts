import { describe, expect, it } from 'vitest';
import { formatDate } from '@/locales/dates';

describe('formatDate', () => {
  it('writes month names in the UI language', () => {
    expect(formatDate('2026-03-05', 'nl')).toBe('5 maart 2026');
    expect(formatDate('2026-03-05', 'en')).toBe('5 March 2026');
  });

  it('offers short and month-only forms', () => {
    expect(formatDate('2026-10-01', 'nl', 'medium')).toBe('1 okt. 2026');
    expect(formatDate('2026-10-01', 'en', 'monthYear')).toBe('October 2026');
    expect(formatDate('2026-11-25', 'nl', 'weekday')).toBe('woensdag 25 november');
  });

  it('reads a stored day as a local calendar day, never shifting it through UTC', () => {
    // Midnight UTC would be the previous evening west of Greenwich; the day must stay the 1st.
    expect(formatDate('2026-01-01', 'en')).toBe('1 January 2026');
  });
});
