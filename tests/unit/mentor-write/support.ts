/**
 * A MentorDatabase per test, seeded with the committed v1 dossier fixture as a pupil copy (read
 * through the one import pipeline), as MENTOR-A's import would leave it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { expect, onTestFinished } from 'vitest';
import { readDossierFile } from '@/dossier/read';
import type { DossierDocument } from '@/dossier/format';
import { createMentorDatabase, type MentorDatabase } from '@/mentor/database';

export const FIXTURE_ZIP = join(
  import.meta.dirname,
  '../../fixtures/dossier/loopbaandossier-v1-fixture.zip',
);

export const NOW = new Date('2026-11-20T10:00:00.000Z');
export const LATER = new Date('2026-11-21T09:00:00.000Z');
export const OTHER_DOSSIER = '00000000-0000-4000-8000-0000000000ff';

export async function fixtureDocument(): Promise<DossierDocument> {
  const result = await readDossierFile(new Uint8Array(readFileSync(FIXTURE_ZIP)));
  if (result.kind !== 'ok') throw new Error(`fixture did not read: ${result.kind}`);
  return result.dossier.document;
}

export function createTestMentorDatabase(): MentorDatabase {
  const name = `mentor-test-${crypto.randomUUID()}`;
  const db = createMentorDatabase(name);
  onTestFinished(async () => {
    db.close();
    await Dexie.delete(name);
  });
  return db;
}

/** A mentor database holding the fixture pupil's copy; returns it with the document. */
export async function seededMentorDatabase() {
  const db = createTestMentorDatabase();
  const document = await fixtureDocument();
  await db.pupils.put({
    dossierId: document.dossierId,
    name: document.profile.name,
    importedAt: NOW.toISOString(),
    exportedAt: document.exportedAt,
    document,
  });
  const experience = document.experiences[0];
  expect(experience).toBeDefined();
  return { db, document, experienceId: experience!.id };
}
