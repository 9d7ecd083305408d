/**
 * App settings (language, date of the last export, ...) as key/value rows. Values must be plain,
 * structured-cloneable data. Reading with a schema returns undefined for a missing value or one
 * that no longer matches, so a setting written by another app version can never break the app.
 */
import { z } from 'zod';
import type { DossierDatabase, Setting } from '../database';
import { validateRecord } from '../errors';

const settingKey = z.string().min(1).max(200);

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
  const row: Setting = { key: validateRecord('settings', settingKey, key), value };
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put(row);
  });
}
