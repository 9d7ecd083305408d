import type { Messages } from '../schema';
import type nl from '../nl/profile-editor';

/** English messages for editing the profile in the settings. */
const en: Messages<typeof nl> = {
  profileEditor: {
    intro: 'Change what is no longer right, for example when you move to a new school or class.',
    save: 'Save profile',
    saved: 'Your profile was saved.',
    draftRestored: 'You were changing your profile. We brought back what you had typed.',
    discardDraft: 'Throw changes away',
    autosaveNote:
      'What you type is kept straight away; your profile only changes when you press “Save profile”.',
  },
};

export default en;
