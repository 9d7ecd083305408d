import { describe, expect, it } from 'vitest';
import { createChoice, markDeleted, type Choice, type ChoiceStatus } from '@/domain';
import { choicesByStatus } from '@/domain/choices';
import { at } from './support';

const NOW = at('2026-06-01T10:00:00.000Z');

function choice(option: string, status: ChoiceStatus, date: string): Choice {
  return { ...createChoice({ option, kind: 'opleiding', date }, NOW), status };
}

describe('choicesByStatus', () => {
  it('groups overwegen, gekozen and afgevallen in that order, newest first in each', () => {
    const groups = choicesByStatus([
      choice('Kapper', 'afgevallen', '2026-01-10'),
      choice('Verzorgende IG', 'overwegen', '2026-02-01'),
      choice('Pedagogisch medewerker', 'gekozen', '2026-04-01'),
      choice('Doktersassistent', 'overwegen', '2026-03-05'),
    ]);
    expect(
      groups.map((group) => [group.status, group.choices.map((entry) => entry.option)]),
    ).toEqual([
      ['overwegen', ['Doktersassistent', 'Verzorgende IG']],
      ['gekozen', ['Pedagogisch medewerker']],
      ['afgevallen', ['Kapper']],
    ]);
  });

  it('leaves out statuses without choices and choices in the trash', () => {
    const gone = markDeleted(choice('Automonteur', 'gekozen', '2026-01-01'), NOW);
    const groups = choicesByStatus([gone, choice('Kok', 'overwegen', '2026-01-02')]);
    expect(groups.map((group) => group.status)).toEqual(['overwegen']);
    expect(choicesByStatus([gone])).toEqual([]);
  });
});
