import { useI18n } from 'vue-i18n';
import { competency, type CompetencyKey } from '@/domain';
import { DEFAULT_LOCALE, isLocale } from '@/locales/schema';

/**
 * A competency's name and question in the UI language. They live in the domain catalogue, not
 * in the message files, because the wording is part of the shared LOB vocabulary.
 */
export function useCompetencyText() {
  const { locale } = useI18n();
  const language = () => (isLocale(locale.value) ? locale.value : DEFAULT_LOCALE);
  return {
    name: (key: CompetencyKey) => competency(key).name[language()],
    question: (key: CompetencyKey) => competency(key).question[language()],
  };
}
