import { afterEach } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { getMentorDatabase } from '@/mentor/database';
import { saveMentorIdentity } from '@/mentor/identity';
import { resetDatabase } from '../support';
import { fixtureDocument } from '../../unit/mentor-write/support';

/**
 * Empty pupil and mentor databases, then one pupil's copy (the fixture dossier) and the mentor's
 * own name and role. Returns the pupil's dossier document.
 */
export async function seedMentorWithPupil(identity: Parameters<typeof saveMentorIdentity>[1]) {
  await resetDatabase();
  const db = getMentorDatabase();
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
  const document = await fixtureDocument();
  await db.pupils.put({
    dossierId: document.dossierId,
    name: document.profile.name,
    importedAt: new Date().toISOString(),
    exportedAt: document.exportedAt,
    document,
  });
  await saveMentorIdentity(db, identity);
  return document;
}

/**
 * The views a test mounts go in the returned list and are unmounted after each test: a view left
 * mounted would keep autosaving into the next test's database.
 */
export function unmountedAfterEach(): { unmount(): void }[] {
  const openViews: { unmount(): void }[] = [];
  afterEach(async () => {
    for (const view of openViews.splice(0)) view.unmount();
    await flushPromises();
    document.body.innerHTML = '';
  });
  return openViews;
}
