/**
 * The published JSON Schema of dossier.json, generated from the zod schemas so it can never drift
 * from what the importer accepts. `npm run dossier:schema` writes it to
 * public/schema/loopbaandossier-v1.schema.json (served by the app); a unit test fails when the
 * committed file differs from a fresh generation. Checks a JSON Schema cannot express (unique
 * ids, attachments matching their files) are listed in docs/dossier-format.md.
 */
import { z } from 'zod';
import { dossierDocumentV1Schema } from './format';

export const JSON_SCHEMA_PATH = 'public/schema/loopbaandossier-v1.schema.json';
export const JSON_SCHEMA_ID = 'urn:loopbaandossier:format:1';

export function buildJsonSchemaText(): string {
  const schema = z.toJSONSchema(dossierDocumentV1Schema, {
    target: 'draft-2020-12',
    // What a file may contain: fields with a default may be missing from older writers.
    io: 'input',
  });
  const published = {
    $schema: schema.$schema,
    $id: JSON_SCHEMA_ID,
    title: 'Loopbaandossier file, format version 1 (dossier.json)',
    description:
      'The dossier.json inside a loopbaandossier ZIP file. See docs/dossier-format.md for the container, attachments, encryption and the checks beyond this schema.',
    ...schema,
  };
  return `${JSON.stringify(published, null, 2)}\n`;
}
