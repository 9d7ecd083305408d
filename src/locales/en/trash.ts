import type { Messages } from '../schema';
import type nl from '../nl/trash';

/** English messages for the trash and deleting records. */
const en: Messages<typeof nl> = {
  trash: {
    title: 'Trash',
    intro: 'What you delete comes here first. You can put it back until you empty the trash.',
    empty: 'The trash is empty.',
    count: 'Empty | 1 item in the trash | {n} items in the trash',
    deletedOn: 'Deleted on {date}',
    restore: 'Restore',
    restored: '“{title}” was restored.',
    emptyTrash: 'Empty trash',
    confirmTitle: 'Empty the trash?',
    confirmText:
      'Everything in the trash will be deleted for ever, photos too. You cannot undo this.',
    confirm: 'Delete for ever',
    cancel: 'Cancel',
    emptied: 'The trash was emptied.',
    untitled: 'Untitled',
    photoOf: 'Photo of “{title}”',
    conversationOn: 'Conversation on {date}',
    feedbackFrom: 'Feedback from {name}',
    leermeterScore: '{competency}: step {step} on {date}',
    kinds: {
      experiences: 'Experience',
      reflections: 'Reflection',
      goals: 'Goal',
      kwaliteit: 'Quality',
      motief: 'Motive',
      choices: 'Choice',
      conversations: 'Career conversation',
      leermeter: 'Leermeter',
      feedback: 'Feedback',
      attachments: 'Photo',
    },
    deleteExperience: 'Delete experience',
    deleteFailed: 'Deleting did not work. Nothing was changed. Please try again.',
  },
};

export default en;
