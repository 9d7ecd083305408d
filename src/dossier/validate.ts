/**
 * Validation of a migrated document: the strict zod schema first (unknown keys refused at every
 * depth, since every record schema is a strict object), then what a schema cannot say: one
 * dossierId, unique ids, attachments that belong to an experience in the file, and attachment
 * files that match the manifest byte for byte.
 */
import type { z } from 'zod';
import { matchesImageType, sha256Hex } from './bytes';
import {
  DOCUMENT_ENTRY,
  RECORD_COLLECTIONS,
  attachmentPath,
  type AnyDossierDocument,
} from './format';
import { formatPath, type ReadFailure } from './result';

export type SchemaResult<D> = { kind: 'ok'; document: D } | ReadFailure;

export function validateSchema<D>(schema: z.ZodType<D>, value: unknown): SchemaResult<D> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { kind: 'ok', document: parsed.data };
  const issue = parsed.error.issues[0];
  if (!issue) return { kind: 'invalid-content', reason: 'schema', path: '$', detail: 'invalid' };
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    return {
      kind: 'invalid-content',
      reason: 'unknown-key',
      path: formatPath([...issue.path, key]),
      detail: `unknown field "${key}"`,
    };
  }
  return {
    kind: 'invalid-content',
    reason: 'schema',
    path: formatPath(issue.path),
    detail: issue.message,
  };
}

/** What the schema cannot check: identity, unique ids, and where attachments belong. */
export function checkConsistency(document: AnyDossierDocument): ReadFailure | null {
  if (document.profile.dossierId !== document.dossierId) {
    return {
      kind: 'invalid-content',
      reason: 'mismatch',
      path: '$.profile.dossierId',
      detail: 'differs from the dossierId of the file',
    };
  }
  for (const name of RECORD_COLLECTIONS) {
    const seen = new Set<string>();
    const records: readonly { id: string }[] = document[name];
    for (const [index, record] of records.entries()) {
      if (seen.has(record.id)) {
        return {
          kind: 'invalid-content',
          reason: 'duplicate-id',
          path: formatPath([name, index, 'id']),
          detail: `the id ${record.id} appears twice in ${name}`,
        };
      }
      seen.add(record.id);
    }
  }
  const experienceIds = new Set(document.experiences.map((experience) => experience.id));
  for (const [index, attachment] of document.attachments.entries()) {
    if (attachment.path !== attachmentPath(attachment)) {
      return {
        kind: 'invalid-content',
        reason: 'mismatch',
        path: formatPath(['attachments', index, 'path']),
        detail: `expected ${attachmentPath(attachment)}`,
      };
    }
    if (!experienceIds.has(attachment.ownerId)) {
      return {
        kind: 'invalid-content',
        reason: 'missing-reference',
        path: formatPath(['attachments', index, 'ownerId']),
        detail: 'the experience this photo belongs to is not in the file',
      };
    }
  }
  return null;
}

export type AttachmentCheckResult = { kind: 'ok'; files: Map<string, Uint8Array> } | ReadFailure;

/**
 * Every ZIP entry must be dossier.json or a file the manifest lists, and every listed file must
 * be there with the listed size and SHA-256, and really be an image of the listed type.
 * Returns the files by attachment id.
 */
export async function checkAttachments(
  document: AnyDossierDocument,
  entries: ReadonlyMap<string, Uint8Array>,
): Promise<AttachmentCheckResult> {
  const listed = new Set(document.attachments.map((attachment) => attachment.path));
  for (const name of entries.keys()) {
    if (name !== DOCUMENT_ENTRY && !listed.has(name)) {
      return {
        kind: 'invalid-content',
        reason: 'unexpected-file',
        path: JSON.stringify(name),
        detail: 'a file in the ZIP that the attachment list does not name',
      };
    }
  }
  const files = new Map<string, Uint8Array>();
  for (const [index, attachment] of document.attachments.entries()) {
    const path = formatPath(['attachments', index]);
    const bytes = entries.get(attachment.path);
    if (!bytes) {
      return {
        kind: 'damaged',
        reason: 'missing-file',
        path,
        detail: `${attachment.path} is missing from the ZIP`,
      };
    }
    if (bytes.length !== attachment.byteSize) {
      return {
        kind: 'damaged',
        reason: 'size-mismatch',
        path,
        detail: `${attachment.path} has ${bytes.length} bytes, the list says ${attachment.byteSize}`,
      };
    }
    if ((await sha256Hex(bytes)) !== attachment.sha256) {
      return {
        kind: 'damaged',
        reason: 'hash-mismatch',
        path,
        detail: `${attachment.path} does not match its SHA-256`,
      };
    }
    if (!matchesImageType(bytes, attachment.mediaType)) {
      return {
        kind: 'invalid-content',
        reason: 'not-an-image',
        path,
        detail: `${attachment.path} is not a ${attachment.mediaType} image`,
      };
    }
    files.set(attachment.id, bytes);
  }
  return { kind: 'ok', files };
}
