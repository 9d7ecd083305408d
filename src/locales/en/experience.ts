import type { Messages } from '../schema';
import type nl from '../nl/experience';

/** English messages for the experience area; typed by the Dutch file, so no key can be missing. */
const en: Messages<typeof nl> = {
  home: {
    title: 'My dossier',
    greeting: 'Hi {name}!',
    empty:
      'You have not recorded anything yet. Start with something you did recently, such as a job shadowing day, an open day or your side job.',
    addExperience: 'Add experience',
    timeline: 'Timeline',
  },
  experience: {
    newTitle: 'New experience',
    editTitle: 'Edit experience',
    kind: 'Kind of experience',
    title: 'Title',
    titleHint: 'For example: Job shadowing at the bakery',
    date: 'Date',
    place: 'Place or organisation',
    contactName: 'Contact person',
    contactRole: 'Role of the contact person',
    contactRoleHint: 'For example: workplace supervisor, owner, teacher',
    description: 'What did you do?',
    save: 'Save',
    cancel: 'Cancel',
    saved: 'Experience saved',
    notFound: 'This experience does not exist (any more). Go back to your dossier.',
    draftRestored: 'You were working on this earlier. We brought back what you had typed.',
    discardDraft: 'Start over',
    autosaveNote: 'What you type is kept on this device straight away.',
  },
  experienceKinds: {
    snuffelstage: 'Job shadowing (snuffelstage)',
    meeloopdag: 'Taster day (meeloopdag)',
    'open-dag': 'Open day',
    bpv: 'Work placement (bpv)',
    bedrijfsbezoek: 'Company visit',
    gastles: 'Guest lesson',
    bijbaan: 'Side job',
    vrijwilligerswerk: 'Volunteering',
    project: 'Project',
    workshop: 'Workshop',
    beroepentest: 'Test or career test',
    'gesprek-professional': 'Talk with a professional',
    voorlichting: 'Information session',
    anders: 'Other',
  },
};

export default en;
