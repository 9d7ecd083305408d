import type { Messages } from '../schema';
import type nl from '../nl/app';

/** English messages for the app area; typed by the Dutch file, so no key can be missing. */
const en: Messages<typeof nl> = {
  app: {
    name: 'Career dossier',
    skipToContent: 'Skip to content',
    loading: 'Loading…',
  },
  nav: {
    label: 'Main menu',
    home: 'Dossier',
    add: 'Add',
    overview: 'Overview',
    settings: 'Settings',
    more: 'More',
  },
};

export default en;
