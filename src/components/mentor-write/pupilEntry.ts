import type { Choice, Conversation, Experience, Goal, Reflection, Trait } from '@/domain';
import type { DossierDocument } from '@/dossier/format';

/** One entry of a pupil's copy that the mentor can comment on, with what kind it is. */
export type PupilEntry =
  | { kind: 'experience'; record: Experience }
  | { kind: 'reflection'; record: Reflection }
  | { kind: 'goal'; record: Goal }
  | { kind: 'conversation'; record: Conversation }
  | { kind: 'trait'; record: Trait }
  | { kind: 'choice'; record: Choice };

/** The live entry with this id in the copy; undefined when it is not there or in the trash. */
export function findPupilEntry(document: DossierDocument, id: string): PupilEntry | undefined {
  const live = <T extends { id: string; deletedAt: string | null }>(records: readonly T[]) =>
    records.find((record) => record.id === id && record.deletedAt === null);
  const experience = live(document.experiences);
  if (experience) return { kind: 'experience', record: experience };
  const reflection = live(document.reflections);
  if (reflection) return { kind: 'reflection', record: reflection };
  const goal = live(document.goals);
  if (goal) return { kind: 'goal', record: goal };
  const conversation = live(document.conversations);
  if (conversation) return { kind: 'conversation', record: conversation };
  const trait = live(document.traits);
  if (trait) return { kind: 'trait', record: trait };
  const choice = live(document.choices);
  if (choice) return { kind: 'choice', record: choice };
  return undefined;
}

/** The entry's title as the pupil wrote it. */
export function pupilEntryTitle(entry: PupilEntry): string {
  switch (entry.kind) {
    case 'experience':
    case 'reflection':
      return entry.record.title;
    case 'goal':
      return entry.record.text;
    case 'trait':
      return entry.record.name;
    case 'choice':
      return entry.record.option;
    case 'conversation':
      return entry.record.date;
  }
}
