import { describe, expect, it } from 'vitest';
import {
  cleanTextList,
  matchesSearch,
  normalizeForSearch,
  oneOf,
  onlyStrings,
} from '@/domain/lists';

describe('cleanTextList', () => {
  it('trims every line and drops the empty ones, keeping the order', () => {
    expect(cleanTextList(['  veel buiten ', '', '   ', 'goed salaris', '\tcollega’s\n'])).toEqual([
      'veel buiten',
      'goed salaris',
      'collega’s',
    ]);
  });

  it('keeps lines that are the same, because the pupil typed them twice on purpose or not', () => {
    expect(cleanTextList(['a', 'a'])).toEqual(['a', 'a']);
  });
});

describe('search matching', () => {
  it('ignores case, accents and extra spaces', () => {
    expect(normalizeForSearch('  Café   Ëxtra ')).toBe('cafe extra');
    expect(matchesSearch('Snuffelstage bij Café De Zon', 'cafe')).toBe(true);
    expect(matchesSearch('Open dag Deltion', 'OPEN  DAG')).toBe(true);
    expect(matchesSearch('Crèche ’t Kabouterhuis', 'creche')).toBe(true);
  });

  it('needs every word of the query, in any order', () => {
    expect(matchesSearch('Open dag ROC Deltion', 'deltion open')).toBe(true);
    expect(matchesSearch('Open dag ROC Deltion', 'deltion bakker')).toBe(false);
  });

  it('matches everything for an empty query', () => {
    expect(matchesSearch('Bijbaan', '   ')).toBe(true);
  });
});

describe('values read back from a draft', () => {
  it('keeps only strings', () => {
    expect(onlyStrings(['a', 1, null, { text: 'b' }, 'c'])).toEqual(['a', 'c']);
  });

  it('falls back when a value is not one of the allowed ones', () => {
    expect(oneOf(['kwaliteit', 'motief'] as const, 'motief', 'kwaliteit')).toBe('motief');
    expect(oneOf(['kwaliteit', 'motief'] as const, 'hobby', 'kwaliteit')).toBe('kwaliteit');
    expect(oneOf(['kwaliteit', 'motief'] as const, 3, 'kwaliteit')).toBe('kwaliteit');
  });
});
