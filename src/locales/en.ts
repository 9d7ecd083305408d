import type { MessageSchema } from './schema';

/** English translation. Its type is derived from nl.ts, so a missing key fails the typecheck. */
const en: MessageSchema = {
  app: {
    name: 'Career dossier',
    skipToContent: 'Skip to content',
    loading: 'Loading…',
  },
  common: {
    optional: 'optional',
  },
  // Each language is named in itself, so a pupil finds their own in either UI language.
  languages: {
    nl: 'Nederlands',
    en: 'English',
  },
  nav: {
    label: 'Main menu',
    home: 'Dossier',
    add: 'Add',
    settings: 'Settings',
  },
  firstRun: {
    title: 'Welcome to your career dossier',
    intro:
      'Keep track of what you experience, what you learn from it and what your next step is. The dossier is yours and moves with you to your next school.',
    privacy: 'Everything you enter stays on this device. You do not need an account.',
    name: 'Your name',
    school: 'School',
    sector: 'Programme or level',
    year: 'School year',
    yearNone: 'Not sure / none',
    mentor: 'Name of your mentor or coach',
    create: 'Create dossier',
  },
  sectors: {
    'vmbo-bb': 'vmbo basic (bb)',
    'vmbo-kb': 'vmbo advanced (kb)',
    'vmbo-gl': 'vmbo combined (gl)',
    'vmbo-tl': 'vmbo theoretical (tl)',
    havo: 'havo',
    vwo: 'vwo',
    'mbo-1': 'mbo level 1',
    'mbo-2': 'mbo level 2',
    'mbo-3': 'mbo level 3',
    'mbo-4': 'mbo level 4',
    hbo: 'hbo (higher professional education)',
    anders: 'Other',
  },
  home: {
    title: 'My dossier',
    greeting: 'Hi {name}!',
    empty:
      'You have not recorded anything yet. Start with something you did recently, such as a job shadowing day, an open day or your side job.',
    addExperience: 'Add experience',
    timeline: 'Timeline',
    count: 'No experiences yet | 1 experience | {n} experiences',
    loadMore: 'Load more',
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
  settings: {
    title: 'Settings',
    language: 'Language',
    profile: 'Your profile',
  },
  errors: {
    required: 'Please fill this in.',
    invalidDate: 'Choose a valid date.',
    quota:
      'Your phone has no room left to save this. Nothing was half saved. Free up space (for example, remove photos from your dossier or other apps) and try again.',
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
