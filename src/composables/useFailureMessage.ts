import { useI18n } from 'vue-i18n';
import { failureMessage, type FileSubject } from '@/dossier/messages';
import type { DossierFailure } from '@/dossier/result';

/** The user-facing text of an import or export failure, in the UI language. */
export function useFailureMessage() {
  const { t } = useI18n();
  return (failure: DossierFailure, subject: FileSubject = 'dossier'): string => {
    const message = failureMessage(failure, subject);
    const phrases = Object.fromEntries(
      Object.entries(message.phrases).map(([name, key]) => [name, t(key)]),
    );
    return t(message.key, { ...message.params, ...phrases });
  };
}
