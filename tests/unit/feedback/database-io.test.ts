import { describe, expect, it } from 'vitest';
import type { DossierDatabase } from '@/db';
import { markDeleted, withChanges } from '@/domain';
import { readDossierContents, writeImport } from '@/dossier/database-io';
import { readDossierFile } from '@/dossier/read';
import { importFeedbackIntoDatabase, planFeedbackImport } from '@/dossier/feedback/database-io';
import { readFeedbackFile } from '@/dossier/feedback/read';
import { snapshotDatabase } from '../db/upgrade-harness';
import { createTestDatabase } from '../db/test-database';
import { NOW, sampleFeedback, sampleScore } from '../db/sample-records';
import { exportBytes } from '../dossier/support';
import { feedbackBytes, sampleFeedbackFor, type FeedbackFor } from './support';

const later = new Date(NOW.getTime() + 86_400_000);

/** A device holding the sample pupil's dossier (imported through the real pipeline). */
async function pupilDevice(given: FeedbackFor): Promise<DossierDatabase> {
  const db = createTestDatabase();
  const read = await readDossierFile(await exportBytes(given.dossier));
  if (read.kind !== 'ok') throw new Error(read.kind);
  // The pupil's dossier without mentor records, so only the feedback file brings them.
  const own = { ...read.dossier.document, feedback: [], mentorTalks: [] };
  const written = await writeImport(db, { ...read.dossier, document: own });
  if (written.kind !== 'ok') throw new Error(written.kind);
  return db;
}

/** Every table except the ones a feedback import may write to. */
async function pupilTables(db: DossierDatabase) {
  const snapshot = await snapshotDatabase(db);
  delete snapshot.feedback;
  delete snapshot.mentorTalks;
  snapshot.leermeter = snapshot.leermeter!.filter(
    (row) => (row as { scoredBy: string }).scoredBy === 'leerling',
  );
  return snapshot;
}

describe('importFeedbackIntoDatabase', () => {
  it('merges comments, mentor scores and talks, and never touches what the pupil wrote', async () => {
    const given = sampleFeedbackFor();
    const db = await pupilDevice(given);
    const before = await pupilTables(db);

    const result = await importFeedbackIntoDatabase(db, given.document);
    expect(result).toMatchObject({ kind: 'ok', summary: { added: 3, nothingNew: false } });

    expect(await db.feedback.toArray()).toEqual(given.document.feedback);
    expect(await db.mentorTalks.toArray()).toEqual(given.document.mentorTalks);
    const mentorScores = (await db.leermeter.toArray()).filter((s) => s.scoredBy === 'mentor');
    expect(mentorScores).toEqual(given.document.leermeter);
    // Every pupil table, row by row, exactly as before (the timeline index included).
    const after = await pupilTables(db);
    expect({ ...after, timeline: undefined }).toEqual({ ...before, timeline: undefined });
  });

  it('is idempotent: the same file twice changes nothing the second time', async () => {
    const given = sampleFeedbackFor();
    const db = await pupilDevice(given);
    const read = await readFeedbackFile(await feedbackBytes(given.document));
    if (read.kind !== 'ok') throw new Error(read.kind);

    await importFeedbackIntoDatabase(db, read.feedback);
    const once = await snapshotDatabase(db);
    const again = await importFeedbackIntoDatabase(db, read.feedback);
    expect(again).toMatchObject({
      kind: 'ok',
      summary: { added: 0, updated: 0, unchanged: 3, nothingNew: true },
    });
    expect(await snapshotDatabase(db)).toEqual(once);
  });

  it('refuses feedback for another dossier with other-dossier, and writes nothing', async () => {
    const given = sampleFeedbackFor();
    const db = await pupilDevice(given);
    const before = await snapshotDatabase(db);
    const other = { ...given.document, dossierId: crypto.randomUUID() };
    expect(await importFeedbackIntoDatabase(db, other)).toEqual({ kind: 'other-dossier' });
    expect(await snapshotDatabase(db)).toEqual(before);
  });

  it('refuses feedback on a device without a dossier', async () => {
    const db = createTestDatabase();
    expect(await importFeedbackIntoDatabase(db, sampleFeedbackFor().document)).toEqual({
      kind: 'no-dossier',
    });
    expect(await db.feedback.count()).toBe(0);
  });

  it('never overwrites a pupil record, even a newer one in the file: the file is refused', async () => {
    const given = sampleFeedbackFor();
    const db = await pupilDevice(given);
    const before = await snapshotDatabase(db);
    const own = given.dossier.contents.leermeter[0]!;
    const hostile = {
      ...given.document,
      leermeter: [
        ...given.document.leermeter,
        sampleScore({ id: own.id, scoredBy: 'mentor', step: 1, updatedAt: later.toISOString() }),
      ],
    };
    expect(await importFeedbackIntoDatabase(db, hostile)).toEqual({
      kind: 'pupil-record',
      collection: 'leermeter',
      id: own.id,
    });
    expect(await snapshotDatabase(db)).toEqual(before);
  });

  it('keeps a comment on an unknown entry out and says so; the rest is merged', async () => {
    const given = sampleFeedbackFor();
    const db = await pupilDevice(given);
    const stray = sampleFeedback(crypto.randomUUID(), { text: 'Over iets wat er niet is' });
    const result = await importFeedbackIntoDatabase(db, {
      ...given.document,
      feedback: [...given.document.feedback, stray],
    });
    expect(result).toMatchObject({ kind: 'ok', summary: { added: 3, skippedComments: 1 } });
    expect(await db.feedback.get(stray.id)).toBeUndefined();
  });

  it('takes a newer version of a comment and keeps the pupil’s trashing of an older one', async () => {
    const given = sampleFeedbackFor();
    const db = await pupilDevice(given);
    await importFeedbackIntoDatabase(db, given.document);
    const comment = given.document.feedback[0]!;

    const edited = withChanges(comment, { text: 'Aangevuld' }, later);
    await importFeedbackIntoDatabase(db, { ...given.document, feedback: [edited] });
    expect((await db.feedback.get(comment.id))?.text).toBe('Aangevuld');

    const trashed = markDeleted(edited, new Date(later.getTime() + 1000));
    await db.feedback.put(trashed);
    const result = await importFeedbackIntoDatabase(db, { ...given.document, feedback: [edited] });
    expect(result).toMatchObject({ kind: 'ok', summary: { nothingNew: true } });
    expect((await db.feedback.get(comment.id))?.deletedAt).toBe(trashed.deletedAt);
  });

  it('previews exactly what the import does, without writing', async () => {
    const given = sampleFeedbackFor();
    const db = await pupilDevice(given);
    const before = await snapshotDatabase(db);
    const plan = await planFeedbackImport(db, given.document);
    expect(await snapshotDatabase(db)).toEqual(before);
    const result = await importFeedbackIntoDatabase(db, given.document);
    expect(plan.kind === 'ok' && result.kind === 'ok' && plan.summary).toEqual(
      result.kind === 'ok' && result.summary,
    );
  });

  it('reads the merged talks with the rest of the dossier, for the next export', async () => {
    const given = sampleFeedbackFor();
    const db = await pupilDevice(given);
    await importFeedbackIntoDatabase(db, given.document);
    const contents = await readDossierContents(db);
    expect(contents?.mentorTalks).toEqual(given.document.mentorTalks);
  });
});
