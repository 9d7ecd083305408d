/**
 * Several tabs: when another tab opens the database at a newer version (after an app update),
 * this tab's old code must get out of the way without losing what the pupil typed. It saves every
 * open draft, closes its connection so the other tab's upgrade can go on, and asks the pupil to
 * reload (the notice renders `closedForUpgrade`).
 */
import { readonly, ref } from 'vue';
import type { DossierDatabase } from '@/db';
import { flushAllDrafts } from './draftRegistry';

/** The other tab's upgrade waits while drafts are saved; never longer than this. */
export const DRAFT_SAVE_TIMEOUT_MS = 3000;

const closedForUpgrade = ref(false);
/** Settles once the drafts were saved (or given up on) and the connection is closed. */
let upgradeHandled: Promise<void> | undefined;

export function guardAgainstUpgradesElsewhere(
  db: DossierDatabase,
  saveDrafts: () => Promise<void> = flushAllDrafts,
): void {
  db.on('versionchange', () => {
    if (!closedForUpgrade.value) {
      closedForUpgrade.value = true;
      upgradeHandled = saveThenClose(db, saveDrafts);
    }
    // Stops Dexie's default handler, which closes the database at once, before drafts are saved.
    return false;
  });
}

async function saveThenClose(db: DossierDatabase, saveDrafts: () => Promise<void>) {
  try {
    await withTimeout(saveDrafts(), DRAFT_SAVE_TIMEOUT_MS);
  } catch (error) {
    console.warn('Drafts could not be saved before another tab upgraded the database', error);
  } finally {
    // No automatic reopening: this tab's code may not know the new schema.
    db.close({ disableAutoOpen: true });
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * When another tab upgraded the database: settles once this tab saved its drafts and closed.
 * Undefined as long as the database is this tab's to use.
 */
export function draftsSavedForUpgrade(): Promise<void> | undefined {
  return upgradeHandled;
}

/** Whether this tab closed its database because another tab upgraded it. */
export function useDatabaseGuard() {
  return { closedForUpgrade: readonly(closedForUpgrade) };
}
