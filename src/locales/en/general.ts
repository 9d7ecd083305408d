import type { Messages } from '../schema';
import type nl from '../nl/general';

/** English words shared by many screens; typed by the Dutch file, so no key can be missing. */
const en: Messages<typeof nl> = {
  common: {
    close: 'Close',
    undo: 'Undo',
    movedToTrash: 'Moved to the trash.',
    restored: 'Restored.',
    optional: 'optional',
  },
  // Each language is named in itself, so a pupil finds their own in either UI language.
  languages: {
    nl: 'Nederlands',
    en: 'English',
  },
  errors: {
    required: 'Please fill this in.',
    invalidDate: 'Choose a valid date.',
    quota:
      'Your phone has no room left to save this. Nothing was half saved. First export your dossier as a backup. Then free up space: remove photos you do not need (and empty the trash), or clean up other apps. Then try again.',
    saveFailed:
      'Saving did not work. Nothing was changed. Try once more; if it still fails, reload the app.',
    loadFailed: 'Your dossier could not be loaded. Reload the app to try again.',
  },
  notFound: {
    title: 'This page does not exist',
    back: 'Back to your dossier',
  },
};

export default en;
