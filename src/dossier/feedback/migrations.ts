/**
 * Migrations of feedback files, one pure step per format version, in order (the same runner and
 * rules as the dossier's, ../migrations.ts). Policy: a step is never edited once its version
 * shipped; the last step's version is always CURRENT_FEEDBACK_FORMAT_VERSION (a unit test checks).
 */
import type { MigrationStep } from '../migrations';

export const FEEDBACK_MIGRATIONS: readonly MigrationStep[] = [
  {
    version: 1,
    describe: 'The first published feedback format. Nothing came before it.',
    apply: (document) => ({ ...document }),
  },
];
