/**
 * Export: the one way a dossier becomes a file. The document is built from the records as
 * stored, sorted by id so the same dossier always gives the same dossier.json, and checked
 * against the very schema the import uses, so the app never writes a file it would refuse.
 */
import type {
  Attachment,
  Choice,
  Conversation,
  Experience,
  Feedback,
  Goal,
  LeermeterScore,
  MentorTalk,
  Profile,
  Reflection,
  Trait,
} from '../domain/records';
import { sha256Hex } from './bytes';
import { encryptEnvelope } from './crypto';
import {
  CURRENT_FORMAT_VERSION,
  DOCUMENT_ENTRY,
  FORMAT_NAME,
  attachmentPath,
  dossierDocumentSchema,
  type DossierDocument,
} from './format';
import { checkConsistency } from './validate';
import { writeZip, type ZipInput } from './zip';

/** Everything a dossier holds, as stored (soft-deleted records included). */
export interface DossierContents {
  profile: Profile;
  experiences: Experience[];
  reflections: Reflection[];
  goals: Goal[];
  traits: Trait[];
  choices: Choice[];
  conversations: Conversation[];
  leermeter: LeermeterScore[];
  feedback: Feedback[];
  attachments: Attachment[];
  /** The mentor's records of talks, from feedback files (format version 2). */
  mentorTalks: MentorTalk[];
}

export interface SerializeInput {
  contents: DossierContents;
  /** The bytes of every attachment in `contents`, by attachment id. */
  files: ReadonlyMap<string, Uint8Array>;
  exportedAt: Date;
  generator: { name: string; version: string };
  /** True when nothing was left out (see the format's `complete`). */
  complete: boolean;
}

export type ExportStage = 'hashing' | 'zipping' | 'encrypting';
export interface ExportProgress {
  stage: ExportStage;
  /** Fraction of the whole export done, 0 to 1. */
  fraction: number;
}

export interface SerializeOptions {
  /** When given, the ZIP is sealed in the password envelope (./crypto.ts). */
  password?: string;
  onProgress?: (progress: ExportProgress) => void;
}

const byId = <T extends { id: string }>(records: readonly T[]): T[] =>
  [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Lets the page repaint a progress bar between heavy steps. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function buildDossierDocument(
  input: SerializeInput,
  onHashed?: (done: number, total: number) => void,
): Promise<DossierDocument> {
  const { contents } = input;
  const attachments = byId(contents.attachments);
  const entries = [];
  for (const [index, attachment] of attachments.entries()) {
    const bytes = input.files.get(attachment.id);
    if (!bytes) throw new Error(`No bytes for attachment ${attachment.id}`);
    entries.push({
      ...attachment,
      path: attachmentPath(attachment),
      sha256: await sha256Hex(bytes),
    });
    onHashed?.(index + 1, attachments.length);
  }
  // Parsing puts every key in schema order and refuses anything the importer would refuse.
  const document = dossierDocumentSchema.parse({
    format: FORMAT_NAME,
    formatVersion: CURRENT_FORMAT_VERSION,
    exportedAt: input.exportedAt.toISOString(),
    generator: input.generator,
    dossierId: contents.profile.dossierId,
    complete: input.complete,
    profile: contents.profile,
    experiences: byId(contents.experiences),
    reflections: byId(contents.reflections),
    goals: byId(contents.goals),
    traits: byId(contents.traits),
    choices: byId(contents.choices),
    conversations: byId(contents.conversations),
    leermeter: byId(contents.leermeter),
    feedback: byId(contents.feedback),
    attachments: entries,
    mentorTalks: byId(contents.mentorTalks),
  });
  const inconsistent = checkConsistency(document);
  if (inconsistent)
    throw new Error(`Refusing to export: ${inconsistent.kind} ${JSON.stringify(inconsistent)}`);
  return document;
}

/** dossier.json as written: two-space indented, so people can read it too. */
export function documentText(document: DossierDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

export async function serializeDossier(
  input: SerializeInput,
  options: SerializeOptions = {},
): Promise<{ bytes: Uint8Array<ArrayBuffer>; document: DossierDocument }> {
  const report = options.onProgress ?? (() => undefined);
  const encrypting = options.password !== undefined;
  // Rough shares of the work, so the bar moves evenly.
  const hashShare = 0.5;
  const zipShare = encrypting ? 0.3 : 0.5;

  report({ stage: 'hashing', fraction: 0 });
  const document = await buildDossierDocument(input, (done, total) =>
    report({ stage: 'hashing', fraction: (hashShare * done) / total }),
  );
  report({ stage: 'zipping', fraction: hashShare });
  await nextTask();

  const entries: ZipInput[] = [
    {
      name: DOCUMENT_ENTRY,
      bytes: new TextEncoder().encode(documentText(document)),
      compress: true,
    },
    ...document.attachments.map((attachment) => ({
      name: attachment.path,
      bytes: input.files.get(attachment.id)!,
      compress: false,
    })),
  ];
  let bytes = writeZip(entries, input.exportedAt);
  report({ stage: encrypting ? 'encrypting' : 'zipping', fraction: hashShare + zipShare });
  await nextTask();

  if (options.password !== undefined) {
    bytes = await encryptEnvelope(bytes, options.password);
  }
  report({ stage: encrypting ? 'encrypting' : 'zipping', fraction: 1 });
  return { bytes, document };
}
