import Dexie from 'dexie';
import { describe, expect, it, onTestFinished } from 'vitest';
import { newRecordBase, type LeermeterScore, type MentorTalk } from '@/domain';
import { readDossierFile, type ImportedDossier } from '@/dossier/read';
import { createMentorDatabase, type MentorDatabase } from '@/mentor/database';
import {
  deleteAllPupils,
  deletePupil,
  getPupilAttachment,
  getPupilCopy,
  importPupilCopy,
  listPupils,
} from '@/mentor/pupils';
import { getMentorIdentity, saveMentorIdentity } from '@/mentor/identity';
import {
  NOW,
  bytesOf,
  sampleConversation,
  sampleExperience,
  sampleFeedback,
  sampleProfile,
  sampleScore,
} from '../db/sample-records';
import { TINY_PNG, exportBytes, sampleDossier, type SampleDossier } from '../dossier/support';

function mentorDatabase(): MentorDatabase {
  const name = `begeleiden-test-${crypto.randomUUID()}`;
  const db = createMentorDatabase(name);
  onTestFinished(async () => {
    db.close();
    await Dexie.delete(name);
  });
  return db;
}

async function imported(dossier: SampleDossier, exportedAt = NOW): Promise<ImportedDossier> {
  const result = await readDossierFile(await exportBytes(dossier, { exportedAt }));
  if (result.kind !== 'ok') throw new Error(`unexpected ${result.kind}`);
  return result.dossier;
}

const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

/** A second pupil: another dossierId, no photos. */
function otherPupil(name: string): SampleDossier {
  const profile = sampleProfile({
    name,
    school: 'Albeda',
    sector: 'mbo-2',
    dossierId: crypto.randomUUID(),
  });
  const empty = Object.fromEntries(
    Object.entries(sampleDossier().contents).map(([key, value]) => [
      key,
      Array.isArray(value) ? [] : value,
    ]),
  ) as SampleDossier['contents'];
  return {
    contents: {
      ...empty,
      profile,
      experiences: [sampleExperience({ title: `Stage van ${name}` })],
      conversations: [sampleConversation({ held: true, date: '2026-02-01' })],
    },
    files: new Map(),
  };
}

function mentorTalk(dossierId: string, date: string): MentorTalk & { dossierId: string } {
  return {
    ...newRecordBase(NOW),
    dossierId,
    conversationId: null,
    kind: 'voortgangsgesprek',
    date,
    authorName: 'Dhr. Bakker',
    authorRole: 'mentor',
    participants: [],
    summary: 'Goed gesprek',
    afspraken: [],
    agreedGoals: [],
  };
}

function mentorScore(dossierId: string): LeermeterScore & { dossierId: string } {
  return { ...sampleScore({ scoredBy: 'mentor', step: 3 }), dossierId };
}

/** Writes one record of every kind the mentor keeps for a pupil. */
async function writeMentorRecords(db: MentorDatabase, dossierId: string, targetId: string) {
  await db.feedback.put({ ...sampleFeedback(targetId), dossierId });
  await db.leermeter.put(mentorScore(dossierId));
  await db.talks.put(mentorTalk(dossierId, '2026-03-12'));
  await db.drafts.put({
    key: `mentor-talk:${dossierId}:new`,
    value: { summary: 'x' },
    updatedAt: NOW.toISOString(),
  });
}

async function mentorRecordCounts(db: MentorDatabase, dossierId: string) {
  return {
    feedback: await db.feedback.where('dossierId').equals(dossierId).count(),
    leermeter: await db.leermeter.where('dossierId').equals(dossierId).count(),
    talks: await db.talks.where('dossierId').equals(dossierId).count(),
    drafts: (await db.drafts.toArray()).filter((d) => d.key.includes(dossierId)).length,
    attachments: await db.pupilAttachments.where('dossierId').equals(dossierId).count(),
  };
}

describe('importPupilCopy', () => {
  it('adds a new pupil: the whole document and its photos, read-only', async () => {
    const db = mentorDatabase();
    const dossier = sampleDossier();
    const result = await importPupilCopy(db, await imported(dossier), days(1));

    expect(result).toEqual({
      kind: 'added',
      name: 'Sanne de Vries',
      exportedAt: NOW.toISOString(),
    });
    const { dossierId } = dossier.contents.profile;
    const copy = await getPupilCopy(db, dossierId);
    expect(copy?.name).toBe('Sanne de Vries');
    expect(copy?.importedAt).toBe(days(1).toISOString());
    expect(copy?.exportedAt).toBe(NOW.toISOString());
    expect(copy?.document.experiences.map((e) => e.title).sort()).toEqual(
      dossier.contents.experiences.map((e) => e.title).sort(),
    );
    const photo = dossier.contents.attachments[0]!;
    expect(await bytesOf(await getPupilAttachment(db, dossierId, photo.id))).toEqual([...TINY_PNG]);
  });

  it('replaces the copy and its photos with a newer file and keeps what the mentor wrote', async () => {
    const db = mentorDatabase();
    const first = sampleDossier();
    const { dossierId } = first.contents.profile;
    await importPupilCopy(db, await imported(first), days(1));
    const target = first.contents.experiences[0]!.id;
    await writeMentorRecords(db, dossierId, target);
    const oldPhoto = first.contents.attachments[0]!.id;

    // The pupil worked on: a new experience, and the photo is gone.
    const newer: SampleDossier = {
      contents: {
        ...first.contents,
        experiences: [
          { ...first.contents.experiences[0]!, attachmentIds: [] },
          sampleExperience({ title: 'Open dag ROC' }),
        ],
        attachments: [],
      },
      files: new Map(),
    };
    const result = await importPupilCopy(db, await imported(newer, days(5)), days(6));

    expect(result).toEqual({
      kind: 'updated',
      name: 'Sanne de Vries',
      exportedAt: days(5).toISOString(),
      previousExportedAt: NOW.toISOString(),
    });
    const copy = await getPupilCopy(db, dossierId);
    expect(copy?.exportedAt).toBe(days(5).toISOString());
    expect(copy?.importedAt).toBe(days(6).toISOString());
    expect(copy?.document.experiences.map((e) => e.title)).toContain('Open dag ROC');
    expect(await getPupilAttachment(db, dossierId, oldPhoto)).toBeUndefined();
    expect(await mentorRecordCounts(db, dossierId)).toEqual({
      feedback: 1,
      leermeter: 1,
      talks: 1,
      drafts: 1,
      attachments: 0,
    });
  });

  it('changes nothing for the same version of the file', async () => {
    const db = mentorDatabase();
    const dossier = sampleDossier();
    await importPupilCopy(db, await imported(dossier), days(1));
    const before = await db.pupils.toArray();

    const again = await importPupilCopy(db, await imported(dossier), days(2));

    expect(again).toEqual({ kind: 'same', name: 'Sanne de Vries', exportedAt: NOW.toISOString() });
    expect(await db.pupils.toArray()).toEqual(before);
  });

  it('refuses an older file and keeps the newer copy and its photos', async () => {
    const db = mentorDatabase();
    const dossier = sampleDossier();
    const { dossierId } = dossier.contents.profile;
    await importPupilCopy(db, await imported(dossier, days(10)), days(11));
    const before = await db.pupils.toArray();

    const older: SampleDossier = {
      contents: { ...dossier.contents, experiences: [], attachments: [] },
      files: new Map(),
    };
    const result = await importPupilCopy(db, await imported(older, days(3)), days(12));

    expect(result).toEqual({
      kind: 'older',
      name: 'Sanne de Vries',
      exportedAt: days(3).toISOString(),
      storedExportedAt: days(10).toISOString(),
    });
    expect(await db.pupils.toArray()).toEqual(before);
    expect(await db.pupilAttachments.where('dossierId').equals(dossierId).count()).toBe(1);
  });

  it('refuses a document that is not a valid dossier and writes nothing', async () => {
    const db = mentorDatabase();
    const valid = await imported(sampleDossier());
    const broken = {
      ...valid,
      document: { ...valid.document, profile: { ...valid.document.profile, name: '' } },
    };

    const result = await importPupilCopy(db, broken, days(1));

    expect(result.kind).toBe('write-failed');
    expect(await db.pupils.count()).toBe(0);
    expect(await db.pupilAttachments.count()).toBe(0);
  });
});

describe('listPupils', () => {
  it('lists every pupil by name with the last import and the last talk of either side', async () => {
    const db = mentorDatabase();
    const sanne = sampleDossier();
    // Her own record of a talk, and the mentor's record merged into her dossier earlier.
    sanne.contents.conversations = [sampleConversation({ held: true, date: '2026-03-10' })];
    sanne.contents.mentorTalks = [mentorTalk(sanne.contents.profile.dossierId, '2026-03-12')].map(
      ({ dossierId: _, ...talk }) => talk,
    );
    const ahmed = otherPupil('ahmed Yilmaz'); // held on 2026-02-01
    const zoe = otherPupil('Zoë Jansen');
    zoe.contents.conversations = [sampleConversation({ held: false, date: '2026-05-01' })];
    await importPupilCopy(db, await imported(sanne), days(1));
    await importPupilCopy(db, await imported(zoe), days(2));
    await importPupilCopy(db, await imported(ahmed), days(3));
    // The mentor's own talk with Ahmed is later than his own record of a talk.
    await db.talks.put(mentorTalk(ahmed.contents.profile.dossierId, '2026-03-20'));
    // A talk of the mentor with Sanne that is in the trash does not count.
    await db.talks.put({
      ...mentorTalk(sanne.contents.profile.dossierId, '2026-04-01'),
      deletedAt: NOW.toISOString(),
    });

    const list = await listPupils(db);

    expect(list.map((p) => [p.name, p.lastTalk, p.importedAt])).toEqual([
      ['ahmed Yilmaz', '2026-03-20', days(3).toISOString()],
      ['Sanne de Vries', '2026-03-12', days(1).toISOString()],
      ['Zoë Jansen', null, days(2).toISOString()],
    ]);
    expect(list[0]).toMatchObject({ school: 'Albeda', sector: 'mbo-2' });
  });
});

describe('deleting copies', () => {
  it('deletes one pupil with photos and mentor records, and leaves the others alone', async () => {
    const db = mentorDatabase();
    const sanne = sampleDossier();
    const ahmed = otherPupil('Ahmed Yilmaz');
    const sanneId = sanne.contents.profile.dossierId;
    const ahmedId = ahmed.contents.profile.dossierId;
    await importPupilCopy(db, await imported(sanne), days(1));
    await importPupilCopy(db, await imported(ahmed), days(1));
    await writeMentorRecords(db, sanneId, sanne.contents.experiences[0]!.id);
    await writeMentorRecords(db, ahmedId, ahmed.contents.experiences[0]!.id);
    const ahmedBefore = await mentorRecordCounts(db, ahmedId);

    expect(await deletePupil(db, sanneId)).toBe(true);

    expect(await getPupilCopy(db, sanneId)).toBeUndefined();
    expect(await mentorRecordCounts(db, sanneId)).toEqual({
      feedback: 0,
      leermeter: 0,
      talks: 0,
      drafts: 0,
      attachments: 0,
    });
    expect((await listPupils(db)).map((p) => p.name)).toEqual(['Ahmed Yilmaz']);
    expect(await mentorRecordCounts(db, ahmedId)).toEqual(ahmedBefore);
    expect(await deletePupil(db, sanneId)).toBe(false);
  });

  it('deletes all pupils and everything written for them, but keeps the mentor’s name and role', async () => {
    const db = mentorDatabase();
    const sanne = sampleDossier();
    const ahmed = otherPupil('Ahmed Yilmaz');
    await importPupilCopy(db, await imported(sanne), days(1));
    await importPupilCopy(db, await imported(ahmed), days(1));
    await writeMentorRecords(
      db,
      sanne.contents.profile.dossierId,
      sanne.contents.experiences[0]!.id,
    );
    await saveMentorIdentity(db, { name: 'Dhr. Bakker', role: 'slb' });

    await deleteAllPupils(db);

    for (const table of [
      db.pupils,
      db.pupilAttachments,
      db.feedback,
      db.leermeter,
      db.talks,
      db.drafts,
    ]) {
      expect(await table.count(), table.name).toBe(0);
    }
    expect(await getMentorIdentity(db)).toEqual({ name: 'Dhr. Bakker', role: 'slb' });
  });
});

describe('the mentor’s identity', () => {
  it('is empty with the mentor role until saved, and refuses an unknown role', async () => {
    const db = mentorDatabase();
    expect(await getMentorIdentity(db)).toEqual({ name: '', role: 'mentor' });

    await saveMentorIdentity(db, { name: 'Mevr. Öztürk', role: 'decaan' });
    expect(await getMentorIdentity(db)).toEqual({ name: 'Mevr. Öztürk', role: 'decaan' });

    await expect(
      saveMentorIdentity(db, { name: 'X', role: 'directeur' as 'mentor' }),
    ).rejects.toThrow(/invalid record/);
    expect(await getMentorIdentity(db)).toEqual({ name: 'Mevr. Öztürk', role: 'decaan' });
  });

  it('falls back to the empty identity when the stored value no longer fits', async () => {
    const db = mentorDatabase();
    await db.settings.put({ key: 'mentor-identity', value: { name: 42 } });
    expect(await getMentorIdentity(db)).toEqual({ name: '', role: 'mentor' });
  });
});
