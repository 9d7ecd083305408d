/**
 * One place to read any file the app makes: the container is opened once (size, envelope, ZIP),
 * and its entries say what it is — a feedback file holds `feedback.json`, a dossier file
 * `dossier.json`. The pupil's import screen and the CLI use this, so a pupil has one "Bestand
 * inlezen" for both.
 */
import { DOSSIER_LIMITS } from '../limits';
import {
  guardPipeline,
  openContainer,
  readDossierEntries,
  type ContainerOptions,
  type ReadResult,
} from '../read';
import type { ReadFailure } from '../result';
import { DOCUMENT_ENTRY } from '../format';
import { FEEDBACK_DOCUMENT_ENTRY } from './format';
import { readFeedbackEntries, type FeedbackReadResult } from './read';

export type AnyFileResult =
  { type: 'dossier'; result: ReadResult } | { type: 'feedback'; result: FeedbackReadResult };

export async function readAnyFile(
  bytes: Uint8Array,
  options: ContainerOptions = {},
): Promise<AnyFileResult> {
  const outcome = await guardPipeline<AnyFileResult>(async () => {
    const container = await openContainer(bytes, options);
    // Before the container is open nothing says what it is: a dossier, as the app mostly reads.
    if (container.kind !== 'ok') return { type: 'dossier', result: container };
    if (container.entries.has(FEEDBACK_DOCUMENT_ENTRY) && !container.entries.has(DOCUMENT_ENTRY)) {
      return { type: 'feedback', result: readFeedbackEntries(container, options) };
    }
    return {
      type: 'dossier',
      result: await readDossierEntries(container, { limits: options.limits ?? DOSSIER_LIMITS }),
    };
  });
  return 'type' in outcome ? outcome : { type: 'dossier', result: outcome satisfies ReadFailure };
}
