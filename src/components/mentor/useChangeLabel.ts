import { useI18n } from 'vue-i18n';
import type { Conversation, RecordBase } from '@/domain';
import type { ChangeCollection } from '@/domain/changes';
import { useDateFormat } from '@/composables/useDateFormat';
import { useDossierItemLabel } from '@/composables/useDossierItemLabel';

/**
 * A one-line name for an entry in "Nieuw sinds", as the mentor reads it: the dossier's own item
 * labels, except that a talk is named with the mentor's words for its kind (the pupil's labels
 * address the pupil, "jij").
 */
export function useChangeLabel() {
  const { t } = useI18n();
  const formatDate = useDateFormat();
  const itemLabel = useDossierItemLabel();
  return (collection: ChangeCollection, record: RecordBase): string => {
    if (collection !== 'conversations') return itemLabel(collection, record);
    const conversation = record as Conversation;
    return `${t(`mentor.conversationKinds.${conversation.kind}`)} · ${formatDate(conversation.date, 'medium')}`;
  };
}
