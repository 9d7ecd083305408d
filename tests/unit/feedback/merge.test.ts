import { describe, expect, it } from 'vitest';
import { withChanges } from '@/domain';
import { planFeedbackMerge, type FeedbackMergeCurrent } from '@/dossier/feedback/merge';
import { NOW, sampleFeedback, sampleScore } from '../db/sample-records';
import { sampleFeedbackFor } from './support';

const later = new Date(NOW.getTime() + 86_400_000);

/** The state of a pupil's dossier that has none of the mentor's records yet. */
function pupilState(feedbackFor = sampleFeedbackFor()): FeedbackMergeCurrent {
  const { contents } = feedbackFor.dossier;
  const targets = [
    ...contents.experiences,
    ...contents.reflections,
    ...contents.goals,
    ...contents.conversations,
  ].map((record) => record.id);
  return {
    dossierId: contents.profile.dossierId,
    feedback: new Map(),
    leermeter: new Map(),
    mentorTalks: new Map(),
    pupilRecordIds: new Set([
      ...targets,
      contents.profile.id,
      ...contents.leermeter.map((score) => score.id),
    ]),
    targetIds: new Set(targets),
  };
}

describe('planFeedbackMerge', () => {
  it('adds every record of a first file', () => {
    const given = sampleFeedbackFor();
    const plan = planFeedbackMerge(pupilState(given), given.document);
    expect(plan).toMatchObject({
      kind: 'ok',
      summary: { added: 3, updated: 0, unchanged: 0, skippedComments: 0, nothingNew: false },
      writes: {
        feedback: given.document.feedback,
        leermeter: given.document.leermeter,
        mentorTalks: given.document.mentorTalks,
      },
    });
  });

  it('changes nothing for records it already has: "nothing new"', () => {
    const given = sampleFeedbackFor();
    const state: FeedbackMergeCurrent = {
      ...pupilState(given),
      feedback: new Map(given.document.feedback.map((r) => [r.id, r])),
      leermeter: new Map(given.document.leermeter.map((r) => [r.id, r])),
      mentorTalks: new Map(given.document.mentorTalks.map((r) => [r.id, r])),
    };
    const plan = planFeedbackMerge(state, given.document);
    expect(plan).toMatchObject({
      kind: 'ok',
      summary: { added: 0, updated: 0, unchanged: 3, nothingNew: true },
      writes: { feedback: [], leermeter: [], mentorTalks: [] },
    });
  });

  it('takes the newer copy of a record and keeps a newer one it already has', () => {
    const given = sampleFeedbackFor();
    const comment = given.document.feedback[0]!;
    const edited = withChanges(comment, { text: 'Aangepast' }, later);
    const newer = planFeedbackMerge(
      { ...pupilState(given), feedback: new Map([[comment.id, comment]]) },
      { ...given.document, feedback: [edited] },
    );
    expect(newer).toMatchObject({ kind: 'ok', writes: { feedback: [edited] } });

    const older = planFeedbackMerge(
      { ...pupilState(given), feedback: new Map([[comment.id, edited]]) },
      given.document,
    );
    expect(older).toMatchObject({
      kind: 'ok',
      writes: { feedback: [] },
      summary: { counts: { feedback: { unchanged: 1 } } },
    });
  });

  it('refuses a file for another dossier, or when there is no dossier', () => {
    const given = sampleFeedbackFor();
    const other = { ...given.document, dossierId: crypto.randomUUID() };
    expect(planFeedbackMerge(pupilState(given), other)).toEqual({ kind: 'other-dossier' });
    expect(planFeedbackMerge({ ...pupilState(given), dossierId: null }, given.document)).toEqual({
      kind: 'no-dossier',
    });
  });

  it('refuses the whole file when any record has the id of something the pupil wrote', () => {
    const given = sampleFeedbackFor();
    const ownScore = given.dossier.contents.leermeter[0]!;
    const hijack = sampleScore({
      id: ownScore.id,
      scoredBy: 'mentor',
      updatedAt: later.toISOString(),
    });
    expect(
      planFeedbackMerge(pupilState(given), { ...given.document, leermeter: [hijack] }),
    ).toEqual({ kind: 'pupil-record', collection: 'leermeter', id: ownScore.id });

    const experience = given.dossier.contents.experiences[0]!;
    const commentOnItself = sampleFeedback(experience.id, { id: experience.id });
    expect(
      planFeedbackMerge(pupilState(given), { ...given.document, feedback: [commentOnItself] }),
    ).toEqual({ kind: 'pupil-record', collection: 'feedback', id: experience.id });
  });

  it('leaves out comments on entries that are not in the dossier, and counts them', () => {
    const given = sampleFeedbackFor();
    const stray = sampleFeedback(crypto.randomUUID());
    const plan = planFeedbackMerge(pupilState(given), {
      ...given.document,
      feedback: [...given.document.feedback, stray],
    });
    expect(plan).toMatchObject({ kind: 'ok', summary: { skippedComments: 1, added: 3 } });
    if (plan.kind === 'ok') expect(plan.writes.feedback).not.toContainEqual(stray);
  });
});
