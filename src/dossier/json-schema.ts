/**
 * The published JSON Schemas, generated from the zod schemas so they can never drift from what
 * the importer accepts. `npm run dossier:schema` writes every one of them to public/schema/
 * (served by the app); a unit test fails when a committed file differs from a fresh generation.
 * A published version's schema stays for ever, like its fixture: files of that version still
 * exist. Checks a JSON Schema cannot express (unique ids, attachments matching their files) are
 * listed in docs/dossier-format.md.
 */
import { z } from 'zod';
import { dossierDocumentV1Schema, dossierDocumentV2Schema } from './format';
import { feedbackDocumentV1Schema } from './feedback/format';

export interface PublishedSchema {
  path: string;
  id: string;
  title: string;
  description: string;
  schema: z.ZodType;
}

const DOSSIER_DESCRIPTION =
  'The dossier.json inside a loopbaandossier ZIP file. See docs/dossier-format.md for the container, attachments, encryption and the checks beyond this schema.';

export const DOSSIER_V1_JSON_SCHEMA: PublishedSchema = {
  path: 'public/schema/loopbaandossier-v1.schema.json',
  id: 'urn:loopbaandossier:format:1',
  title: 'Loopbaandossier file, format version 1 (dossier.json)',
  description: DOSSIER_DESCRIPTION,
  schema: dossierDocumentV1Schema,
};

export const DOSSIER_V2_JSON_SCHEMA: PublishedSchema = {
  path: 'public/schema/loopbaandossier-v2.schema.json',
  id: 'urn:loopbaandossier:format:2',
  title: 'Loopbaandossier file, format version 2 (dossier.json)',
  description: DOSSIER_DESCRIPTION,
  schema: dossierDocumentV2Schema,
};

export const FEEDBACK_V1_JSON_SCHEMA: PublishedSchema = {
  path: 'public/schema/loopbaandossier-feedback-v1.schema.json',
  id: 'urn:loopbaandossier:feedback:1',
  title: 'Loopbaandossier feedback file, format version 1 (feedback.json)',
  description:
    'The feedback.json inside a loopbaanfeedback ZIP file: what a mentor wrote about one pupil\'s dossier. See the "Feedback file" section of docs/dossier-format.md for the container and the checks beyond this schema.',
  schema: feedbackDocumentV1Schema,
};

/** Every schema in public/schema/, oldest first. */
export const PUBLISHED_JSON_SCHEMAS: readonly PublishedSchema[] = [
  DOSSIER_V1_JSON_SCHEMA,
  DOSSIER_V2_JSON_SCHEMA,
  FEEDBACK_V1_JSON_SCHEMA,
];

/** The current dossier format's schema file. */
export const JSON_SCHEMA_PATH = DOSSIER_V2_JSON_SCHEMA.path;

export function buildJsonSchemaText(published: PublishedSchema = DOSSIER_V2_JSON_SCHEMA): string {
  const schema = z.toJSONSchema(published.schema, {
    target: 'draft-2020-12',
    // What a file may contain: fields with a default may be missing from older writers.
    io: 'input',
  });
  const document = {
    $schema: schema.$schema,
    $id: published.id,
    title: published.title,
    description: published.description,
    ...schema,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
