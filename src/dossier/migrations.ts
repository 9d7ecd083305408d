/**
 * Migrations of dossier files, one pure step per format version, in order. A step with
 * `version: n` turns a document of version n - 1 into one of version n; the runner sets
 * `formatVersion` afterwards, so a step cannot forget it. Steps run on the parsed JSON before
 * validation, so they must cope with any shape (validation afterwards refuses what is wrong) and
 * must not mutate their input.
 * Policy: a step is never edited once its version shipped; the last step's version is always
 * CURRENT_FORMAT_VERSION (a unit test checks it).
 */
import { CURRENT_FORMAT_VERSION } from './format';

export type JsonObject = { [key: string]: unknown };

export interface MigrationStep {
  /** The format version this step produces. */
  version: number;
  /** What changed in this version, for the format's changelog and for debugging. */
  describe: string;
  apply(document: Readonly<JsonObject>): JsonObject;
}

export const MIGRATIONS: readonly MigrationStep[] = [
  {
    version: 1,
    describe: 'The first published format. Nothing came before it, so there is nothing to change.',
    apply: (document) => ({ ...document }),
  },
  {
    version: 2,
    describe:
      "Adds `mentorTalks`, the mentor's records of talks merged in from feedback files; a version 1 file has none.",
    apply: (document) => {
      if (!('mentorTalks' in document)) return { ...document, mentorTalks: [] };
      // Version 1 had no such field: keep it as an unknown key, so validation refuses the file
      // exactly as the version 1 schema would have, rather than accepting it as version 2.
      const { mentorTalks, ...rest } = document;
      return { ...rest, mentorTalks: [], 'mentorTalks (not in format version 1)': mentorTalks };
    },
  },
];

export type MigrationResult =
  | { kind: 'ok'; document: JsonObject; applied: number[] }
  | { kind: 'newer-version'; fileVersion: number; supportedVersion: number }
  | { kind: 'no-path'; missingVersion: number };

/**
 * Brings a document of `fromVersion` up to `toVersion` by running every step in between, in
 * order. A file from a newer app is refused rather than guessed at.
 */
export function migrateDocument(
  document: Readonly<JsonObject>,
  fromVersion: number,
  steps: readonly MigrationStep[] = MIGRATIONS,
  toVersion: number = CURRENT_FORMAT_VERSION,
): MigrationResult {
  if (fromVersion > toVersion) {
    return { kind: 'newer-version', fileVersion: fromVersion, supportedVersion: toVersion };
  }
  let current: JsonObject = { ...document };
  const applied: number[] = [];
  for (let version = fromVersion + 1; version <= toVersion; version += 1) {
    const step = steps.find((candidate) => candidate.version === version);
    if (!step) return { kind: 'no-path', missingVersion: version };
    current = { ...step.apply(current), formatVersion: version };
    applied.push(version);
  }
  return { kind: 'ok', document: current, applied };
}
