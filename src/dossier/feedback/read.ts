/**
 * Reading a feedback file: the same pipeline, steps and limits as a dossier file (../read.ts),
 * with the feedback document's own entry, format name, migrations and schema:
 *
 *   size limit → decrypt (when it is an envelope) → unzip within limits → parse JSON safely →
 *   identify format and version → migrate step by step → validate (strict schema, then
 *   consistency: unique ids, no other ZIP entries)
 *
 * Nothing here touches a database; ./database-io.ts writes the result. Nothing throws.
 */
import { DOSSIER_LIMITS } from '../limits';
import {
  guardPipeline,
  openContainer,
  readDocumentEntry,
  type ContainerOptions,
  type DocumentKind,
  type OpenedContainer,
} from '../read';
import type { ReadFailure } from '../result';
import {
  CURRENT_FEEDBACK_FORMAT_VERSION,
  FEEDBACK_DOCUMENT_ENTRY,
  FEEDBACK_FORMAT_NAME,
  feedbackDocumentSchema,
  type FeedbackDocument,
} from './format';
import { FEEDBACK_MIGRATIONS } from './migrations';
import { checkFeedbackConsistency, checkFeedbackEntries } from './validate';

export const FEEDBACK_KIND: DocumentKind<FeedbackDocument> = {
  entry: FEEDBACK_DOCUMENT_ENTRY,
  formatName: FEEDBACK_FORMAT_NAME,
  currentVersion: CURRENT_FEEDBACK_FORMAT_VERSION,
  migrations: FEEDBACK_MIGRATIONS,
  schema: feedbackDocumentSchema,
};

export type FeedbackReadOptions = ContainerOptions;

export type FeedbackReadResult =
  | {
      kind: 'ok';
      feedback: FeedbackDocument;
      encrypted: boolean;
      /** The format version the file was written in (before migration). */
      sourceFormatVersion: number;
    }
  | ReadFailure;

/** The feedback-specific steps on an opened container (see ../read.ts openContainer). */
export function readFeedbackEntries(
  container: OpenedContainer,
  options: Pick<ContainerOptions, 'limits'> = {},
): FeedbackReadResult {
  const read = readDocumentEntry(
    container.entries,
    FEEDBACK_KIND,
    options.limits ?? DOSSIER_LIMITS,
  );
  if (read.kind !== 'ok') return read;
  const extra = checkFeedbackEntries(container.entries);
  if (extra) return extra;
  const inconsistent = checkFeedbackConsistency(read.document);
  if (inconsistent) return inconsistent;
  return {
    kind: 'ok',
    feedback: read.document,
    encrypted: container.encrypted,
    sourceFormatVersion: read.sourceFormatVersion,
  };
}

export async function readFeedbackFile(
  bytes: Uint8Array,
  options: FeedbackReadOptions = {},
): Promise<FeedbackReadResult> {
  return guardPipeline(async () => {
    const container = await openContainer(bytes, options);
    if (container.kind !== 'ok') return container;
    return readFeedbackEntries(container, options);
  });
}
