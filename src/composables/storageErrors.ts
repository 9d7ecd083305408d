import { isQuotaError } from '@/db';

/** The message a pupil sees when a write failed; both say that nothing was half saved. */
export function storageErrorMessageKey(error: unknown): 'errors.quota' | 'errors.saveFailed' {
  return isQuotaError(error) ? 'errors.quota' : 'errors.saveFailed';
}
