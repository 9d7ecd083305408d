/**
 * Reading a dossier file: the one import pipeline, used by the app and by the CLI alike.
 *
 *   size limit → decrypt (when it is an envelope) → unzip within limits → parse JSON safely →
 *   identify format and version → migrate step by step → validate (strict schema, then
 *   consistency) → check attachments against the manifest
 *
 * The container and document steps are exported on their own (openContainer, readDocumentEntry)
 * so the feedback file (./feedback/read.ts) goes through the very same steps and limits.
 *
 * Everything is checked before anything is written: this module never touches the database
 * (writing is ./database-io.ts, which the app calls with the result), so it runs in Node too.
 * Every outcome is a value of ReadResult; nothing throws to the caller.
 */
import type { z } from 'zod';
import { looksLikeZip } from './bytes';
import { decryptEnvelope, looksLikeEnvelope, type InsecureTestOptions } from './crypto';
import {
  CURRENT_FORMAT_VERSION,
  DOCUMENT_ENTRY,
  FORMAT_NAME,
  dossierDocumentSchema,
  type AnyDossierDocument,
  type DossierDocument,
} from './format';
import { parseDossierJson } from './json';
import { DOSSIER_LIMITS, type DossierLimits } from './limits';
import { MIGRATIONS, migrateDocument, type JsonObject, type MigrationStep } from './migrations';
import type { ReadFailure } from './result';
import { checkAttachments, checkConsistency, validateSchema } from './validate';
import { readZip } from './zip';

/** A format version the reader understands: its schema and the steps that lead up to it. */
export interface FormatDefinition<D extends AnyDossierDocument = DossierDocument> {
  currentVersion: number;
  migrations: readonly MigrationStep[];
  schema: z.ZodType<D>;
}

export const CURRENT_FORMAT: FormatDefinition = {
  currentVersion: CURRENT_FORMAT_VERSION,
  migrations: MIGRATIONS,
  schema: dossierDocumentSchema,
};

export interface ReadOptions<D extends AnyDossierDocument = DossierDocument> {
  /** Needed only for an encrypted file; ignored otherwise. */
  password?: string;
  /** Tests read with a synthetic newer format; the app and the CLI use the current one. */
  format?: FormatDefinition<D>;
  limits?: DossierLimits;
  /** See InsecureTestOptions: tests only. */
  insecureTestOptions?: Pick<InsecureTestOptions, 'acceptWeakIterations'>;
}

/** A file that passed every check, brought up to the current format version. */
export interface ImportedDossier<D extends AnyDossierDocument = DossierDocument> {
  document: D;
  /** Attachment bytes by attachment id, each checked against the manifest. */
  files: ReadonlyMap<string, Uint8Array>;
  encrypted: boolean;
  /** The format version the file was written in (before migration). */
  sourceFormatVersion: number;
}

export type ReadResult<D extends AnyDossierDocument = DossierDocument> =
  { kind: 'ok'; dossier: ImportedDossier<D> } | ReadFailure;

/** The first check, done on the size alone before the file is read (File.size, fs.stat). */
export function checkFileSize(
  size: number,
  limits: DossierLimits = DOSSIER_LIMITS,
): ReadFailure | null {
  if (size > limits.maxFileBytes) {
    return { kind: 'too-large', what: 'file', limit: limits.maxFileBytes, actual: size };
  }
  if (size === 0) {
    return { kind: 'damaged', reason: 'empty', path: null, detail: 'the file is empty (0 bytes)' };
  }
  return null;
}

function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function readDossierFile<D extends AnyDossierDocument = DossierDocument>(
  bytes: Uint8Array,
  options: ReadOptions<D> = {},
): Promise<ReadResult<D>> {
  return guardPipeline(() => runPipeline(bytes, options));
}

/**
 * Runs a read pipeline with a last guard: every expected problem is a value, but no stack trace
 * may ever reach a user, whatever the file holds.
 */
export async function guardPipeline<R>(
  run: () => Promise<R | ReadFailure>,
): Promise<R | ReadFailure> {
  try {
    return await run();
  } catch (error) {
    return {
      kind: 'not-a-dossier',
      detail: `unexpected error while reading: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

export interface ContainerOptions {
  password?: string;
  limits?: DossierLimits;
  insecureTestOptions?: Pick<InsecureTestOptions, 'acceptWeakIterations'>;
}

/** The entries of a checked container (a ZIP, once its envelope is opened). */
export interface OpenedContainer {
  kind: 'ok';
  entries: ReadonlyMap<string, Uint8Array>;
  encrypted: boolean;
}

/**
 * The container steps every file of the app shares (dossier and feedback file alike):
 * size limit → decrypt (when it is an envelope) → unzip within limits.
 */
export async function openContainer(
  input: Uint8Array,
  options: ContainerOptions = {},
): Promise<OpenedContainer | ReadFailure> {
  const limits = options.limits ?? DOSSIER_LIMITS;
  const sizeProblem = checkFileSize(input.length, limits);
  if (sizeProblem) return sizeProblem;

  let bytes = input;
  const encrypted = looksLikeEnvelope(bytes);
  if (encrypted) {
    if (options.password === undefined) return { kind: 'password-required' };
    const opened = await decryptEnvelope(bytes, options.password, options.insecureTestOptions);
    if (opened.kind !== 'ok') return opened;
    bytes = opened.plain;
  }

  if (!looksLikeZip(bytes)) {
    return { kind: 'not-a-dossier', detail: 'not a ZIP file and not an encrypted dossier' };
  }
  const zip = readZip(bytes, limits);
  if (zip.kind !== 'ok') return zip;
  return { kind: 'ok', entries: zip.entries, encrypted };
}

/** What identifies a kind of document inside a container: its entry, its name, its versions. */
export interface DocumentKind<D> {
  /** The ZIP entry holding the JSON document, e.g. `dossier.json`. */
  entry: string;
  /** The value of the document's `format` field. */
  formatName: string;
  currentVersion: number;
  migrations: readonly MigrationStep[];
  schema: z.ZodType<D>;
}

export type DocumentEntryResult<D> =
  { kind: 'ok'; document: D; sourceFormatVersion: number } | ReadFailure;

/**
 * The document steps every file shares: parse JSON safely → identify format and version →
 * migrate step by step → validate against the strict schema. Checks particular to one kind of
 * document (consistency, attachments) are the caller's.
 */
export function readDocumentEntry<D>(
  entries: ReadonlyMap<string, Uint8Array>,
  kind: DocumentKind<D>,
  limits: DossierLimits = DOSSIER_LIMITS,
): DocumentEntryResult<D> {
  const json = entries.get(kind.entry);
  if (!json) return { kind: 'not-a-dossier', detail: `a ZIP file without ${kind.entry}` };

  const parsed = parseDossierJson(json, limits.maxJsonDepth);
  if (parsed.kind !== 'ok') return parsed;

  // Identify: only a document that names the expected format is read any further.
  const raw = parsed.value;
  if (!isPlainObject(raw) || raw.format !== kind.formatName) {
    return { kind: 'not-a-dossier', detail: `${kind.entry} is not a ${kind.formatName} document` };
  }
  const version = raw.formatVersion;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    return {
      kind: 'invalid-content',
      reason: 'schema',
      path: '$.formatVersion',
      detail: 'formatVersion must be a whole number from 1 up',
    };
  }

  const migrated = migrateDocument(raw, version, kind.migrations, kind.currentVersion);
  if (migrated.kind === 'newer-version') return migrated;
  if (migrated.kind === 'no-path') {
    return {
      kind: 'invalid-content',
      reason: 'schema',
      path: '$.formatVersion',
      detail: `no migration to format version ${migrated.missingVersion}`,
    };
  }

  const validated = validateSchema(kind.schema, migrated.document);
  if (validated.kind !== 'ok') return validated;
  return { kind: 'ok', document: validated.document, sourceFormatVersion: version };
}

/** The dossier document kind for a given format definition. */
export function dossierKind<D extends AnyDossierDocument>(
  format: FormatDefinition<D>,
): DocumentKind<D> {
  return {
    entry: DOCUMENT_ENTRY,
    formatName: FORMAT_NAME,
    currentVersion: format.currentVersion,
    migrations: format.migrations,
    schema: format.schema,
  };
}

/** The dossier-specific steps after the shared ones, on an opened container. */
export async function readDossierEntries<D extends AnyDossierDocument>(
  container: OpenedContainer,
  options: Pick<ReadOptions<D>, 'format' | 'limits'> = {},
): Promise<ReadResult<D>> {
  const limits = options.limits ?? DOSSIER_LIMITS;
  const format = (options.format ?? CURRENT_FORMAT) as FormatDefinition<D>;
  const read = readDocumentEntry(container.entries, dossierKind(format), limits);
  if (read.kind !== 'ok') return read;

  const inconsistent = checkConsistency(read.document);
  if (inconsistent) return inconsistent;

  const attachments = await checkAttachments(read.document, container.entries);
  if (attachments.kind !== 'ok') return attachments;

  return {
    kind: 'ok',
    dossier: {
      document: read.document,
      files: attachments.files,
      encrypted: container.encrypted,
      sourceFormatVersion: read.sourceFormatVersion,
    },
  };
}

async function runPipeline<D extends AnyDossierDocument>(
  input: Uint8Array,
  options: ReadOptions<D>,
): Promise<ReadResult<D>> {
  const container = await openContainer(input, options);
  if (container.kind !== 'ok') return container;
  return readDossierEntries(container, options);
}
