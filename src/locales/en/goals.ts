import type { Messages } from '../schema';
import type nl from '../nl/goals';

/** English messages for the goals area; typed by the Dutch file, so no key can be missing. */
const en: Messages<typeof nl> = {
  goals: {
    menu: 'Goals and next steps',
    title: 'Goals and next steps',
    intro: 'What do you want to do, find out or learn? Put it here, and keep track of how it goes.',
    add: 'New goal',
    empty: 'You have no goals yet. Make one, or make one from the consequence in a reflection.',
    count: 'No goals yet | 1 goal | {n} goals',
    groupEmpty: 'No goals with this status.',
    newTitle: 'New goal',
    editTitle: 'Edit goal',
    text: 'What is your goal or next step?',
    textHint: 'For example: At the open day I ask what you learn in the course.',
    competency: 'Which competency does it belong to?',
    competencyNone: 'Not sure / none',
    dueDate: 'When do you want it done?',
    status: 'Status',
    statusOf: 'Status of: {text}',
    statusChanged: 'Status changed to: {status}.',
    due: 'Done by {date}',
    overdue: 'Overdue: {date}',
    from: 'From:',
    fromConversation: 'career conversation of {date}',
    notFound: 'This goal does not exist (any more). Go back to your goals.',
    tooLong: 'Make your goal shorter: at most {max} characters.',
    save: 'Save',
    cancel: 'Cancel',
    delete: 'Delete',
    draftRestored: 'You were working on this earlier. We brought back what you had typed.',
    discardDraft: 'Start over',
    autosaveNote: 'What you type is kept on this device straight away.',
  },
  goalStatus: {
    open: 'Open',
    bezig: 'In progress',
    gedaan: 'Done',
    losgelaten: 'Let go',
  },
};

export default en;
