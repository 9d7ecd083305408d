/**
 * What goes into an export. The whole dossier carries everything, the trash included, so that a
 * merge on another device respects what the pupil deleted. A selection (by period, kind,
 * competency, and item by item) is for sharing part of the dossier, e.g. with a new school, and
 * carries only live records. In both, items the pupil marked private stay out unless included,
 * and photos can be left out to keep the file small.
 */
import type { CompetencyKey } from '../domain/competencies';
import type { Attachment, Experience, Feedback } from '../domain/records';
import type { DossierContents } from './serialize';

export const SELECTABLE_COLLECTIONS = [
  'experiences',
  'reflections',
  'goals',
  'traits',
  'choices',
  'conversations',
  'leermeter',
  'feedback',
] as const;
export type SelectableCollection = (typeof SELECTABLE_COLLECTIONS)[number];

export interface DossierSelection {
  scope: 'all' | 'selection';
  /** First and last calendar day (`YYYY-MM-DD`), both included; null leaves that side open. */
  from: string | null;
  to: string | null;
  collections: SelectableCollection[];
  /** Empty means every competency. */
  competencies: CompetencyKey[];
  /** Items the pupil unticked one by one. */
  excludedIds: string[];
  includePrivate: boolean;
  includePhotos: boolean;
}

export function defaultSelection(): DossierSelection {
  return {
    scope: 'all',
    from: null,
    to: null,
    collections: [...SELECTABLE_COLLECTIONS],
    competencies: [],
    excludedIds: [],
    includePrivate: false,
    includePhotos: true,
  };
}

export interface SelectedContents {
  contents: DossierContents;
  /** Nothing was left out: see `complete` in the format. */
  complete: boolean;
}

function inPeriod(day: string, selection: DossierSelection): boolean {
  return (
    (selection.from === null || day >= selection.from) &&
    (selection.to === null || day <= selection.to)
  );
}

function touches(competencies: readonly CompetencyKey[], selection: DossierSelection): boolean {
  return (
    selection.competencies.length === 0 ||
    competencies.some((key) => selection.competencies.includes(key))
  );
}

/**
 * The records a selection offers before any item is unticked: what the item-by-item list shows.
 * Feedback and photos follow the entries they belong to.
 */
export function selectionCandidates(
  contents: DossierContents,
  selection: DossierSelection,
): DossierContents {
  const all = selection.scope === 'all';
  const wanted = (name: SelectableCollection) => all || selection.collections.includes(name);
  const keep = <T extends { deletedAt: string | null }>(
    records: readonly T[],
    name: SelectableCollection,
    test: (record: T) => boolean,
  ) =>
    wanted(name)
      ? records.filter((record) => (all || record.deletedAt === null) && (all || test(record)))
      : [];
  const visible = (record: { private: boolean }) => selection.includePrivate || !record.private;

  const experiences = keep(
    contents.experiences,
    'experiences',
    (e) => inPeriod(e.date, selection) && touches(e.competencies, selection),
  ).filter(visible);
  const reflections = keep(
    contents.reflections,
    'reflections',
    (r) => inPeriod(r.date, selection) && touches(r.competencies, selection),
  ).filter(visible);
  const goals = keep(
    contents.goals,
    'goals',
    (g) =>
      inPeriod(g.dueDate ?? g.createdAt.slice(0, 10), selection) &&
      (selection.competencies.length === 0 ||
        (g.competency !== null && selection.competencies.includes(g.competency))),
  );
  const traits = keep(contents.traits, 'traits', () => true);
  const choices = keep(contents.choices, 'choices', (c) => inPeriod(c.date, selection));
  const conversations = keep(contents.conversations, 'conversations', (c) =>
    inPeriod(c.date, selection),
  );
  const leermeter = keep(
    contents.leermeter,
    'leermeter',
    (s) => inPeriod(s.date, selection) && touches([s.competency], selection),
  );

  return {
    profile: contents.profile,
    experiences,
    reflections,
    goals,
    traits,
    choices,
    conversations,
    leermeter,
    feedback: followTargets(
      contents.feedback,
      wanted('feedback'),
      [experiences, reflections, goals, conversations],
      all,
    ),
    attachments: selection.includePhotos
      ? followOwners(contents.attachments, experiences, all)
      : [],
    // The mentor's talk records travel with the pupil's conversations (same choice, same period).
    mentorTalks: keep(contents.mentorTalks, 'conversations', (t) => inPeriod(t.date, selection)),
  };
}

function followTargets(
  feedback: readonly Feedback[],
  wanted: boolean,
  targets: readonly (readonly { id: string }[])[],
  all: boolean,
): Feedback[] {
  if (!wanted) return [];
  const ids = new Set(targets.flatMap((records) => records.map((record) => record.id)));
  return feedback.filter((item) => ids.has(item.targetId) && (all || item.deletedAt === null));
}

function followOwners(
  attachments: readonly Attachment[],
  owners: readonly Experience[],
  all: boolean,
): Attachment[] {
  const ids = new Set(owners.map((owner) => owner.id));
  return attachments.filter(
    (attachment) => ids.has(attachment.ownerId) && (all || attachment.deletedAt === null),
  );
}

/** The records that go into the file. */
export function applySelection(
  contents: DossierContents,
  selection: DossierSelection,
): SelectedContents {
  const candidates = selectionCandidates(contents, selection);
  const excluded = new Set(selection.scope === 'all' ? [] : selection.excludedIds);
  const pick = <T extends { id: string }>(records: readonly T[]) =>
    records.filter((record) => !excluded.has(record.id));

  const experiences = pick(candidates.experiences);
  const reflections = pick(candidates.reflections);
  const goals = pick(candidates.goals);
  const conversations = pick(candidates.conversations);
  const attachments = followOwners(candidates.attachments, experiences, true);
  const exported = new Set(attachments.map((attachment) => attachment.id));

  return {
    contents: {
      profile: contents.profile,
      // An experience lists only the photos that travel with it, so the file is self-contained.
      experiences: experiences.map((experience) =>
        experience.attachmentIds.every((id) => exported.has(id))
          ? experience
          : {
              ...experience,
              attachmentIds: experience.attachmentIds.filter((id) => exported.has(id)),
            },
      ),
      reflections,
      goals,
      traits: pick(candidates.traits),
      choices: pick(candidates.choices),
      conversations,
      leermeter: pick(candidates.leermeter),
      feedback: followTargets(
        pick(candidates.feedback),
        true,
        [experiences, reflections, goals, conversations],
        true,
      ),
      attachments,
      mentorTalks: pick(candidates.mentorTalks),
    },
    complete: selection.scope === 'all' && selection.includePrivate && selection.includePhotos,
  };
}
