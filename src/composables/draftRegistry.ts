/**
 * Every form that is open right now, so an app update or a database upgrade in another tab can
 * save what the pupil is typing before the page reloads or the database closes. `useDraft`
 * registers each form while it is mounted.
 */

type Flush = () => Promise<void>;

const openDrafts = new Set<Flush>();

/** Adds a form's flush; returns the function that removes it again. */
export function registerDraft(flush: Flush): () => void {
  openDrafts.add(flush);
  return () => {
    openDrafts.delete(flush);
  };
}

/** How many forms are registered now. */
export function openDraftCount(): number {
  return openDrafts.size;
}

/**
 * Writes every open draft now. Waits for all of them, and rejects if any failed, so a caller
 * never reloads while something typed is not stored yet.
 */
export async function flushAllDrafts(): Promise<void> {
  const results = await Promise.allSettled([...openDrafts].map((flush) => flush()));
  const failed = results.filter((result) => result.status === 'rejected');
  if (failed.length > 0) {
    throw new AggregateError(
      failed.map((result) => result.reason),
      `${failed.length} of ${results.length} drafts could not be saved`,
    );
  }
}
