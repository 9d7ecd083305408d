/**
 * Makes the committed fixture files of the CURRENT formats, from literal records and the app's
 * own writers, so anyone can see how they were made:
 *   tests/fixtures/dossier/loopbaandossier-v2-fixture.zip      (the v1 fixture's dossier, read
 *     through the pipeline and so migrated to version 2, plus one mentor talk)
 *   tests/fixtures/feedback/loopbaanfeedback-v1-fixture.zip    (feedback on that dossier)
 *   tests/fixtures/feedback/loopbaanfeedback-v1-encrypted-fixture.enc  (same, password below)
 *   tests/fixtures/feedback/loopbaanfeedback-v1-other-dossier.zip      (for another dossier)
 * Policy: a fixture of a shipped version is never regenerated. This script refuses to overwrite
 * an existing file; it only fills in files that are missing (e.g. a new version's).
 * Run: node --import tsx scripts/make-format-fixtures.ts
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feedback, LeermeterScore, MentorTalk } from '../src/domain/records';
import { buildFeedbackDocument, buildFeedbackFile } from '../src/dossier/feedback/serialize';
import { readDossierFile } from '../src/dossier/read';
import { serializeDossier } from '../src/dossier/serialize';

export const FEEDBACK_FIXTURE_PASSWORD = 'fixture-wachtwoord';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixture = (path: string) => resolve(root, 'tests/fixtures', path);

const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
/** Ids of the v1 dossier fixture (tests/unit/db/fixtures/v1.ts). */
const DOSSIER = id(0x0d1);
const BAKERY = id(0x101);
const CONVERSATION = id(0x701);
const GENERATOR = { name: 'Loopbaandossier', version: 'fixture' };
const EXPORTED_AT = new Date('2026-11-20T10:00:00.000Z');
const base = (rowId: string) => ({
  id: rowId,
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:30:00.000Z',
  deletedAt: null,
});

const comment: Feedback = {
  ...base(id(0xa01)),
  targetId: BAKERY,
  authorName: 'Dhr. Bakker',
  authorRole: 'mentor',
  text: 'Mooi dat je zelf klanten hielp. Welke kwaliteit liet je daar zien?',
};
const score: LeermeterScore = {
  ...base(id(0xa02)),
  competency: 'netwerken',
  step: 3,
  scoredBy: 'mentor',
  scorerName: 'Dhr. Bakker',
  date: '2026-11-20',
  note: 'Je vroeg zelf om een rondleiding.',
};
const talk: MentorTalk = {
  ...base(id(0xa03)),
  conversationId: CONVERSATION,
  kind: 'voortgangsgesprek',
  date: '2026-11-20',
  authorName: 'Dhr. Bakker',
  authorRole: 'mentor',
  participants: [],
  summary: 'We bespraken je snuffelstage en de open dagen die eraan komen.',
  afspraken: [{ id: id(0xa04), text: 'Twee open dagen kiezen en bezoeken', done: false }],
  agreedGoals: [
    {
      id: id(0xa05),
      title: 'Een open dag bij een mbo bezoeken',
      competency: 'werkexploratie',
      dueDate: '2027-02-01',
    },
  ],
};

async function write(path: string, bytes: Uint8Array): Promise<void> {
  if (existsSync(fixture(path))) {
    process.stdout.write(`Kept ${path} (fixtures are never regenerated)\n`);
    return;
  }
  await writeFile(fixture(path), bytes);
  process.stdout.write(`Wrote ${path}\n`);
}

const feedback = buildFeedbackDocument({
  dossierId: DOSSIER,
  author: { name: 'Dhr. Bakker', role: 'mentor' },
  feedback: [comment],
  leermeter: [score],
  mentorTalks: [talk],
  exportedAt: EXPORTED_AT,
  generator: GENERATOR,
});
await write('feedback/loopbaanfeedback-v1-fixture.zip', await buildFeedbackFile(feedback));
await write(
  'feedback/loopbaanfeedback-v1-encrypted-fixture.enc',
  await buildFeedbackFile(feedback, { password: FEEDBACK_FIXTURE_PASSWORD }),
);
await write(
  'feedback/loopbaanfeedback-v1-other-dossier.zip',
  await buildFeedbackFile({ ...feedback, dossierId: id(0x0ff) }),
);

const v1 = await readDossierFile(
  new Uint8Array(await readFile(fixture('dossier/loopbaandossier-v1-fixture.zip'))),
);
if (v1.kind !== 'ok') throw new Error(`The v1 fixture did not read: ${v1.kind}`);
const { document, files } = v1.dossier;
const { bytes } = await serializeDossier({
  contents: {
    ...document,
    attachments: document.attachments.map(
      ({ path: _path, sha256: _sha, ...attachment }) => attachment,
    ),
    mentorTalks: [talk],
  },
  files,
  exportedAt: EXPORTED_AT,
  generator: GENERATOR,
  complete: true,
});
await write('dossier/loopbaandossier-v2-fixture.zip', bytes);
