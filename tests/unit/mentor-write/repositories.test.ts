import { describe, expect, it } from 'vitest';
import { InvalidRecordError } from '@/db';
import { newId } from '@/domain';
import {
  addComment,
  editComment,
  listCommentsOn,
  mentorFeedback,
  type MentorAuthor,
} from '@/mentor/feedback';
import { listMentorScores, mentorScores, saveMentorRound, scorerFor } from '@/mentor/scores';
import { listTalks, mentorTalks, type MentorTalkRow } from '@/mentor/talks';
import { LATER, NOW, OTHER_DOSSIER, seededMentorDatabase } from './support';

const AUTHOR: MentorAuthor = { name: 'Mevrouw Jansen', role: 'mentor' };

function talk(dossierId: string, date: string, createdAt = NOW): MentorTalkRow {
  const stamp = createdAt.toISOString();
  return {
    id: newId(),
    createdAt: stamp,
    updatedAt: stamp,
    deletedAt: null,
    dossierId,
    conversationId: null,
    kind: 'trialoog',
    date,
    authorName: AUTHOR.name,
    authorRole: AUTHOR.role,
    participants: [{ name: 'Karin de Vries', role: 'praktijkopleider' }],
    summary: 'Goed gesprek over de stage.',
    afspraken: [{ id: newId(), text: 'Stageverslag inleveren', done: false }],
    agreedGoals: [
      { id: newId(), title: 'Netwerk uitbreiden', competency: 'netwerken', dueDate: null },
    ],
  };
}

describe('mentor comments', () => {
  it('adds, edits, deletes and restores a comment on one entry of one pupil', async () => {
    const { db, document, experienceId } = await seededMentorDatabase();
    const input = { dossierId: document.dossierId, targetId: experienceId, author: AUTHOR };
    const first = await addComment(db, { ...input, text: '  Mooi beschreven!  ' }, NOW);
    expect(first.text).toBe('Mooi beschreven!');
    expect(first.authorName).toBe('Mevrouw Jansen');
    const second = await addComment(db, { ...input, text: 'Wat ga je nu doen?' }, LATER);
    // A comment on another pupil's entry with the same id never shows up here.
    await addComment(db, { ...input, dossierId: OTHER_DOSSIER, text: 'Andere leerling' }, NOW);

    expect((await listCommentsOn(db, document.dossierId, experienceId)).map((c) => c.id)).toEqual([
      first.id,
      second.id,
    ]);

    const edited = await editComment(db, first.id, 'Heel mooi beschreven!', LATER);
    expect(edited?.text).toBe('Heel mooi beschreven!');
    expect(edited?.updatedAt).toBe(LATER.toISOString());
    expect(edited?.createdAt).toBe(first.createdAt);

    await mentorFeedback.softDelete(db, first.id, LATER);
    expect((await listCommentsOn(db, document.dossierId, experienceId)).map((c) => c.id)).toEqual([
      second.id,
    ]);
    // Deleted, not gone: the export must carry the deletion.
    expect((await mentorFeedback.get(db, first.id))?.deletedAt).toBe(LATER.toISOString());

    await mentorFeedback.restore(db, first.id, LATER);
    expect(await listCommentsOn(db, document.dossierId, experienceId)).toHaveLength(2);
  });

  it('refuses an empty comment or an edit to empty text and writes nothing', async () => {
    const { db, document, experienceId } = await seededMentorDatabase();
    const input = { dossierId: document.dossierId, targetId: experienceId, author: AUTHOR };
    await expect(addComment(db, { ...input, text: '   ' }, NOW)).rejects.toBeInstanceOf(
      InvalidRecordError,
    );
    expect(await db.feedback.count()).toBe(0);

    const comment = await addComment(db, { ...input, text: 'Goed zo' }, NOW);
    await expect(editComment(db, comment.id, '', LATER)).rejects.toBeInstanceOf(InvalidRecordError);
    expect((await mentorFeedback.get(db, comment.id))?.text).toBe('Goed zo');
  });

  it('refuses a row without a valid dossierId', async () => {
    const { db, experienceId } = await seededMentorDatabase();
    await expect(
      addComment(
        db,
        { dossierId: 'not-a-uuid', targetId: experienceId, author: AUTHOR, text: 'x' },
        NOW,
      ),
    ).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await db.feedback.count()).toBe(0);
  });
});

describe('mentor leermeter scores', () => {
  it('updates a competency scored again on the same day instead of adding a second score', async () => {
    const { db, document } = await seededMentorDatabase();
    const round = { dossierId: document.dossierId, date: '2026-11-20', author: AUTHOR };
    const [netwerken] = await saveMentorRound(
      db,
      { ...round, steps: { netwerken: { step: 2, note: '' } } },
      NOW,
    );
    expect(netwerken?.scoredBy).toBe('mentor');
    expect(netwerken?.scorerName).toBe('Mevrouw Jansen');

    await saveMentorRound(
      db,
      {
        ...round,
        steps: {
          netwerken: { step: 3, note: ' Vraagt zelf om hulp ' },
          werkexploratie: { step: 1, note: '' },
        },
      },
      LATER,
    );
    const scores = await listMentorScores(db, document.dossierId);
    expect(scores).toHaveLength(2);
    const updated = scores.find((score) => score.competency === 'netwerken');
    expect(updated?.id).toBe(netwerken?.id);
    expect(updated?.step).toBe(3);
    expect(updated?.note).toBe('Vraagt zelf om hulp');

    // Another day is a new point in the series.
    await saveMentorRound(
      db,
      { ...round, date: '2026-12-01', steps: { netwerken: { step: 4, note: '' } } },
      LATER,
    );
    expect(await listMentorScores(db, document.dossierId)).toHaveLength(3);
    expect(await listMentorScores(db, OTHER_DOSSIER)).toHaveLength(0);
  });

  it('scores as praktijkopleider when that is the author role', async () => {
    const { db, document } = await seededMentorDatabase();
    expect(scorerFor('slb')).toBe('mentor');
    const [score] = await saveMentorRound(
      db,
      {
        dossierId: document.dossierId,
        date: '2026-11-20',
        author: { name: 'Karin', role: 'praktijkopleider' },
        steps: { kwaliteitenreflectie: { step: 4, note: '' } },
      },
      NOW,
    );
    expect(score?.scoredBy).toBe('praktijkopleider');
  });

  it('writes none of a round when one score is invalid', async () => {
    const { db, document } = await seededMentorDatabase();
    await expect(
      saveMentorRound(
        db,
        {
          dossierId: document.dossierId,
          date: '2026-11-20',
          author: AUTHOR,
          steps: {
            netwerken: { step: 2, note: '' },
            werkexploratie: { step: 3, note: 'x'.repeat(1001) },
          },
        },
        NOW,
      ),
    ).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await mentorScores.listAllFor(db, document.dossierId)).toHaveLength(0);
  });
});

describe('mentor talks', () => {
  it('stores, edits, lists newest first and soft-deletes talks per pupil', async () => {
    const { db, document } = await seededMentorDatabase();
    const older = await mentorTalks.put(db, talk(document.dossierId, '2026-10-01'));
    const newer = await mentorTalks.put(db, talk(document.dossierId, '2026-11-20'));
    await mentorTalks.put(db, talk(OTHER_DOSSIER, '2026-11-21'));
    expect((await listTalks(db, document.dossierId)).map((row) => row.id)).toEqual([
      newer.id,
      older.id,
    ]);

    const done = { ...older, afspraken: older.afspraken.map((a) => ({ ...a, done: true })) };
    await mentorTalks.put(db, done);
    expect((await mentorTalks.get(db, older.id))?.afspraken[0]?.done).toBe(true);

    await mentorTalks.softDelete(db, newer.id, LATER);
    expect((await listTalks(db, document.dossierId)).map((row) => row.id)).toEqual([older.id]);
    expect(await mentorTalks.listAllFor(db, document.dossierId)).toHaveLength(2);
  });

  it('refuses a talk with an empty agreed goal title', async () => {
    const { db, document } = await seededMentorDatabase();
    const bad = talk(document.dossierId, '2026-11-20');
    bad.agreedGoals = [{ id: newId(), title: ' ', competency: null, dueDate: null }];
    await expect(mentorTalks.put(db, bad)).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await db.talks.count()).toBe(0);
  });
});
