import type { Messages } from '../schema';
import type nl from '../nl/entry-forms';

/** English messages shared by the forms of qualities, choices and career conversations. */
const en: Messages<typeof nl> = {
  entryForm: {
    save: 'Save',
    cancel: 'Cancel',
    draftRestored: 'You were working on this earlier. We brought back what you had typed.',
    discardDraft: 'Start over',
    autosaveNote: 'What you type is kept on this device straight away.',
    fixErrors: 'Not saved yet: first fix what is shown in red above.',
  },
  listEditor: {
    remove: 'Remove {item}',
    added: '{item} added.',
    removed: '{item} removed.',
    full: 'The list is full. Remove something first to add something new.',
  },
};

export default en;
