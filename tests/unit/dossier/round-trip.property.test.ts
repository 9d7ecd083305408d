/**
 * Property: for any valid dossier, export → import (read + write into a database) → export gives
 * the same dossier.json apart from `exportedAt`. Small dossiers and short strings keep 1,000 runs
 * fast; strings use the whole UTF-16 range (lone surrogates included) because pupils type emoji
 * and names from every script. Encryption is left out here (PBKDF2 is slow on purpose); the
 * envelope has its own tests.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CHOICE_KINDS,
  CHOICE_STATUSES,
  COMPETENCY_KEYS,
  CONVERSATION_KINDS,
  EXPERIENCE_KINDS,
  FEEDBACK_AUTHOR_ROLES,
  GOAL_STATUSES,
  IMAGE_MEDIA_TYPES,
  SCORERS,
  SECTORS,
  TRAIT_KINDS,
  type Attachment,
} from '@/domain';
import { readAttachmentFiles, readDossierContents, writeImport } from '@/dossier/database-io';
import { readDossierFile } from '@/dossier/read';
import { documentText, serializeDossier, type DossierContents } from '@/dossier/serialize';
import { createDatabase } from '@/db';
import { GENERATOR, entriesOf } from './support';

const RUNS = 1000;

const moment = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T23:59:59Z'),
    noInvalidDate: true,
  })
  .chain((date) =>
    // Both notations zod accepts: with and without milliseconds.
    fc.constantFrom(date.toISOString(), date.toISOString().replace(/\.\d{3}Z$/, 'Z')),
  );
const day = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));
const id = fc.uuid();
const text = (maxLength = 12) => fc.string({ unit: 'binary', maxLength });
const title = (maxLength = 12) => text(maxLength).filter((value) => value.trim().length > 0);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
const base = { id, createdAt: moment, updatedAt: moment, deletedAt: maybe(moment) };
const few = <T extends { id: string }>(arbitrary: fc.Arbitrary<T>, maxLength = 3) =>
  fc.uniqueArray(arbitrary, { maxLength, selector: (record) => record.id });

const contact = fc.record({ name: text(), role: text() });
const slo = fc.record({ doel: text(), resultaat: text(), vondIkErvan: text(), gevolg: text() });
const starr = fc.record({
  situatie: text(),
  taak: text(),
  actie: text(),
  resultaat: text(),
  reflectie: text(),
});
const reflectionContent = {
  competencies: fc.uniqueArray(fc.constantFrom(...COMPETENCY_KEYS), { maxLength: 5 }),
  competencyReflections: fc.record(
    Object.fromEntries(COMPETENCY_KEYS.map((key) => [key, text()])) as Record<
      (typeof COMPETENCY_KEYS)[number],
      fc.Arbitrary<string>
    >,
    { requiredKeys: [] },
  ),
  slo,
  starr: maybe(starr),
};

const profile = fc.record({
  ...base,
  deletedAt: fc.constant(null),
  dossierId: id,
  name: title(),
  school: text(),
  sector: fc.constantFrom(...SECTORS),
  year: maybe(fc.integer({ min: 1, max: 8 })),
  mentor: text(),
});

const experience = fc.record({
  ...base,
  kind: fc.constantFrom(...EXPERIENCE_KINDS),
  title: title(),
  date: day,
  place: text(),
  contact,
  description: text(30),
  ...reflectionContent,
  rating: maybe(fc.integer({ min: 1, max: 5 })),
  private: fc.boolean(),
  attachmentIds: fc.array(id, { maxLength: 2 }),
});

const MAGIC: Record<Attachment['mediaType'], number[]> = {
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/webp': [0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50],
};
const photo = fc.record({
  ...base,
  ownerIndex: fc.nat(),
  fileName: title(20),
  mediaType: fc.constantFrom(...IMAGE_MEDIA_TYPES),
  tail: fc.uint8Array({ maxLength: 24 }),
  width: maybe(fc.integer({ min: 1, max: 20_000 })),
  height: maybe(fc.integer({ min: 1, max: 20_000 })),
});

const dossier = fc
  .record({
    profile,
    experiences: few(experience),
    photos: few(photo, 2),
    reflections: few(
      fc.record({
        ...base,
        title: title(),
        date: day,
        ...reflectionContent,
        private: fc.boolean(),
      }),
    ),
    goals: few(
      fc.record({
        ...base,
        text: title(),
        competency: maybe(fc.constantFrom(...COMPETENCY_KEYS)),
        dueDate: maybe(day),
        status: fc.constantFrom(...GOAL_STATUSES),
        sourceId: maybe(id),
      }),
    ),
    traits: few(
      fc.record({
        ...base,
        kind: fc.constantFrom(...TRAIT_KINDS),
        name: title(),
        description: text(),
        evidenceIds: fc.array(id, { maxLength: 2 }),
      }),
    ),
    choices: few(
      fc.record({
        ...base,
        option: title(),
        kind: fc.constantFrom(...CHOICE_KINDS),
        pros: fc.array(text(), { maxLength: 2 }),
        cons: fc.array(text(), { maxLength: 2 }),
        status: fc.constantFrom(...CHOICE_STATUSES),
        date: day,
        note: text(),
      }),
    ),
    conversations: few(
      fc.record({
        ...base,
        kind: fc.constantFrom(...CONVERSATION_KINDS),
        date: day,
        participants: fc.array(contact, { maxLength: 2 }),
        preparationQuestions: fc.array(text(), { maxLength: 2 }),
        topics: text(),
        summary: text(),
        afspraken: fc.array(fc.record({ id, text: title(), done: fc.boolean() }), { maxLength: 2 }),
        goalIds: fc.array(id, { maxLength: 2 }),
        held: fc.boolean(),
      }),
    ),
    leermeter: few(
      fc.record({
        ...base,
        competency: fc.constantFrom(...COMPETENCY_KEYS),
        step: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
        scoredBy: fc.constantFrom(...SCORERS),
        scorerName: text(),
        date: day,
        note: text(),
      }),
    ),
    feedback: few(
      fc.record({
        ...base,
        targetId: id,
        authorName: text(),
        authorRole: fc.constantFrom(...FEEDBACK_AUTHOR_ROLES),
        text: title(),
      }),
    ),
    mentorTalks: few(
      fc.record({
        ...base,
        conversationId: maybe(id),
        kind: fc.constantFrom(...CONVERSATION_KINDS),
        date: day,
        authorName: text(),
        authorRole: fc.constantFrom(...FEEDBACK_AUTHOR_ROLES),
        participants: fc.array(contact, { maxLength: 2 }),
        summary: text(),
        afspraken: fc.array(fc.record({ id, text: title(), done: fc.boolean() }), { maxLength: 2 }),
        agreedGoals: fc.array(
          fc.record({
            id,
            title: title(),
            competency: maybe(fc.constantFrom(...COMPETENCY_KEYS)),
            dueDate: maybe(day),
          }),
          { maxLength: 2 },
        ),
      }),
    ),
  })
  .map(({ photos, ...rest }) => {
    const files = new Map<string, Uint8Array>();
    const attachments: Attachment[] =
      rest.experiences.length === 0
        ? []
        : photos.map(({ ownerIndex, tail, ...meta }) => {
            const bytes = new Uint8Array([...MAGIC[meta.mediaType], ...tail]);
            files.set(meta.id, bytes);
            return {
              ...meta,
              ownerId: rest.experiences[ownerIndex % rest.experiences.length]!.id,
              byteSize: bytes.length,
            };
          });
    const contents: DossierContents = { ...rest, attachments };
    return { contents, files };
  });

const db = createDatabase(`dossier-round-trip-${crypto.randomUUID()}`);
afterAll(async () => {
  db.close();
  await db.delete();
});

async function exportOnce(
  contents: DossierContents,
  files: ReadonlyMap<string, Uint8Array>,
  at: string,
) {
  return serializeDossier({
    contents,
    files,
    exportedAt: new Date(at),
    generator: GENERATOR,
    complete: true,
  });
}

const withoutExportedAt = (text: string) =>
  text.replace(/"exportedAt": "[^"]*"/, '"exportedAt": "…"');

describe('export → import → export', () => {
  it(`gives the same dossier.json (${RUNS} random dossiers)`, async () => {
    await fc.assert(
      fc.asyncProperty(dossier, async ({ contents, files }) => {
        await db.transaction('rw', db.tables, () =>
          Promise.all(db.tables.map((table) => table.clear())),
        );
        const first = await exportOnce(contents, files, '2026-03-02T10:00:00.000Z');

        const read = await readDossierFile(first.bytes);
        expect(read.kind).toBe('ok');
        if (read.kind !== 'ok') return;
        expect(await writeImport(db, read.dossier)).toMatchObject({ kind: 'ok' });

        const stored = await readDossierContents(db);
        const storedFiles = await readAttachmentFiles(db, stored!.attachments);
        const second = await exportOnce(stored!, storedFiles, '2027-01-01T00:00:00.000Z');

        expect(withoutExportedAt(documentText(second.document))).toBe(
          withoutExportedAt(documentText(first.document)),
        );
        expect(second.document.exportedAt).not.toBe(first.document.exportedAt);
        const firstEntries = entriesOf(first.bytes);
        const secondEntries = entriesOf(second.bytes);
        for (const attachment of first.document.attachments) {
          expect(secondEntries[attachment.path]).toEqual(firstEntries[attachment.path]);
        }
      }),
      { numRuns: RUNS },
    );
  }, 180_000);
});
