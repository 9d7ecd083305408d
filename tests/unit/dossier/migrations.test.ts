import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { getAttachmentBlob } from '@/db';
import { experienceSchema } from '@/domain';
import { readDossierContents, writeImport } from '@/dossier/database-io';
import {
  CURRENT_FORMAT_VERSION,
  RECORD_COLLECTIONS,
  dossierDocumentV2Schema,
} from '@/dossier/format';
import { MIGRATIONS, migrateDocument, type MigrationStep } from '@/dossier/migrations';
import { readDossierFile, type FormatDefinition } from '@/dossier/read';
import { createTestDatabase } from '../db/test-database';
import { V1_IDS, V1_PHOTO_BYTES } from '../db/fixtures/v1';
import { exportBytes, withDocument } from './support';

const FIXTURES = join(import.meta.dirname, '../../fixtures/dossier');

/**
 * One committed file per format version ever shipped. Add the next version's fixture here when
 * it ships; never regenerate or edit an old one.
 */
const FORMAT_FIXTURES: Record<number, string> = {
  1: 'loopbaandossier-v1-fixture.zip',
  2: 'loopbaandossier-v2-fixture.zip',
};

/** The collections version 1 had; later versions only add to them. */
const V1_COLLECTIONS = RECORD_COLLECTIONS.filter((name) => name !== 'mentorTalks');

function fixtureDocument(file: string): Record<string, unknown[]> {
  const entries = unzipSync(new Uint8Array(readFileSync(join(FIXTURES, file))));
  return JSON.parse(new TextDecoder().decode(entries['dossier.json'])) as Record<string, unknown[]>;
}

describe('the migration steps', () => {
  it('are ordered, one per version, and the last is the current version', () => {
    expect(MIGRATIONS.map((step) => step.version)).toEqual(
      Array.from({ length: CURRENT_FORMAT_VERSION }, (_, i) => i + 1),
    );
    expect(MIGRATIONS.at(-1)?.version).toBe(CURRENT_FORMAT_VERSION);
    for (const step of MIGRATIONS) expect(step.describe.length).toBeGreaterThan(10);
  });

  it('have a committed fixture for every format version', () => {
    expect(Object.keys(FORMAT_FIXTURES).map(Number)).toEqual(
      MIGRATIONS.map((step) => step.version),
    );
  });

  it('run every step from the file’s version up, in order, without touching the input', () => {
    const calls: number[] = [];
    const step = (version: number): MigrationStep => ({
      version,
      describe: `synthetic step ${version}`,
      apply: (document) => {
        calls.push(version);
        return { ...document, trail: [...((document.trail as number[]) ?? []), version] };
      },
    });
    const input = Object.freeze({ formatVersion: 1, trail: Object.freeze([]) });
    const result = migrateDocument(input, 1, [step(1), step(3), step(2), step(4)], 4);
    expect(result).toEqual({
      kind: 'ok',
      document: { formatVersion: 4, trail: [2, 3, 4] },
      applied: [2, 3, 4],
    });
    expect(calls).toEqual([2, 3, 4]);
    expect(input).toEqual({ formatVersion: 1, trail: [] });
  });

  it('refuse a file from a newer version, and a gap in the steps', () => {
    expect(migrateDocument({}, 5, MIGRATIONS, 1)).toEqual({
      kind: 'newer-version',
      fileVersion: 5,
      supportedVersion: 1,
    });
    const beyond = CURRENT_FORMAT_VERSION + 2;
    expect(migrateDocument({}, 1, MIGRATIONS, beyond)).toEqual({
      kind: 'no-path',
      missingVersion: CURRENT_FORMAT_VERSION + 1,
    });
  });
});

describe('step 2: mentorTalks', () => {
  it('gives a version 1 document an empty mentorTalks collection and changes nothing else', () => {
    const v1 = fixtureDocument(FORMAT_FIXTURES[1]!);
    const result = migrateDocument(v1, 1, MIGRATIONS, 2);
    expect(result).toEqual({
      kind: 'ok',
      document: { ...v1, formatVersion: 2, mentorTalks: [] },
      applied: [2],
    });
  });

  it('refuses a version 1 file that already carries mentorTalks, as version 1 would', async () => {
    const sneaky = withDocument(await exportBytes(), (document) => {
      document.formatVersion = 1;
    });
    const result = await readDossierFile(sneaky);
    expect(result).toMatchObject({ kind: 'invalid-content', reason: 'unknown-key' });
    const plain = withDocument(await exportBytes(), (document) => {
      document.formatVersion = 1;
      delete document.mentorTalks;
    });
    expect(await readDossierFile(plain)).toMatchObject({ kind: 'ok' });
  });
});

describe('every shipped format version imports with every record intact', () => {
  for (const [version, file] of Object.entries(FORMAT_FIXTURES)) {
    it(`format version ${version} (${file})`, async () => {
      const bytes = new Uint8Array(readFileSync(join(FIXTURES, file)));
      const result = await readDossierFile(bytes);
      expect(result.kind).toBe('ok');
      if (result.kind !== 'ok') return;
      expect(result.dossier.sourceFormatVersion).toBe(Number(version));

      const db = createTestDatabase();
      expect(await writeImport(db, result.dossier)).toMatchObject({ kind: 'ok' });
      const stored = await readDossierContents(db);
      // Compared with the file's own records, read without the pipeline under test.
      const raw = fixtureDocument(file);
      expect(stored?.profile).toEqual(raw.profile);
      for (const name of RECORD_COLLECTIONS) {
        // A collection the file's version did not have yet is empty after migration.
        const expected = ((raw[name] ?? []) as Record<string, unknown>[]).map((record) => {
          if (name !== 'attachments') return record;
          const attachment = { ...record };
          delete attachment.path;
          delete attachment.sha256;
          return attachment;
        });
        expect(stored?.[name], name).toEqual(expected);
      }
      const photo = await getAttachmentBlob(db, V1_IDS.photo);
      expect([...new Uint8Array(await photo!.arrayBuffer())]).toEqual(V1_PHOTO_BYTES);
    });
  }

  it('the version 1 fixture holds what it promises', () => {
    const raw = fixtureDocument(FORMAT_FIXTURES[1]!);
    expect(raw.formatVersion).toBe(1);
    expect((raw.experiences as { title: string }[]).map((e) => e.title)).toContain(
      'Snuffelstage bij bakkerij De Korenschoof',
    );
    for (const name of V1_COLLECTIONS)
      expect((raw[name] as unknown[]).length, name).toBeGreaterThan(0);
    expect(raw.mentorTalks).toBeUndefined();
  });

  it('the version 2 fixture holds every collection, mentorTalks included', () => {
    const raw = fixtureDocument(FORMAT_FIXTURES[2]!);
    expect(raw.formatVersion).toBe(2);
    for (const name of RECORD_COLLECTIONS)
      expect((raw[name] as unknown[]).length, name).toBeGreaterThan(0);
  });

  it('the encrypted version 1 fixture opens with its password (600,000 iterations)', async () => {
    const bytes = new Uint8Array(
      readFileSync(join(FIXTURES, 'loopbaandossier-v1-encrypted-fixture.enc')),
    );
    const result = await readDossierFile(bytes, { password: 'fixture-wachtwoord' });
    expect(result.kind).toBe('ok');
    if (result.kind === 'ok') expect(result.dossier.document.profile.name).toBe('Sanne de Vries');
  }, 30_000);
});

describe('a synthetic format version 3 through the real pipeline', () => {
  // Version 3 (made up for this test) gives every experience a list of tags.
  const v3Schema = dossierDocumentV2Schema.extend({
    formatVersion: z.literal(3),
    experiences: z.array(
      z.strictObject({ ...experienceSchema.shape, tags: z.array(z.string().max(50)).max(20) }),
    ),
  });
  type V3 = z.infer<typeof v3Schema>;
  const v3: FormatDefinition<V3> = {
    currentVersion: 3,
    schema: v3Schema,
    migrations: [
      ...MIGRATIONS,
      {
        version: 3,
        describe: 'Every experience gets an empty list of tags.',
        apply: (document) => ({
          ...document,
          experiences: Array.isArray(document.experiences)
            ? document.experiences.map((experience: unknown) =>
                typeof experience === 'object' && experience !== null
                  ? { ...experience, tags: [] }
                  : experience,
              )
            : document.experiences,
        }),
      },
    ],
  };

  it('migrates the version 1 fixture with every record intact', async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, FORMAT_FIXTURES[1]!)));
    const result = await readDossierFile(bytes, { format: v3 });
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    const { document } = result.dossier;
    expect(document.formatVersion).toBe(3);
    expect(result.dossier.sourceFormatVersion).toBe(1);
    const raw = fixtureDocument(FORMAT_FIXTURES[1]!);
    expect(document.experiences).toEqual(
      (raw.experiences as object[]).map((experience) => ({ ...experience, tags: [] })),
    );
    for (const name of V1_COLLECTIONS.filter((n) => n !== 'experiences')) {
      expect(document[name], name).toEqual(raw[name]);
    }
    expect(document.mentorTalks).toEqual([]);
  });

  it('still validates strictly after migrating', async () => {
    const broken = withDocument(await exportBytes(), (document) => {
      document.experiences[0].title = '';
    });
    expect(await readDossierFile(broken, { format: v3 })).toMatchObject({
      kind: 'invalid-content',
      path: '$.experiences[0].title',
    });
  });

  it('the current app refuses a version 3 file and asks for an update', async () => {
    const v3File = withDocument(await exportBytes(), (document) => {
      document.formatVersion = 3;
    });
    expect(await readDossierFile(v3File)).toMatchObject({ kind: 'newer-version', fileVersion: 3 });
  });
});
