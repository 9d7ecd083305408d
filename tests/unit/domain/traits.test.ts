import { describe, expect, it } from 'vitest';
import {
  createExperience,
  createReflection,
  createTrait,
  markDeleted,
  type Experience,
  type Reflection,
} from '@/domain';
import {
  evidenceOptions,
  filterEvidence,
  resolveEvidence,
  toggleId,
  traitsByKind,
} from '@/domain/traits';
import { at } from './support';

const NOW = at('2026-06-01T10:00:00.000Z');

function experience(title: string, date: string): Experience {
  return createExperience({ kind: 'snuffelstage', title, date }, NOW);
}

function reflection(title: string, date: string): Reflection {
  return createReflection({ title, date }, NOW);
}

describe('traitsByKind', () => {
  it('puts kwaliteiten and motieven apart, in the order they were added, without the trash', () => {
    const listening = createTrait(
      { kind: 'kwaliteit', name: 'Luisteren' },
      at('2026-01-02T00:00:00Z'),
    );
    const helping = createTrait(
      { kind: 'motief', name: 'Mensen helpen' },
      at('2026-01-03T00:00:00Z'),
    );
    const planning = createTrait(
      { kind: 'kwaliteit', name: 'Plannen' },
      at('2026-01-01T00:00:00Z'),
    );
    const deleted = markDeleted(createTrait({ kind: 'motief', name: 'Geld' }, NOW), NOW);

    const groups = traitsByKind([listening, helping, deleted, planning]);
    expect(groups.kwaliteit.map((trait) => trait.name)).toEqual(['Plannen', 'Luisteren']);
    expect(groups.motief.map((trait) => trait.name)).toEqual(['Mensen helpen']);
  });

  it('has both groups even when one is empty', () => {
    expect(traitsByKind([])).toEqual({ kwaliteit: [], motief: [] });
  });
});

describe('evidenceOptions', () => {
  it('lists live experiences and reflections together, newest first', () => {
    const bakery = experience('Snuffelstage bakker', '2026-02-01');
    const openDay = experience('Open dag', '2026-05-10');
    const look = reflection('Terugblik op de stage', '2026-03-15');
    const gone = markDeleted(experience('Verwijderd', '2026-06-01'), NOW);
    const goneReflection = markDeleted(reflection('Weg', '2026-06-01'), NOW);

    expect(evidenceOptions([bakery, openDay, gone], [look, goneReflection])).toEqual([
      { id: openDay.id, title: 'Open dag', date: '2026-05-10', source: 'experience' },
      { id: look.id, title: 'Terugblik op de stage', date: '2026-03-15', source: 'reflection' },
      { id: bakery.id, title: 'Snuffelstage bakker', date: '2026-02-01', source: 'experience' },
    ]);
  });

  it('orders entries of the same day by title', () => {
    const b = experience('Bijbaan', '2026-05-10');
    const a = experience('Afspraak decaan', '2026-05-10');
    expect(evidenceOptions([b, a], []).map((option) => option.title)).toEqual([
      'Afspraak decaan',
      'Bijbaan',
    ]);
  });
});

describe('filterEvidence', () => {
  const options = evidenceOptions(
    [
      experience('Snuffelstage bij Café De Zon', '2026-02-01'),
      experience('Open dag', '2026-03-01'),
    ],
    [reflection('Wat ik leerde in het café', '2026-04-01')],
  );

  it('finds titles regardless of case and accents', () => {
    expect(filterEvidence(options, 'CAFE').map((option) => option.title)).toEqual([
      'Wat ik leerde in het café',
      'Snuffelstage bij Café De Zon',
    ]);
  });

  it('returns everything for an empty query and nothing for a miss', () => {
    expect(filterEvidence(options, '')).toHaveLength(3);
    expect(filterEvidence(options, 'garage')).toEqual([]);
  });
});

describe('resolveEvidence', () => {
  it('gives the entries behind the ids, newest first, skipping unknown ids and doubles', () => {
    const older = experience('Oud', '2026-01-01');
    const newer = experience('Nieuw', '2026-04-01');
    const options = evidenceOptions([older, newer], []);
    const unknown = '8f0b6d1e-0000-4000-8000-000000000000';

    expect(
      resolveEvidence([older.id, unknown, newer.id, older.id], options).map((o) => o.title),
    ).toEqual(['Nieuw', 'Oud']);
  });
});

describe('toggleId', () => {
  it('adds an id once and removes it again', () => {
    expect(toggleId(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleId(['a', 'b'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleId(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggleId([], 'a', false)).toEqual([]);
  });
});
