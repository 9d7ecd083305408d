import type { Messages } from '../schema';
import type nl from '../nl/feedback';

/** English messages for the feedback file; typed by the Dutch file, so no key can be missing. */
const en: Messages<typeof nl> = {
  feedback: {
    errors: {
      notADossier:
        'This is not a feedback file. Nothing was imported. Choose the file your mentor gave you; it is called something like loopbaanfeedback-date.zip.',
      passwordRequired:
        'This feedback file is protected with a password. Ask your mentor for the password and enter it.',
      newerVersion:
        'This feedback file was made with a newer version of the app (file version {fileVersion}; this app knows up to version {supportedVersion}). Nothing was imported. Update the app first, then try again.',
      noDossier:
        'There is no dossier on this device yet, so the feedback has nowhere to go. Nothing was imported. Create your profile or import your own dossier first, then import the feedback.',
      otherDossier:
        'This feedback belongs to someone else’s dossier, not yours. Nothing was imported. Ask your mentor for the feedback that belongs to your dossier.',
      pupilRecord:
        'This feedback file would change something you wrote yourself. That can never happen, so nothing was imported. Ask your mentor to make a new feedback file.',
    },
    collections: {
      feedback: 'comments',
      leermeter: 'leermeter scores',
      mentorTalks: 'recorded talks',
    },
    cli: {
      valid:
        'Valid feedback file (file version {version}) from {name} for dossier {dossierId}: {counts}.',
      kind: 'Kind',
      feedbackFile: 'feedback file',
      author: 'From',
    },
  },
};

export default en;
