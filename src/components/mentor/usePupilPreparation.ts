import { computed, type Ref } from 'vue';
import { localDay, type LeermeterScore, type MentorTalk } from '@/domain';
import {
  changesSinceDay,
  combineMentorTalks,
  competencyStandings,
  lastTalkDay,
  openGoals,
  preparedQuestions,
  previousTalk,
} from '@/domain/talk-preparation';
import { getMentorDatabase, type PupilCopy } from '@/mentor/database';
import { getPupilCopy } from '@/mentor/pupils';
import { useLiveQuery } from '@/composables/useLiveQuery';

interface PupilData {
  copy: PupilCopy | undefined;
  ownTalks: MentorTalk[];
  ownScores: LeermeterScore[];
}

/**
 * Everything the talk preparation shows for one pupil, from the read-only copy and the mentor's
 * own talks and scores (live, so a re-import or a talk recorded in another tab shows at once).
 * `since` is the chosen day: undefined for the default (the day of the last talk), null for
 * everything in the copy.
 */
export function usePupilPreparation(dossierId: Ref<string>, since: Ref<string | null | undefined>) {
  const db = getMentorDatabase();
  const data = useLiveQuery<PupilData>(
    () =>
      db.transaction('r', [db.pupils, db.talks, db.leermeter], async () => ({
        copy: await getPupilCopy(db, dossierId.value),
        ownTalks: await db.talks.where('dossierId').equals(dossierId.value).toArray(),
        ownScores: await db.leermeter.where('dossierId').equals(dossierId.value).toArray(),
      })),
    { copy: undefined, ownTalks: [], ownScores: [] },
    [dossierId],
  );
  const today = localDay(new Date());

  const copy = computed(() => data.value.value.copy);
  const document = computed(() => copy.value?.document);
  const talks = computed(() =>
    document.value ? combineMentorTalks(document.value.mentorTalks, data.value.value.ownTalks) : [],
  );
  const lastTalk = computed(() =>
    document.value ? lastTalkDay(document.value.conversations, talks.value) : null,
  );
  const sinceDay = computed(() => (since.value === undefined ? lastTalk.value : since.value));

  const preparation = computed(() => {
    const doc = document.value;
    if (!doc) return null;
    return {
      changes: changesSinceDay(doc, sinceDay.value),
      standings: competencyStandings(doc, data.value.value.ownScores, today),
      goals: openGoals(doc.goals, today),
      previous: previousTalk(doc.conversations, talks.value),
      questions: preparedQuestions(doc.conversations),
    };
  });

  return {
    ready: data.ready,
    error: data.error,
    copy,
    lastTalk,
    sinceDay,
    preparation,
  };
}
