/**
 * The printable overview for an intake at a new school, as plain data: what the print view
 * shows, grouped the way an intake reads it. Only live entries; the selection (and the private
 * switch) decide the rest, exactly as for an export.
 */
import { COMPETENCY_KEYS, type CompetencyKey } from '../domain/competencies';
import type {
  Choice,
  Conversation,
  Experience,
  Goal,
  LeermeterScore,
  Profile,
  Reflection,
  Trait,
} from '../domain/records';
import { applySelection, type DossierSelection } from './selection';
import type { DossierContents } from './serialize';

export type OverviewEntry =
  { kind: 'experience'; record: Experience } | { kind: 'reflection'; record: Reflection };

export interface PrintOverview {
  profile: Profile;
  /** Per competency, the experiences and reflections that touched it, oldest first. */
  competencies: { key: CompetencyKey; entries: OverviewEntry[] }[];
  /** Entries that touched no competency yet. */
  unlinked: OverviewEntry[];
  kwaliteiten: { trait: Trait; evidence: string[] }[];
  motieven: { trait: Trait; evidence: string[] }[];
  choices: Choice[];
  goals: Goal[];
  /** Conversations that were held and have afspraken, oldest first. */
  conversations: Conversation[];
  /** Per competency that has scores, every live score (by anyone). */
  leermeter: { key: CompetencyKey; scores: LeermeterScore[] }[];
}

const live = <T extends { deletedAt: string | null }>(records: readonly T[]): T[] =>
  records.filter((record) => record.deletedAt === null);
const byDate = <T extends { date: string }>(a: T, b: T) => a.date.localeCompare(b.date);

export function buildPrintOverview(
  contents: DossierContents,
  selection: DossierSelection,
): PrintOverview {
  const selected = applySelection(contents, selection).contents;
  const entries: OverviewEntry[] = [
    ...live(selected.experiences).map((record) => ({ kind: 'experience' as const, record })),
    ...live(selected.reflections).map((record) => ({ kind: 'reflection' as const, record })),
  ].sort((a, b) => byDate(a.record, b.record));

  const titles = new Map(entries.map((entry) => [entry.record.id, entry.record.title]));
  const traits = live(selected.traits).map((trait) => ({
    trait,
    evidence: trait.evidenceIds.flatMap((id) => titles.get(id) ?? []),
  }));

  return {
    profile: selected.profile,
    competencies: COMPETENCY_KEYS.map((key) => ({
      key,
      entries: entries.filter((entry) => entry.record.competencies.includes(key)),
    })),
    unlinked: entries.filter((entry) => entry.record.competencies.length === 0),
    kwaliteiten: traits.filter(({ trait }) => trait.kind === 'kwaliteit'),
    motieven: traits.filter(({ trait }) => trait.kind === 'motief'),
    choices: live(selected.choices).sort(byDate),
    goals: live(selected.goals),
    conversations: live(selected.conversations)
      .filter((conversation) => conversation.held && conversation.afspraken.length > 0)
      .sort(byDate),
    leermeter: COMPETENCY_KEYS.map((key) => ({
      key,
      scores: live(selected.leermeter).filter((score) => score.competency === key),
    })).filter((group) => group.scores.length > 0),
  };
}
