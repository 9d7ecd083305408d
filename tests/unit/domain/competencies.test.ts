import { describe, expect, it } from 'vitest';
import {
  COMPETENCIES,
  COMPETENCY_KEYS,
  competency,
  isCompetencyKey,
  type CompetencyKey,
} from '@/domain';

// DESIGN.md §3: these keys are shared between schools and appear in files; order is the catalogue's.
const DESIGN_KEYS = [
  'kwaliteitenreflectie',
  'motievenreflectie',
  'werkexploratie',
  'loopbaansturing',
  'netwerken',
];

describe('competency catalogue', () => {
  it('has exactly the five loopbaancompetenties, in order', () => {
    expect([...COMPETENCY_KEYS]).toEqual(DESIGN_KEYS);
    expect(COMPETENCIES.map((c) => c.key)).toEqual(DESIGN_KEYS);
  });

  it('names and asks each competency in Dutch and English', () => {
    for (const c of COMPETENCIES) {
      for (const text of [c.name.nl, c.name.en, c.question.nl, c.question.en]) {
        expect(text.trim(), `${c.key}`).not.toBe('');
      }
      expect(c.question.nl.endsWith('?'), c.key).toBe(true);
      expect(c.question.en.endsWith('?'), c.key).toBe(true);
    }
  });

  it('uses the SLO questions of DESIGN §3 in Dutch', () => {
    expect(competency('netwerken').question.nl).toBe('Wie kan mij daarbij helpen?');
    expect(competency('kwaliteitenreflectie').question.nl).toBe(
      'Wat kan ik goed, en hoe weet ik dat?',
    );
  });
});

describe('competency()', () => {
  it('finds each competency by its key', () => {
    for (const key of COMPETENCY_KEYS) expect(competency(key).key).toBe(key);
  });

  it('throws on an unknown key', () => {
    expect(() => competency('samenwerken' as CompetencyKey)).toThrow(/samenwerken/);
  });
});

describe('isCompetencyKey', () => {
  it('accepts every catalogue key', () => {
    for (const key of COMPETENCY_KEYS) expect(isCompetencyKey(key)).toBe(true);
  });

  it.each([
    ['an unknown word', 'samenwerken'],
    ['a differently cased key', 'Netwerken'],
    ['a key with whitespace', ' netwerken'],
    ['an empty string', ''],
    ['a number', 1],
    ['null', null],
    ['undefined', undefined],
    ['an array holding a key', ['netwerken']],
    ['a prototype property name', 'toString'],
  ])('rejects %s', (_label, value) => {
    expect(isCompetencyKey(value)).toBe(false);
  });
});
