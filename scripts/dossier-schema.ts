/** Writes every published JSON Schema (dossier and feedback formats; see src/dossier/json-schema.ts). */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PUBLISHED_JSON_SCHEMAS, buildJsonSchemaText } from '../src/dossier/json-schema';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
for (const published of PUBLISHED_JSON_SCHEMAS) {
  const target = resolve(root, published.path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, buildJsonSchemaText(published));
  process.stdout.write(`Wrote ${published.path}\n`);
}
