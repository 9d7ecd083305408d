/** Writes the published JSON Schema of the dossier format (see src/dossier/json-schema.ts). */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSON_SCHEMA_PATH, buildJsonSchemaText } from '../src/dossier/json-schema';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(root, JSON_SCHEMA_PATH);
await mkdir(dirname(target), { recursive: true });
await writeFile(target, buildJsonSchemaText());
process.stdout.write(`Wrote ${JSON_SCHEMA_PATH}\n`);
