import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeImport } from '@/dossier/database-io';
import { readDossierFile } from '@/dossier/read';
import { importFeedbackIntoDatabase } from '@/dossier/feedback/database-io';
import { readFeedbackFile } from '@/dossier/feedback/read';
import { buildFeedbackFile } from '@/dossier/feedback/serialize';
import { createTestDatabase } from '../db/test-database';
import { newId } from '@/domain';
import { feedbackDocumentSchema } from '@/dossier/feedback/format';
import { addComment, mentorFeedback, type MentorAuthor } from '@/mentor/feedback';
import {
  feedbackDocumentForPupil,
  feedbackDocumentCounts,
  readMentorRecords,
} from '@/mentor/feedback-document';
import { saveMentorRound } from '@/mentor/scores';
import { mentorTalks } from '@/mentor/talks';
import { FIXTURE_ZIP, LATER, NOW, OTHER_DOSSIER, seededMentorDatabase } from './support';

const AUTHOR: MentorAuthor = { name: 'Mevrouw Jansen', role: 'slb' };
const GENERATOR = { name: 'Loopbaandossier', version: 'test' };

async function mentorWroteEverything() {
  const seeded = await seededMentorDatabase();
  const { db, document, experienceId } = seeded;
  const dossierId = document.dossierId;
  const kept = await addComment(
    db,
    { dossierId, targetId: experienceId, author: AUTHOR, text: 'Goed zo' },
    NOW,
  );
  const withdrawn = await addComment(
    db,
    { dossierId, targetId: document.goals[0]!.id, author: AUTHOR, text: 'Toch niet' },
    NOW,
  );
  await mentorFeedback.softDelete(db, withdrawn.id, LATER);
  await addComment(
    db,
    { dossierId: OTHER_DOSSIER, targetId: experienceId, author: AUTHOR, text: 'Andere leerling' },
    NOW,
  );
  await saveMentorRound(
    db,
    { dossierId, date: '2026-11-20', author: AUTHOR, steps: { netwerken: { step: 3, note: '' } } },
    NOW,
  );
  await saveMentorRound(
    db,
    {
      dossierId: OTHER_DOSSIER,
      date: '2026-11-20',
      author: AUTHOR,
      steps: { netwerken: { step: 1, note: '' } },
    },
    NOW,
  );
  const stamp = NOW.toISOString();
  await mentorTalks.put(db, {
    id: newId(),
    createdAt: stamp,
    updatedAt: stamp,
    deletedAt: null,
    dossierId,
    conversationId: document.conversations[0]!.id,
    kind: 'voortgangsgesprek',
    date: '2026-11-20',
    authorName: AUTHOR.name,
    authorRole: AUTHOR.role,
    participants: [],
    summary: 'Besproken: de snuffelstage.',
    afspraken: [{ id: newId(), text: 'Open dag bezoeken', done: false }],
    agreedGoals: [],
  });
  return { ...seeded, kept, withdrawn };
}

describe('feedbackDocumentForPupil', () => {
  it('holds only what the mentor wrote for this pupil, addressed to their dossier', async () => {
    const { db, document, kept, withdrawn } = await mentorWroteEverything();
    const records = await readMentorRecords(db, document.dossierId);
    const built = feedbackDocumentForPupil({
      dossierId: document.dossierId,
      author: AUTHOR,
      exportedAt: LATER,
      generator: GENERATOR,
      ...records,
    });

    expect(feedbackDocumentSchema.safeParse(built).success).toBe(true);
    expect(built.dossierId).toBe(document.dossierId);
    expect(built.author).toEqual({ name: 'Mevrouw Jansen', role: 'slb' });
    expect(built.exportedAt).toBe(LATER.toISOString());
    expect(built.feedback.map((f) => f.id).sort()).toEqual([kept.id, withdrawn.id].sort());
    expect(built.feedback.map((f) => f.text)).not.toContain('Andere leerling');
    expect(built.leermeter).toHaveLength(1);
    expect(built.leermeter[0]?.scoredBy).toBe('mentor');
    expect(built.mentorTalks).toHaveLength(1);
    // The mentor database's own tag does not travel: the file is addressed once, at the top.
    for (const row of [...built.feedback, ...built.leermeter, ...built.mentorTalks]) {
      expect(row).not.toHaveProperty('dossierId');
    }
  });

  it('carries a deleted comment as deleted, so the pupil copy follows', async () => {
    const { db, document, withdrawn } = await mentorWroteEverything();
    const built = feedbackDocumentForPupil({
      dossierId: document.dossierId,
      author: AUTHOR,
      exportedAt: LATER,
      generator: GENERATOR,
      ...(await readMentorRecords(db, document.dossierId)),
    });
    expect(built.feedback.find((f) => f.id === withdrawn.id)?.deletedAt).toBe(LATER.toISOString());
    expect(feedbackDocumentCounts(built)).toEqual({ comments: 1, scores: 1, talks: 1 });
  });

  it('never carries any of the pupil text or profile', async () => {
    const { db, document } = await mentorWroteEverything();
    const built = feedbackDocumentForPupil({
      dossierId: document.dossierId,
      author: AUTHOR,
      exportedAt: LATER,
      generator: GENERATOR,
      ...(await readMentorRecords(db, document.dossierId)),
    });
    const json = JSON.stringify(built);
    const pupilTexts = [
      document.profile.name,
      ...document.experiences.flatMap((e) => [e.title, e.description, e.slo.doel, e.place]),
      ...document.reflections.map((r) => r.title),
      ...document.goals.map((g) => g.text),
      ...document.conversations.map((c) => c.topics),
    ].filter((text) => text.trim().length > 3);
    expect(pupilTexts.length).toBeGreaterThan(3);
    for (const text of pupilTexts) expect(json).not.toContain(text);
    // The pupil's own leermeter and feedback rows never come along.
    const pupilIds = [...document.leermeter, ...document.feedback].map((r) => r.id);
    for (const id of pupilIds) expect(json).not.toContain(id);
  });

  it('refuses to build a file without an author name', async () => {
    const { db, document } = await mentorWroteEverything();
    expect(() =>
      feedbackDocumentForPupil({
        dossierId: document.dossierId,
        author: { name: '  ', role: 'mentor' },
        exportedAt: LATER,
        generator: GENERATOR,
        feedback: [],
        leermeter: [],
        talks: [],
      }),
    ).toThrow();
    expect(await db.feedback.count()).toBeGreaterThan(0);
  });
});

describe('the feedback file made from the mentor records', () => {
  it('reads back with the pupil app reader and merges into the pupil dossier once', async () => {
    const { db, document, kept } = await mentorWroteEverything();
    const built = feedbackDocumentForPupil({
      dossierId: document.dossierId,
      author: AUTHOR,
      exportedAt: LATER,
      generator: GENERATOR,
      ...(await readMentorRecords(db, document.dossierId)),
    });
    const read = await readFeedbackFile(await buildFeedbackFile(built));
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.feedback).toEqual(built);

    // The pupil's device, holding the same dossier the mentor reviewed.
    const pupilDb = createTestDatabase();
    const imported = await readDossierFile(new Uint8Array(readFileSync(FIXTURE_ZIP)));
    if (imported.kind !== 'ok') throw new Error(imported.kind);
    const written = await writeImport(pupilDb, imported.dossier);
    expect(written.kind).toBe('ok');

    const first = await importFeedbackIntoDatabase(pupilDb, read.feedback);
    expect(first.kind).toBe('ok');
    expect((await pupilDb.feedback.get(kept.id))?.text).toBe('Goed zo');
    const counts = await Promise.all([
      pupilDb.feedback.count(),
      pupilDb.leermeter.count(),
      pupilDb.mentorTalks.count(),
    ]);
    const second = await importFeedbackIntoDatabase(pupilDb, read.feedback);
    expect(second.kind).toBe('ok');
    expect(
      await Promise.all([
        pupilDb.feedback.count(),
        pupilDb.leermeter.count(),
        pupilDb.mentorTalks.count(),
      ]),
    ).toEqual(counts);

    // The mentor takes the comment back: the next file carries the deletion, the pupil follows.
    await mentorFeedback.softDelete(db, kept.id, new Date('2026-11-22T09:00:00.000Z'));
    const next = feedbackDocumentForPupil({
      dossierId: document.dossierId,
      author: AUTHOR,
      exportedAt: new Date('2026-11-22T10:00:00.000Z'),
      generator: GENERATOR,
      ...(await readMentorRecords(db, document.dossierId)),
    });
    expect((await importFeedbackIntoDatabase(pupilDb, next)).kind).toBe('ok');
    expect((await pupilDb.feedback.get(kept.id))?.deletedAt).toBe('2026-11-22T09:00:00.000Z');
  });
});
