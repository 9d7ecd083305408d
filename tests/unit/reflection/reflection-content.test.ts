import { describe, expect, it } from 'vitest';
import { createExperience, experienceSchema, type Experience } from '@/domain';
import {
  coerceReflectionDraft,
  contentFromDraft,
  draftFromContent,
  emptyReflectionDraft,
  hasReflection,
  inCatalogueOrder,
  newestFirst,
  toggleCompetency,
} from '@/domain/reflection';

const NOW = new Date('2026-11-25T10:00:00Z');

function experience(): Experience {
  return createExperience({ kind: 'snuffelstage', title: 'Bakkerij', date: '2026-11-20' }, NOW);
}

describe('choosing competencies', () => {
  it('keeps them in catalogue order, each once, whatever order they were tapped in', () => {
    let chosen = toggleCompetency([], 'netwerken', true);
    chosen = toggleCompetency(chosen, 'kwaliteitenreflectie', true);
    chosen = toggleCompetency(chosen, 'netwerken', true);
    expect(chosen).toEqual(['kwaliteitenreflectie', 'netwerken']);
    expect(toggleCompetency(chosen, 'netwerken', false)).toEqual(['kwaliteitenreflectie']);
    expect(inCatalogueOrder(['werkexploratie', 'motievenreflectie'])).toEqual([
      'motievenreflectie',
      'werkexploratie',
    ]);
  });
});

describe('from stored content to a form and back', () => {
  it('round-trips a full reflection unchanged, and the result is a valid experience', () => {
    const stored = {
      ...experience(),
      competencies: ['kwaliteitenreflectie', 'netwerken'] as Experience['competencies'],
      competencyReflections: { kwaliteitenreflectie: 'Ik kan goed uitleggen.', netwerken: '' },
      slo: {
        doel: 'Is bakken iets voor mij?',
        resultaat: 'Brood',
        vondIkErvan: 'Leuk',
        gevolg: 'Open dag',
      },
      starr: { situatie: 'S', taak: 'T', actie: 'A', resultaat: 'R', reflectie: 'R2' },
    };
    const content = contentFromDraft(draftFromContent(stored));
    expect(content).toEqual({
      competencies: stored.competencies,
      competencyReflections: stored.competencyReflections,
      slo: stored.slo,
      starr: stored.starr,
    });
    expect(experienceSchema.safeParse({ ...stored, ...content }).success).toBe(true);
  });

  it('keeps text of a competency that is switched off in the form, but does not store it', () => {
    const draft = emptyReflectionDraft();
    draft.competencies = ['motievenreflectie', 'werkexploratie'];
    draft.competencyTexts.motievenreflectie = 'Ik wil mensen helpen.';
    draft.competencyTexts.werkexploratie = 'Een bakker begint om vier uur.';

    const switchedOff = {
      ...draft,
      competencies: toggleCompetency(draft.competencies, 'werkexploratie', false),
    };
    expect(switchedOff.competencyTexts.werkexploratie).toBe('Een bakker begint om vier uur.');
    expect(contentFromDraft(switchedOff)).toMatchObject({
      competencies: ['motievenreflectie'],
      competencyReflections: { motievenreflectie: 'Ik wil mensen helpen.' },
    });
  });

  it('stores STARR only when STARR mode is on, and keeps its text while it is off', () => {
    const draft = emptyReflectionDraft();
    draft.useStarr = true;
    draft.starr.situatie = 'In de winkel';
    expect(contentFromDraft(draft).starr).toEqual({
      situatie: 'In de winkel',
      taak: '',
      actie: '',
      resultaat: '',
      reflectie: '',
    });

    const off = { ...draft, useStarr: false };
    expect(contentFromDraft(off).starr).toBeNull();
    expect(draftFromContent(contentFromDraft(off)).useStarr).toBe(false);
    expect(off.starr.situatie).toBe('In de winkel');
  });

  it('copies, so editing the form never changes the stored record', () => {
    const stored = {
      ...experience(),
      starr: { situatie: 'x', taak: '', actie: '', resultaat: '', reflectie: '' },
    };
    const draft = draftFromContent(stored);
    draft.slo.doel = 'changed';
    draft.starr.situatie = 'changed';
    expect(stored.slo.doel).toBe('');
    expect(stored.starr.situatie).toBe('x');
  });
});

describe('hasReflection', () => {
  it('is false for a fresh experience and true once anything is chosen or written', () => {
    const fresh = experience();
    expect(hasReflection(fresh)).toBe(false);
    expect(hasReflection({ ...fresh, competencies: ['netwerken'] })).toBe(true);
    expect(hasReflection({ ...fresh, slo: { ...fresh.slo, gevolg: 'Meeloopdag plannen' } })).toBe(
      true,
    );
    expect(hasReflection({ ...fresh, slo: { ...fresh.slo, gevolg: '   ' } })).toBe(false);
    expect(
      hasReflection({
        ...fresh,
        starr: { situatie: '', taak: '', actie: 'Ik vroeg het', resultaat: '', reflectie: '' },
      }),
    ).toBe(true);
  });
});

describe('coerceReflectionDraft', () => {
  const fallback = draftFromContent({
    competencies: ['netwerken'],
    competencyReflections: { netwerken: 'opgeslagen' },
    slo: { doel: 'd', resultaat: 'r', vondIkErvan: 'v', gevolg: 'g' },
    starr: null,
  });

  it('takes a well-formed draft over whole', () => {
    const drafted = {
      ...emptyReflectionDraft(),
      competencies: ['loopbaansturing'],
      useStarr: true,
    };
    expect(coerceReflectionDraft(JSON.parse(JSON.stringify(drafted)), fallback)).toEqual(drafted);
  });

  it('keeps the fallback for parts that are missing or of the wrong type', () => {
    const coerced = coerceReflectionDraft(
      {
        competencies: ['netwerken', 'geen-competentie', 42, 'kwaliteitenreflectie'],
        competencyTexts: { netwerken: 'getypt', motievenreflectie: 7 },
        slo: { doel: 'nieuw doel' },
        useStarr: 'ja',
      },
      fallback,
    );
    expect(coerced.competencies).toEqual(['kwaliteitenreflectie', 'netwerken']);
    expect(coerced.competencyTexts.netwerken).toBe('getypt');
    expect(coerced.competencyTexts.motievenreflectie).toBe('');
    expect(coerced.slo).toEqual({
      doel: 'nieuw doel',
      resultaat: 'r',
      vondIkErvan: 'v',
      gevolg: 'g',
    });
    expect(coerced.useStarr).toBe(false);
    expect(coerced.starr).toEqual(fallback.starr);
  });

  it('falls back entirely for something that is not a draft at all', () => {
    expect(coerceReflectionDraft(null, fallback)).toBe(fallback);
    expect(coerceReflectionDraft(['x'], fallback)).toBe(fallback);
    expect(coerceReflectionDraft('tekst', fallback)).toBe(fallback);
  });
});

describe('newestFirst', () => {
  it('orders by day, newest first, and on the same day by the latest made', () => {
    const rows = [
      { id: 'a', date: '2026-03-01', createdAt: '2026-03-01T08:00:00.000Z' },
      { id: 'b', date: '2026-05-01', createdAt: '2026-05-01T08:00:00.000Z' },
      { id: 'c', date: '2026-03-01', createdAt: '2026-03-02T09:00:00.000Z' },
    ];
    expect(newestFirst(rows).map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
});
