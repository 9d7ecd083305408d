import { computed, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { getMentorDatabase } from '@/mentor/database';
import { getPupilCopy } from '@/mentor/pupils';
import { emptyMentorIdentity, getMentorIdentity } from '@/mentor/identity';
import type { MentorAuthor } from '@/mentor/feedback';
import { useLiveQuery } from '@/composables/useLiveQuery';
import { useToastStore } from '@/stores/toast';

/**
 * What every mentor-write screen needs: the pupil's read-only copy (live, so a re-import shows at
 * once) and the mentor's own name and role. `author` is null while no name is filled in: the
 * screens then ask for it before anything can be saved.
 */
export function useMentorPupil(dossierId: Ref<string>) {
  const db = getMentorDatabase();
  const copy = useLiveQuery(() => getPupilCopy(db, dossierId.value), undefined, [dossierId]);
  const identity = useLiveQuery(() => getMentorIdentity(db), emptyMentorIdentity());
  const author = computed<MentorAuthor | null>(() => {
    const { name, role } = identity.value.value;
    return name.trim() === '' ? null : { name: name.trim(), role };
  });
  const pupilRoute = computed(() => `/begeleiden/${encodeURIComponent(dossierId.value)}`);
  return { db, copy, identity, author, pupilRoute };
}

/** Soft-deletes a mentor row and offers undo in a toast, like useDeleteWithUndo for the pupil. */
export function useMentorDeleteWithUndo() {
  const toast = useToastStore();
  const { t } = useI18n();
  return async function deleteWithUndo(
    message: string,
    remove: () => Promise<unknown>,
    restore: () => Promise<unknown>,
  ) {
    await remove();
    toast.show(message, {
      label: t('common.undo'),
      run: async () => {
        await restore();
        toast.show(t('common.restored'), undefined, 3000);
      },
    });
  };
}
