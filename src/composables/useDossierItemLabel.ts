import { useI18n } from 'vue-i18n';
import type {
  Choice,
  Conversation,
  Experience,
  Feedback,
  Goal,
  LeermeterScore,
  RecordBase,
  Reflection,
  Trait,
} from '@/domain';
import type { SelectableCollection } from '@/dossier/selection';
import { useCompetencyText } from './useCompetencyText';
import { useDateFormat } from './useDateFormat';

/** A one-line, plain-text name for any dossier entry, for lists such as the export's item picker. */
export function useDossierItemLabel() {
  const { t } = useI18n();
  const formatDate = useDateFormat();
  const competencyText = useCompetencyText();
  const short = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

  return (collection: SelectableCollection, record: RecordBase): string => {
    switch (collection) {
      case 'experiences':
      case 'reflections': {
        const entry = record as Experience | Reflection;
        return `${short(entry.title)} · ${formatDate(entry.date, 'medium')}`;
      }
      case 'goals':
        return short((record as Goal).text);
      case 'traits': {
        const trait = record as Trait;
        return `${short(trait.name)} (${t(`dossierPrint.traitKinds.${trait.kind}`)})`;
      }
      case 'choices':
        return short((record as Choice).option);
      case 'conversations': {
        const conversation = record as Conversation;
        return `${t(`conversations.kinds.${conversation.kind}`)} · ${formatDate(conversation.date, 'medium')}`;
      }
      case 'leermeter': {
        const score = record as LeermeterScore;
        return `${competencyText.name(score.competency)}: ${score.step} · ${formatDate(score.date, 'medium')}`;
      }
      case 'feedback': {
        const feedback = record as Feedback;
        return short(
          `${feedback.authorName || t('dossierPrint.scorers.mentor')}: ${feedback.text}`,
        );
      }
    }
  };
}
