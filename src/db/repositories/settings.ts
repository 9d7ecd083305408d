/**
 * App settings (language, date of the last export, ...) as key/value rows. Values must be plain,
 * structured-cloneable data. Reading with a schema returns undefined for a missing value or one
 * that no longer matches, so a setting written by another app version can never break the app.
 */
import type { z } from 'zod';
import type { DossierDatabase, Setting } from '../database';
import { InvalidRecordError } from '../errors';

const MAX_KEY_LENGTH = 200;

/**
 * Checked by hand rather than with a zod schema: this module is part of the first screen (the
 * timeline index and the language setting need it at start-up), and zod is not (issue 7's size
 * budget, scripts/size-budget.mjs).
 */
function validKey(key: unknown): string {
  if (typeof key === 'string' && key.length >= 1 && key.length <= MAX_KEY_LENGTH) return key;
  throw new InvalidRecordError('settings', [
    {
      code: 'custom',
      path: [],
      message: `A setting key must be 1 to ${MAX_KEY_LENGTH} characters long`,
      input: key,
    },
  ]);
}

export function getSetting(db: DossierDatabase, key: string): Promise<unknown>;
export function getSetting<T>(
  db: DossierDatabase,
  key: string,
  schema: z.ZodType<T>,
): Promise<T | undefined>;
export async function getSetting<T>(
  db: DossierDatabase,
  key: string,
  schema?: z.ZodType<T>,
): Promise<unknown> {
  const row = await db.settings.get(key);
  if (row === undefined) return undefined;
  if (schema === undefined) return row.value;
  const parsed = schema.safeParse(row.value);
  return parsed.success ? parsed.data : undefined;
}

export async function setSetting(db: DossierDatabase, key: string, value: unknown): Promise<void> {
  const row: Setting = { key: validKey(key), value };
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put(row);
  });
}
