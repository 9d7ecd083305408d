import { describe, expect, it } from 'vitest';
import { formatBytes, formatPercent } from '@/locales/bytes';

// Intl puts a (narrow) no-break space between number and unit; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatBytes', () => {
  it('uses the largest decimal unit that fits, in the UI language', () => {
    expect(plain(formatBytes(512, 'nl'))).toBe('512 byte');
    expect(plain(formatBytes(350_000, 'nl'))).toBe('350 kB');
    expect(plain(formatBytes(1_250_000, 'nl'))).toBe('1,3 MB');
    expect(plain(formatBytes(1_250_000, 'en'))).toBe('1.3 MB');
    expect(plain(formatBytes(2_400_000_000, 'en'))).toBe('2.4 GB');
    expect(plain(formatBytes(64_000_000_000, 'nl'))).toBe('64 GB');
  });
});

describe('formatPercent', () => {
  it('rounds to a whole percentage', () => {
    expect(plain(formatPercent(0.834, 'nl'))).toBe('83%');
    expect(plain(formatPercent(0.834, 'en'))).toBe('83%');
  });
});
