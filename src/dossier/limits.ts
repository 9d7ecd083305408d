/**
 * The bounds every dossier file is checked against before anything is read in full. They are
 * part of the published format (docs/dossier-format.md): a file that exceeds one is refused,
 * whatever made it. The numbers leave a pupil years of room (a few thousand entries and several
 * hundred photos) while keeping a phone's memory safe from a hostile file.
 */
export interface DossierLimits {
  /** The file as chosen by the user, encrypted or not. Checked before it is read. */
  maxFileBytes: number;
  /** ZIP entries: dossier.json plus one per attachment. */
  maxZipEntries: number;
  /** All entries together once decompressed; guards against ZIP bombs. */
  maxInflatedBytes: number;
  /** dossier.json once decompressed. */
  maxJsonBytes: number;
  /** Brackets and braces inside each other in dossier.json; the format itself needs 6. */
  maxJsonDepth: number;
  /** Records in one collection. */
  maxRecordsPerCollection: number;
}

const MIB = 1024 * 1024;

export const DOSSIER_LIMITS: Readonly<DossierLimits> = Object.freeze({
  maxFileBytes: 200 * MIB,
  maxZipEntries: 10_000,
  maxInflatedBytes: 300 * MIB,
  maxJsonBytes: 50 * MIB,
  maxJsonDepth: 32,
  maxRecordsPerCollection: 50_000,
});

/**
 * PBKDF2 iteration bounds for encrypted files. The floor follows OWASP's 2023 advice for
 * PBKDF2-HMAC-SHA256; the ceiling keeps a hostile file from making the app or the CLI derive a
 * key for hours (10 million iterations take a few seconds on a laptop, longer on a phone).
 */
export const MIN_KDF_ITERATIONS = 600_000;
export const MAX_KDF_ITERATIONS = 10_000_000;
