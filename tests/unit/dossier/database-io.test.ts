import { describe, expect, it } from 'vitest';
import {
  experiences,
  getSetting,
  goals,
  loadDraft,
  saveDraft,
  saveProfile,
  setSetting,
  type DossierDatabase,
} from '@/db';
import { markDeleted, withChanges } from '@/domain';
import {
  planImport,
  readAttachmentFiles,
  readDossierContents,
  writeImport,
} from '@/dossier/database-io';
import { readDossierFile, type ImportedDossier } from '@/dossier/read';
import { createTestDatabase } from '../db/test-database';
import { NOW, sampleExperience, sampleGoal, sampleProfile } from '../db/sample-records';
import { TINY_PNG, exportBytes, sampleDossier, type SampleDossier } from './support';

async function imported(dossier: SampleDossier): Promise<ImportedDossier> {
  const result = await readDossierFile(await exportBytes(dossier));
  if (result.kind !== 'ok') throw new Error(`unexpected ${result.kind}`);
  return result.dossier;
}

/** Everything an import may touch, to compare before and after. */
async function everything(db: DossierDatabase) {
  return {
    contents: await readDossierContents(db),
    blobs: (await db.attachmentBlobs.toArray()).map((row) => row.id).sort(),
    drafts: await db.drafts.toArray(),
    settings: await db.settings.toArray(),
  };
}

const later = (days: number) => new Date(NOW.getTime() + days * 86_400_000);

describe('writeImport on an empty device', () => {
  it('creates the dossier from the file: every record, the trash and the photo', async () => {
    const db = createTestDatabase();
    const dossier = sampleDossier();
    const result = await writeImport(db, await imported(dossier));

    expect(result).toMatchObject({
      kind: 'ok',
      summary: { mode: 'create', updated: 0, unchanged: 0 },
    });
    if (result.kind !== 'ok') return;
    // 2 experiences + 1 reflection + 1 goal + 1 trait + 1 choice + 1 conversation + 2 scores
    // + 1 feedback + 1 attachment + 1 mentor talk.
    expect(result.summary.added).toBe(12);
    expect(result.summary.counts.profile).toEqual({ added: 1, updated: 0, unchanged: 0 });

    const stored = await readDossierContents(db);
    const byId = <T extends { id: string }>(records: T[]) =>
      [...records].sort((a, b) => a.id.localeCompare(b.id));
    expect(stored?.profile).toEqual(dossier.contents.profile);
    for (const name of [
      'experiences',
      'reflections',
      'goals',
      'traits',
      'choices',
      'conversations',
      'leermeter',
      'feedback',
      'attachments',
      'mentorTalks',
    ] as const) {
      expect(byId(stored![name] as { id: string }[]), name).toEqual(
        byId(dossier.contents[name] as { id: string }[]),
      );
    }
    const files = await readAttachmentFiles(db, dossier.contents.attachments);
    expect(files.get(dossier.contents.attachments[0]!.id)).toEqual(TINY_PNG);
    const blob = await db.attachmentBlobs.get(dossier.contents.attachments[0]!.id);
    expect(blob?.blob.type).toBe('image/png');
  });

  it('leaves drafts and settings alone', async () => {
    const db = createTestDatabase();
    await saveDraft(db, 'experience:new', { title: 'half getypt' }, NOW);
    await setSetting(db, 'locale', 'en');
    await writeImport(db, await imported(sampleDossier()));
    expect(await loadDraft(db, 'experience:new')).toEqual({ title: 'half getypt' });
    expect(await getSetting(db, 'locale')).toBe('en');
  });
});

describe('writeImport into the same dossier (merge)', () => {
  it('adds new records, takes newer ones, keeps newer local ones and respects deletions', async () => {
    const db = createTestDatabase();
    const dossier = sampleDossier();
    await writeImport(db, await imported(dossier));
    const [bakery] = dossier.contents.experiences;
    const [goal] = dossier.contents.goals;
    const reflection = dossier.contents.reflections[0]!;
    const choice = dossier.contents.choices[0]!;

    // On this device: the pupil edits the goal later than the file will, and deletes the choice.
    await goals.put(db, withChanges(goal!, { text: 'Nieuwer hier' }, later(5)));
    await db.choices.put(markDeleted(choice, later(5)));

    // On the other device (the file): a new experience, a newer bakery edit, an older goal
    // edit, and the reflection deleted after its last edit here.
    const newOne = sampleExperience({ title: 'Open dag ROC', date: '2026-03-05' });
    const next: SampleDossier = {
      files: dossier.files,
      contents: {
        ...dossier.contents,
        experiences: [
          withChanges(bakery!, { title: 'Snuffelstage (bijgewerkt)' }, later(3)),
          dossier.contents.experiences[1]!,
          newOne,
        ],
        goals: [withChanges(goal!, { text: 'Ouder in het bestand' }, later(1))],
        reflections: [markDeleted(reflection, later(2))],
      },
    };
    const result = await writeImport(db, await imported(next));

    expect(result).toMatchObject({ kind: 'ok', summary: { mode: 'merge', added: 1, updated: 2 } });
    expect((await experiences.get(db, newOne.id))?.title).toBe('Open dag ROC');
    expect((await experiences.get(db, bakery!.id))?.title).toBe('Snuffelstage (bijgewerkt)');
    expect((await goals.get(db, goal!.id))?.text).toBe('Nieuwer hier');
    expect((await db.reflections.get(reflection.id))?.deletedAt).not.toBeNull();
    expect((await db.choices.get(choice.id))?.deletedAt).not.toBeNull();
    expect(await db.experiences.count()).toBe(3);
  });

  it('duplicates nothing when the same file is imported twice', async () => {
    const db = createTestDatabase();
    const file = await imported(sampleDossier());
    await writeImport(db, file);
    const before = await everything(db);
    const again = await writeImport(db, file);
    expect(again).toMatchObject({
      kind: 'ok',
      summary: { mode: 'merge', added: 0, updated: 0, unchanged: 12 },
    });
    expect(await everything(db)).toEqual(before);
  });

  it('compares moments, not strings, so the same time in another notation is no change', async () => {
    const db = createTestDatabase();
    const dossier = sampleDossier();
    await writeImport(db, await imported(dossier));
    const goal = dossier.contents.goals[0]!;
    const sameMoment = {
      ...goal,
      text: 'andere tekst',
      updatedAt: goal.updatedAt.replace('.000Z', 'Z'),
    };
    const result = await writeImport(
      db,
      await imported({ ...dossier, contents: { ...dossier.contents, goals: [sameMoment] } }),
    );
    expect(result).toMatchObject({ kind: 'ok', summary: { updated: 0 } });
    expect((await goals.get(db, goal.id))?.text).toBe(goal.text);
  });

  it('previews exactly what the write does, without writing', async () => {
    const db = createTestDatabase();
    const dossier = sampleDossier();
    await writeImport(db, await imported(dossier));
    const newer: SampleDossier = {
      ...dossier,
      contents: {
        ...dossier.contents,
        goals: [...dossier.contents.goals, sampleGoal({ text: 'Nieuw doel' })],
      },
    };
    const file = await imported(newer);
    const before = await everything(db);
    const plan = await planImport(db, file.document);
    expect(await everything(db)).toEqual(before);
    const result = await writeImport(db, file);
    expect(plan).toEqual(result);
    expect(plan).toMatchObject({ kind: 'ok', summary: { added: 1, updated: 0 } });
  });
});

describe('writeImport refuses', () => {
  it('another pupil’s dossier, and changes nothing', async () => {
    const db = createTestDatabase();
    await saveProfile(db, sampleProfile({ name: 'Daan' }));
    await experiences.put(db, sampleExperience());
    const before = await everything(db);
    const result = await writeImport(db, await imported(sampleDossier()));
    expect(result).toEqual({ kind: 'other-pupil', fileName: 'Sanne de Vries', ownName: 'Daan' });
    expect(await planImport(db, (await imported(sampleDossier())).document)).toMatchObject({
      kind: 'other-pupil',
    });
    expect(await everything(db)).toEqual(before);
  });

  it('reports a full disk as storage-full and leaves nothing half-written', async () => {
    const db = createTestDatabase();
    // Simulates the device running out of space while the photo bytes are written (middleware
    // must be in place before the database opens).
    db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down) => ({
        ...down,
        table: (tableName) => {
          const table = down.table(tableName);
          if (tableName !== 'attachmentBlobs') return table;
          return {
            ...table,
            mutate: () =>
              Promise.reject(
                new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
              ),
          };
        },
      }),
    });
    await setSetting(db, 'locale', 'nl');
    const before = await everything(db);
    expect(await writeImport(db, await imported(sampleDossier()))).toEqual({
      kind: 'storage-full',
    });
    expect(await everything(db)).toEqual(before);
    expect(before.contents).toBeNull();
  });
});
