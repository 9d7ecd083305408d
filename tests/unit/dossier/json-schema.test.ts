import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FEEDBACK_V1_JSON_SCHEMA,
  JSON_SCHEMA_PATH,
  PUBLISHED_JSON_SCHEMAS,
  buildJsonSchemaText,
} from '@/dossier/json-schema';
import { COMPETENCY_KEYS } from '@/domain';

const ROOT = join(import.meta.dirname, '../../..');

interface Schema {
  additionalProperties: boolean;
  required: string[];
  properties: Record<string, { items?: { properties: Record<string, unknown> } }>;
}

describe('the published JSON Schemas', () => {
  it.each(PUBLISHED_JSON_SCHEMAS.map((published) => [published.path, published] as const))(
    '%s equals a fresh generation from the zod schemas (run `npm run dossier:schema` if not)',
    (path, published) => {
      const committed = readFileSync(join(ROOT, path), 'utf8');
      expect(committed).toBe(buildJsonSchemaText(published));
    },
  );

  it('keep version 1 of the dossier and add version 2 with mentorTalks, as the current one', () => {
    expect(PUBLISHED_JSON_SCHEMAS.map((published) => published.path)).toEqual([
      'public/schema/loopbaandossier-v1.schema.json',
      'public/schema/loopbaandossier-v2.schema.json',
      'public/schema/loopbaandossier-feedback-v1.schema.json',
    ]);
    expect(JSON_SCHEMA_PATH).toBe('public/schema/loopbaandossier-v2.schema.json');
    const [v1, v2] = PUBLISHED_JSON_SCHEMAS.map(
      (published) => JSON.parse(buildJsonSchemaText(published)) as Schema,
    );
    expect(v1!.properties.mentorTalks).toBeUndefined();
    expect(v2!.required).toContain('mentorTalks');
    expect(v2!.properties.mentorTalks?.items?.properties).toHaveProperty('agreedGoals');
  });

  it('are strict and use the shared competency keys', () => {
    const schema = JSON.parse(buildJsonSchemaText()) as Schema;
    expect(schema.additionalProperties).toBe(false);
    const experience = schema.properties.experiences?.items?.properties;
    expect(experience?.competencies).toMatchObject({ items: { enum: [...COMPETENCY_KEYS] } });
    expect(Object.keys(experience?.competencyReflections as object)).toContain('properties');
  });

  it('describe the feedback file: strict, addressed to a dossier, the mentor’s records only', () => {
    const schema = JSON.parse(buildJsonSchemaText(FEEDBACK_V1_JSON_SCHEMA)) as Schema & {
      $id: string;
    };
    expect(schema.$id).toBe('urn:loopbaandossier:feedback:1');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required.sort()).toEqual(
      [
        'author',
        'dossierId',
        'exportedAt',
        'feedback',
        'format',
        'formatVersion',
        'generator',
        'leermeter',
        'mentorTalks',
      ].sort(),
    );
    expect(schema.properties.feedback?.items?.properties).toHaveProperty('targetId');
  });
});
