/**
 * Errors the storage layer raises or recognises. Repositories let errors propagate to the UI,
 * which explains them; because every write runs in one transaction, a failed write leaves
 * nothing half-written behind.
 */
import Dexie from 'dexie';
import type { z } from 'zod';

/** A record failed its zod schema, so it was not written. */
export class InvalidRecordError extends Error {
  override readonly name = 'InvalidRecordError';

  constructor(
    readonly table: string,
    readonly issues: readonly z.core.$ZodIssue[],
    options?: ErrorOptions,
  ) {
    const first = issues[0];
    const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
    super(
      `Refused to write an invalid record to "${table}"${where}: ${first?.message ?? 'invalid'}`,
      options,
    );
  }
}

/** An attachment was added for an experience that does not exist. */
export class MissingOwnerError extends Error {
  override readonly name = 'MissingOwnerError';

  constructor(readonly ownerId: string) {
    super(`No experience with id ${ownerId} to attach to`);
  }
}

/**
 * Saving a profile would replace the pupil's stored profile by another one (a different id or
 * dossierId). The dossierId ties this dossier to its exports and merges, so it is never swapped
 * silently; replacing the whole dossier is the import's job.
 */
export class ProfileConflictError extends Error {
  override readonly name = 'ProfileConflictError';

  constructor() {
    super('A different profile is already stored in this dossier');
  }
}

/** Validates `value` against `schema` and returns the parsed copy, or throws InvalidRecordError. */
export function validateRecord<T>(table: string, schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new InvalidRecordError(table, result.error.issues, { cause: result.error });
  }
  return result.data;
}

// Firefox used its own name for the quota error before it adopted the standard one.
const QUOTA_ERROR_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
// Bounds the walk down `inner` chains, in case an error object points at itself.
const MAX_INNER_DEPTH = 5;

function errorName(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const name: unknown = (error as { name?: unknown }).name;
  return typeof name === 'string' ? name : undefined;
}

/**
 * Whether an error means the device's storage is full. Recognises the browser's
 * `QuotaExceededError` DOMException, Dexie's `QuotaExceededError` (which wraps it), and Dexie's
 * `AbortError` of a transaction that was aborted because one of its writes ran out of quota
 * (the quota error is then its `inner`).
 */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < MAX_INNER_DEPTH; depth += 1) {
    if (current instanceof Dexie.QuotaExceededError) return true;
    const name = errorName(current);
    if (name !== undefined && QUOTA_ERROR_NAMES.has(name)) return true;
    if (name !== 'AbortError') return false;
    current = (current as { inner?: unknown }).inner;
  }
  return false;
}
