/** Kwaliteiten and motieven, each with the entries that show them. */
import { traitSchema, type Experience, type Reflection, type Trait } from '../../domain';
import { evidenceOptions, type EvidenceOption } from '../../domain/traits';
import type { DossierDatabase } from '../database';
import { defineRecordRepository } from './record-repository';

export const traits = defineRecordRepository<Trait>({
  name: 'traits',
  table: (db) => db.traits,
  schema: traitSchema,
});

/** Every live experience and standalone reflection a trait can point to, newest first. */
export async function listEvidenceOptions(db: DossierDatabase): Promise<EvidenceOption[]> {
  const [experiences, reflections] = await Promise.all([
    db.experiences.filter((entry) => entry.deletedAt === null).toArray(),
    db.reflections.filter((entry) => entry.deletedAt === null).toArray(),
  ]);
  return evidenceOptions(experiences, reflections);
}

/**
 * Only the entries behind these ids (live ones), so showing the links of a few traits never
 * reads the whole dossier.
 */
export async function listEvidenceByIds(
  db: DossierDatabase,
  ids: readonly string[],
): Promise<EvidenceOption[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const [experiences, reflections] = await Promise.all([
    db.experiences.bulkGet(unique),
    db.reflections.bulkGet(unique),
  ]);
  return evidenceOptions(
    experiences.filter((entry): entry is Experience => entry !== undefined),
    reflections.filter((entry): entry is Reflection => entry !== undefined),
  );
}
