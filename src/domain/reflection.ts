/**
 * Reflecting: the content an experience's reflection and a standalone reflectie share, and the
 * way a form edits it.
 *
 * A form keeps what the pupil typed for a competency, or in STARR mode, while that part is
 * switched off, so switching it back on brings the text back. Only what is switched on when the
 * pupil saves is stored: the stored record says exactly which competencies the entry touched.
 */
import { COMPETENCY_KEYS, isCompetencyKey, type CompetencyKey } from './competencies';
import { emptySloFields, type CompetencyReflections, type SloFields, type Starr } from './records';

/** The reflection part of an experience or of a standalone reflectie, as stored. */
export interface ReflectionContent {
  competencies: CompetencyKey[];
  competencyReflections: CompetencyReflections;
  slo: SloFields;
  starr: Starr | null;
}

/** The SLO questions, in the order the pupil answers them. */
export const SLO_KEYS = [
  'doel',
  'resultaat',
  'vondIkErvan',
  'gevolg',
] as const satisfies readonly (keyof SloFields)[];

/** Situatie, Taak, Actie, Resultaat, Reflectie: the order the method's name spells. */
export const STARR_KEYS = [
  'situatie',
  'taak',
  'actie',
  'resultaat',
  'reflectie',
] as const satisfies readonly (keyof Starr)[];

export function emptyStarr(): Starr {
  return { situatie: '', taak: '', actie: '', resultaat: '', reflectie: '' };
}

/** What a reflection form edits. Plain data, so it can be kept as an autosaved draft. */
export interface ReflectionDraft {
  competencies: CompetencyKey[];
  /** Text per competency, also for competencies that are switched off at the moment. */
  competencyTexts: Record<CompetencyKey, string>;
  slo: SloFields;
  useStarr: boolean;
  /** Kept while STARR mode is off, so switching it on again loses nothing. */
  starr: Starr;
}

function emptyCompetencyTexts(): Record<CompetencyKey, string> {
  return Object.fromEntries(COMPETENCY_KEYS.map((key) => [key, ''])) as Record<
    CompetencyKey,
    string
  >;
}

/** The competencies in catalogue order, each once, so stored data does not depend on tap order. */
export function inCatalogueOrder(keys: readonly CompetencyKey[]): CompetencyKey[] {
  return COMPETENCY_KEYS.filter((key) => keys.includes(key));
}

/** The list with `key` switched on or off. */
export function toggleCompetency(
  keys: readonly CompetencyKey[],
  key: CompetencyKey,
  on: boolean,
): CompetencyKey[] {
  return inCatalogueOrder(on ? [...keys, key] : keys.filter((k) => k !== key));
}

export function draftFromContent(content: ReflectionContent): ReflectionDraft {
  const competencyTexts = emptyCompetencyTexts();
  for (const key of COMPETENCY_KEYS) {
    competencyTexts[key] = content.competencyReflections[key] ?? '';
  }
  return {
    competencies: inCatalogueOrder(content.competencies),
    competencyTexts,
    slo: { ...content.slo },
    useStarr: content.starr !== null,
    starr: content.starr ? { ...content.starr } : emptyStarr(),
  };
}

export function emptyReflectionDraft(): ReflectionDraft {
  return draftFromContent({
    competencies: [],
    competencyReflections: {},
    slo: emptySloFields(),
    starr: null,
  });
}

/** What gets stored: only the chosen competencies' texts, and STARR only when it is on. */
export function contentFromDraft(draft: ReflectionDraft): ReflectionContent {
  const competencies = inCatalogueOrder(draft.competencies);
  const competencyReflections: CompetencyReflections = {};
  for (const key of competencies) competencyReflections[key] = draft.competencyTexts[key];
  return {
    competencies,
    competencyReflections,
    slo: { ...draft.slo },
    starr: draft.useStarr ? { ...draft.starr } : null,
  };
}

/** Whether the pupil reflected at all: a competency chosen or any answer written. */
export function hasReflection(content: ReflectionContent): boolean {
  const texts = [
    ...Object.values(content.competencyReflections),
    ...Object.values(content.slo),
    ...Object.values(content.starr ?? {}),
  ];
  return content.competencies.length > 0 || texts.some((text) => (text ?? '').trim() !== '');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Takes over the string fields of `value` that `fallback` has; keeps the fallback for the rest. */
function stringFields<T extends Record<string, string>>(value: unknown, fallback: T): T {
  const result = { ...fallback };
  if (!isRecord(value)) return result;
  for (const key of Object.keys(fallback) as (keyof T & string)[]) {
    const candidate = value[key];
    if (typeof candidate === 'string') result[key] = candidate as T[keyof T & string];
  }
  return result;
}

/**
 * A draft read back from storage may come from an older version of the form, or be damaged.
 * Takes over every part that has the expected shape and keeps `fallback` for the rest, so the
 * form never shows a broken field and nothing well-formed that the pupil typed is dropped.
 */
export function coerceReflectionDraft(value: unknown, fallback: ReflectionDraft): ReflectionDraft {
  if (!isRecord(value)) return fallback;
  const competencies = Array.isArray(value.competencies)
    ? inCatalogueOrder(value.competencies.filter(isCompetencyKey))
    : fallback.competencies;
  return {
    competencies,
    competencyTexts: stringFields(value.competencyTexts, fallback.competencyTexts),
    slo: stringFields(value.slo, fallback.slo),
    useStarr: typeof value.useStarr === 'boolean' ? value.useStarr : fallback.useStarr,
    starr: stringFields(value.starr, fallback.starr),
  };
}

/** Dated records in the order a list shows them: newest day first, then the latest made first. */
export function newestFirst<T extends { date: string; createdAt: string }>(
  records: readonly T[],
): T[] {
  return [...records].sort(
    (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
  );
}
