import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_PATH, buildJsonSchemaText } from '@/dossier/json-schema';
import { COMPETENCY_KEYS } from '@/domain';

const ROOT = join(import.meta.dirname, '../../..');

describe('the published JSON Schema', () => {
  it('equals a fresh generation from the zod schemas (run `npm run dossier:schema` if not)', () => {
    const committed = readFileSync(join(ROOT, JSON_SCHEMA_PATH), 'utf8');
    expect(committed).toBe(buildJsonSchemaText());
  });

  it('is strict and uses the shared competency keys', () => {
    const schema = JSON.parse(buildJsonSchemaText()) as {
      additionalProperties: boolean;
      properties: Record<string, { items?: { properties: Record<string, unknown> } }>;
    };
    expect(schema.additionalProperties).toBe(false);
    const experience = schema.properties.experiences?.items?.properties;
    expect(experience?.competencies).toMatchObject({ items: { enum: [...COMPETENCY_KEYS] } });
    expect(Object.keys(experience?.competencyReflections as object)).toContain('properties');
  });
});
