/**
 * Kwaliteiten and motieven: the pupil's lists, and the experiences and standalone reflections
 * they can point to as evidence (`Trait.evidenceIds`).
 */
import { matchesSearch } from './lists';
import {
  TRAIT_KINDS,
  type Experience,
  type Reflection,
  type Trait,
  type TraitKind,
} from './records';

/** Live traits per kind, in the order the pupil added them. */
export function traitsByKind(traits: readonly Trait[]): Record<TraitKind, Trait[]> {
  const groups = Object.fromEntries(TRAIT_KINDS.map((kind) => [kind, [] as Trait[]])) as Record<
    TraitKind,
    Trait[]
  >;
  const live = traits
    .filter((trait) => trait.deletedAt === null)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  for (const trait of live) groups[trait.kind].push(trait);
  return groups;
}

/** An entry a trait can point to: an experience or a reflection that stands on its own. */
export interface EvidenceOption {
  id: string;
  title: string;
  date: string;
  source: 'experience' | 'reflection';
}

/** Newest first; the same day by title, so the order does not jump between renders. */
function newestFirst(a: EvidenceOption, b: EvidenceOption): number {
  return (
    b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'nl') || a.id.localeCompare(b.id)
  );
}

/** Every live experience and reflection as something to pick, newest first. */
export function evidenceOptions(
  experiences: readonly Experience[],
  reflections: readonly Reflection[],
): EvidenceOption[] {
  const options: EvidenceOption[] = [
    ...experiences
      .filter((entry) => entry.deletedAt === null)
      .map(({ id, title, date }) => ({ id, title, date, source: 'experience' as const })),
    ...reflections
      .filter((entry) => entry.deletedAt === null)
      .map(({ id, title, date }) => ({ id, title, date, source: 'reflection' as const })),
  ];
  return options.sort(newestFirst);
}

/** The options whose title contains every word of the query (case and accents ignored). */
export function filterEvidence(
  options: readonly EvidenceOption[],
  query: string,
): EvidenceOption[] {
  return options.filter((option) => matchesSearch(option.title, query));
}

/**
 * The entries behind a trait's evidence ids, newest first. Ids of entries that are gone or in
 * the trash are skipped rather than shown as broken links; they stay stored, so restoring the
 * entry from the trash brings the link back.
 */
export function resolveEvidence(
  ids: readonly string[],
  options: readonly EvidenceOption[],
): EvidenceOption[] {
  const byId = new Map(options.map((option) => [option.id, option]));
  const found = [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
  return found.sort(newestFirst);
}

/** The ids with `id` switched on or off, keeping their order and without doubles. */
export function toggleId(ids: readonly string[], id: string, on: boolean): string[] {
  const without = ids.filter((existing) => existing !== id);
  return on ? [...without, id] : without;
}
