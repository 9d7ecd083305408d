import { useI18n } from 'vue-i18n';
import type { RecordBase } from '@/domain';
import { getDatabase, type DossierDatabase } from '@/db';
import { useToastStore } from '@/stores/toast';

/** The part of a record repository that moving to the trash needs. */
export interface TrashableRepository {
  softDelete(db: DossierDatabase, id: string, now: Date): Promise<RecordBase | undefined>;
  restore(db: DossierDatabase, id: string, now: Date): Promise<RecordBase | undefined>;
}

/**
 * Moves a record to the trash and offers "Ongedaan maken" in a toast. Nothing is ever deleted
 * for good here: that only happens when the pupil empties the trash.
 */
export function useDeleteWithUndo() {
  const toast = useToastStore();
  const { t } = useI18n();

  return async function deleteWithUndo(repository: TrashableRepository, id: string) {
    const db = getDatabase();
    await repository.softDelete(db, id, new Date());
    toast.show(t('common.movedToTrash'), {
      label: t('common.undo'),
      run: async () => {
        await repository.restore(db, id, new Date());
        toast.show(t('common.restored'), undefined, 3000);
      },
    });
  };
}
