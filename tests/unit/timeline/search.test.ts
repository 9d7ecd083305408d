import { describe, expect, it } from 'vitest';
import {
  MAX_WORD_LENGTH,
  matchesTerms,
  mostSelectiveTerm,
  normaliseText,
  searchTerms,
  searchWords,
} from '@/domain/search';

describe('normaliseText', () => {
  it('drops case and accents', () => {
    expect(normaliseText('Refléctie')).toBe('reflectie');
    expect(normaliseText('Café CRÈME')).toBe('cafe creme');
    expect(normaliseText('Ölçek naïef coördinatie')).toBe('olcek naief coordinatie');
  });

  it('spells out compatibility characters such as the Dutch ĳ ligature', () => {
    expect(normaliseText('ĳverig')).toBe('ijverig');
    expect(normaliseText('Ĳmuiden')).toBe('ijmuiden');
    expect(normaliseText('ﬁets')).toBe('fiets');
  });

  it('collapses whitespace and trims', () => {
    expect(normaliseText('  open \n\t dag  ')).toBe('open dag');
  });

  it('treats precomposed and decomposed accents alike', () => {
    expect(normaliseText('cafe\u0301')).toBe(normaliseText('caf\u00e9'));
  });
});

describe('searchWords', () => {
  it('gives the distinct normalised words of all texts', () => {
    expect(
      searchWords(['Snuffelstage bij de Bakker', 'bakker: vroeg op!', '’s ochtends om 5 uur']),
    ).toEqual(['snuffelstage', 'bij', 'de', 'bakker', 'vroeg', 'op', 'ochtends', 'om', 'uur']);
  });

  it('splits on hyphens and punctuation, keeps digits', () => {
    expect(searchWords(['open-dag (mbo-2), 2026'])).toEqual(['open', 'dag', 'mbo', '2026']);
  });

  it('leaves out single characters and cuts very long words', () => {
    const long = 'a'.repeat(100);
    expect(searchWords(['a b ok', long])).toEqual(['ok', 'a'.repeat(MAX_WORD_LENGTH)]);
  });

  it('gives nothing for empty texts', () => {
    expect(searchWords(['', '   ', '!?'])).toEqual([]);
  });
});

describe('searchTerms and matchesTerms', () => {
  it('turns a query into normalised word beginnings', () => {
    expect(searchTerms('  Café  DE bak ')).toEqual(['cafe', 'de', 'bak']);
    expect(searchTerms('a')).toEqual([]);
    expect(searchTerms('')).toEqual([]);
  });

  it('matches when every term begins some word, whatever the accents', () => {
    const words = searchWords(['Refléctie op het café bij de bakkerij']);
    expect(matchesTerms(words, searchTerms('reflectie'))).toBe(true);
    expect(matchesTerms(words, searchTerms('CAFE'))).toBe(true);
    expect(matchesTerms(words, searchTerms('bakk café'))).toBe(true);
    expect(matchesTerms(words, searchTerms('bakkerij garage'))).toBe(false);
    // Word beginnings, not any part of a word.
    expect(matchesTerms(words, searchTerms('kerij'))).toBe(false);
  });

  it('matches everything without terms', () => {
    expect(matchesTerms([], [])).toBe(true);
  });

  it('looks up the longest term first', () => {
    expect(mostSelectiveTerm(['op', 'bakker', 'dag'])).toBe('bakker');
    expect(mostSelectiveTerm([])).toBeUndefined();
  });
});
