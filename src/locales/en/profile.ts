import type { Messages } from '../schema';
import type nl from '../nl/profile';

/** English messages for the profile area; typed by the Dutch file, so no key can be missing. */
const en: Messages<typeof nl> = {
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
  settings: {
    title: 'Settings',
    language: 'Language',
    profile: 'Your profile',
  },
};

export default en;
