import type { Messages } from '../schema';
import type nl from '../nl/pwa';

/** English messages for the installable app; typed by the Dutch file, so no key can be missing. */
const en: Messages<typeof nl> = {
  pwa: {
    update: {
      title: 'New version available',
      body: 'What you are typing is saved first. Then the app restarts.',
      now: 'Update now',
      later: 'Later',
      updating: 'Updating…',
      failed:
        'Your work could not be saved, so the app has not been updated yet. Try again; if that does not work, close what you have open first.',
      offlineReady: 'The app now works without internet too.',
    },
    tabs: {
      title: 'Reload this page',
      body: 'Loopbaandossier was updated in another tab. What you typed has been kept. Reload this page to carry on.',
      reload: 'Reload page',
    },
    backup: {
      neverTitle: 'Make a backup of your dossier',
      never:
        'Your dossier only lives on this device. Export it now and then, so you lose nothing if your phone breaks or is wiped.',
      overdueTitle: 'Time for a new backup',
      overdue:
        'Your last backup is from {date}. Export your dossier again, so your newest work is safe too.',
      export: 'Export dossier',
      later: 'Later',
    },
    storage: {
      title: 'Storage',
      persistence: 'Persistent storage',
      persistent: 'On: your browser will not erase your dossier, not even when space runs low.',
      notPersistent:
        'Off: your browser may erase your dossier when your phone runs out of space. Ask for persistent storage and back up often.',
      persistenceUnknown:
        'This browser does not say whether your dossier is kept for good. So back up often.',
      askPersistence: 'Ask for persistent storage',
      refused:
        'Your browser does not allow persistent storage (yet). Add the app to your home screen or back up more often.',
      usage: 'In use',
      usageValue: '{used} of {quota} ({percent})',
      usageUnknown: 'This browser does not show how much space your dossier uses.',
      nearlyFull:
        'Your storage is nearly full ({percent}). Make a backup and remove photos or other files you no longer need.',
      iosInstall:
        'Add Loopbaandossier to your Home Screen (Share button → Add to Home Screen): Safari may erase the data of websites you have not opened for a week, but not that of an app on your Home Screen.',
      version: 'Version {version}',
      updateReady: 'A new version is ready.',
    },
  },
};

export default en;
