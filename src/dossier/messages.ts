/**
 * Which message a failure gets. The texts live in src/locales/<lang>/dossier.ts, shared by the app
 * (vue-i18n) and the CLI (which reads the same files), so a school's script and a pupil's phone
 * say the same thing. Keys are returned rather than text, keeping this module free of any UI.
 */
import type { DossierFailure } from './result';

export interface FailureMessage {
  /** The message key, e.g. `dossierFile.errors.damaged`. */
  key: string;
  /** Plain values for the message's placeholders. */
  params: Record<string, string | number>;
  /** Placeholders whose value is itself a message (a translated phrase), by key. */
  phrases: Record<string, string>;
  /** Where in the file the problem is, for the CLI and for mentors; null when not applicable. */
  path: string | null;
}

/**
 * Sizes against a limit, in whole megabytes (of 1024 × 1024 bytes, as the limits are set),
 * rounded up so a file just over 200 MB never reads as "200 MB".
 */
export function formatMegabytes(bytes: number): string {
  return `${Math.max(1, Math.ceil(bytes / (1024 * 1024)))} MB`;
}

/** A file size for people: "840 B", "12.3 kB", "4.1 MB" (decimal point, as the CLI prints). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** What kind of file the user chose: the same failure reads differently for each. */
export type FileSubject = 'dossier' | 'feedback';

/** Failures whose text names the kind of file; a feedback file gets its own wording for them. */
const FEEDBACK_WORDING = new Set(['notADossier', 'passwordRequired', 'newerVersion']);

export function failureMessage(
  failure: DossierFailure,
  subject: FileSubject = 'dossier',
): FailureMessage {
  const plain = (key: string, params: FailureMessage['params'] = {}): FailureMessage => ({
    key:
      subject === 'feedback' && FEEDBACK_WORDING.has(key)
        ? `feedback.errors.${key}`
        : `dossierFile.errors.${key}`,
    params,
    phrases: {},
    path: null,
  });
  const feedback = (key: string): FailureMessage => ({
    key: `feedback.errors.${key}`,
    params: {},
    phrases: {},
    path: null,
  });
  switch (failure.kind) {
    case 'too-large':
      if (failure.what === 'entries') {
        return plain('tooManyEntries', { limit: failure.limit, count: failure.actual ?? 0 });
      }
      return plain(failure.what === 'file' ? 'tooLargeFile' : 'tooLargeInflated', {
        limit: formatMegabytes(failure.limit),
        size: formatMegabytes(failure.actual ?? failure.limit),
      });
    case 'not-a-dossier':
      return plain('notADossier');
    case 'damaged':
      return {
        ...plain('damaged'),
        phrases: { reason: `dossierFile.damage.${failure.reason}` },
        path: failure.path,
      };
    case 'password-required':
      return plain('passwordRequired');
    case 'wrong-password':
      return plain('wrongPassword');
    case 'unsupported-encryption':
      return plain('unsupportedEncryption');
    case 'newer-version':
      return plain('newerVersion', {
        fileVersion: failure.fileVersion,
        supportedVersion: failure.supportedVersion,
      });
    case 'invalid-content':
      return {
        ...plain('invalidContent', { path: failure.path }),
        phrases: { reason: `dossierFile.invalid.${failure.reason}` },
        path: failure.path,
      };
    case 'other-pupil':
      return plain('otherPupil', { fileName: failure.fileName, ownName: failure.ownName });
    case 'storage-full':
      return plain('storageFull');
    case 'write-failed':
      return plain('writeFailed');
    case 'no-dossier':
      return feedback('noDossier');
    case 'other-dossier':
      return feedback('otherDossier');
    case 'pupil-record':
      return { ...feedback('pupilRecord'), path: `$.${failure.collection}` };
  }
}
