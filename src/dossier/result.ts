/**
 * What reading or importing a dossier file can come to. Every failure is a value, never a thrown
 * error, so the app and the CLI both show the user a message for it (src/locales/<lang>/dossier.ts
 * holds one per kind) and nothing half-done is left behind.
 */

/** Why a file is damaged or incomplete; shown to the user as a short phrase. */
export type DamageReason =
  | 'empty'
  | 'truncated'
  | 'zip-structure'
  | 'checksum'
  | 'encoding'
  | 'json-syntax'
  | 'missing-file'
  | 'hash-mismatch'
  | 'size-mismatch';

/** Why the content of a readable dossier is refused; shown with the path of the problem. */
export type InvalidReason =
  | 'schema'
  | 'unknown-key'
  | 'forbidden-key'
  | 'too-deep'
  | 'duplicate-id'
  | 'missing-reference'
  | 'mismatch'
  | 'unexpected-file'
  | 'unsafe-name'
  | 'not-an-image';

export type ReadFailure =
  | {
      kind: 'too-large';
      what: 'file' | 'inflated' | 'entries';
      limit: number;
      actual: number | null;
    }
  | { kind: 'not-a-dossier'; detail: string }
  | { kind: 'damaged'; reason: DamageReason; path: string | null; detail: string }
  | { kind: 'password-required' }
  | { kind: 'wrong-password' }
  | { kind: 'unsupported-encryption'; detail: string }
  | { kind: 'newer-version'; fileVersion: number; supportedVersion: number }
  | { kind: 'invalid-content'; reason: InvalidReason; path: string; detail: string };

export type WriteFailure =
  | { kind: 'other-pupil'; fileName: string; ownName: string }
  | { kind: 'storage-full' }
  | { kind: 'write-failed'; detail: string };

/**
 * Why a checked feedback file (src/dossier/feedback/) is not merged into the pupil's dossier.
 * Nothing is written in any of these cases.
 */
export type FeedbackWriteFailure =
  /** The device has no dossier (no profile) to merge the feedback into. */
  | { kind: 'no-dossier' }
  /** The file is addressed to another dossier than the pupil's own. */
  | { kind: 'other-dossier' }
  /** A record of the file has the id of something the pupil wrote: never overwritten. */
  | { kind: 'pupil-record'; collection: 'feedback' | 'leermeter' | 'mentorTalks'; id: string }
  | { kind: 'storage-full' }
  | { kind: 'write-failed'; detail: string };

export type DossierFailure = ReadFailure | WriteFailure | FeedbackWriteFailure;
export type DossierFailureKind = DossierFailure['kind'];

/** Builds a path such as `$.experiences[3].title` from zod's or our own path segments. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let path = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_][\w-]*$/.test(segment))
      path += `.${segment}`;
    else path += `[${JSON.stringify(String(segment))}]`;
  }
  return path;
}
