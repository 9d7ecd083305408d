import type { Messages } from '../schema';
import type nl from '../nl/mentor';

/** English messages for mentor mode; typed by the Dutch file, so no key can be missing. */
const en: Messages<typeof nl> = {
  mentor: {
    entry: {
      firstRun: 'I am a mentor / counsellor',
      settingsTitle: 'Mentoring',
      settingsIntro:
        'Are you a mentor, study coach, coach or careers counsellor? Read your pupils’ dossiers and prepare your talks with them.',
      settingsLink: 'Go to Mentoring',
    },
    roles: {
      mentor: 'Mentor',
      slb: 'Study coach (SLB)',
      coach: 'Coach',
      decaan: 'Careers counsellor (decaan)',
      loopbaanbegeleider: 'Career counsellor',
      praktijkopleider: 'Workplace supervisor',
    },
    conversationKinds: {
      voortgangsgesprek: 'Progress talk',
      loopbaanreflectiegesprek: 'Career reflection talk',
      trialoog: 'Trialogue',
      intakegesprek: 'Intake talk',
      anders: 'Other talk',
    },
    home: {
      title: 'Mentoring',
      back: 'Back to the app',
      intro: 'Read your pupils’ dossier files, see per pupil what is new, and prepare your talk.',
      privacy: 'Copies of dossiers stay on this device only. They are never sent anywhere.',
    },
    identity: {
      title: 'About you',
      intro: 'Your name and role appear with everything you write for a pupil.',
      name: 'Your name',
      nameHint: 'As your pupils know you, for example Mr Baker',
      role: 'Your role',
      autosave: 'What you fill in here is saved on this device straight away.',
    },
    import: {
      title: 'Read a pupil’s dossier',
      file: 'Dossier files',
      fileHint:
        'Choose one or more files you received from pupils (loopbaandossier-….zip or .enc). You can choose several files at once.',
      results: 'What happened to the files',
      checking: 'Checking…',
      added: '{name} has been read (file of {date}).',
      updated:
        'Updated: the copy of {name} was replaced by the file of {date}. Your feedback, scores and talks were kept.',
      same: 'You already had this version: the file of {name} of {date}. Nothing was changed.',
      older:
        'This file of {name} ({date}) is older than the copy you already have ({storedDate}). Nothing was changed. Ask {name} for a new export if you want to update the copy.',
      passwordNeeded:
        'This file is protected with a password. Ask the pupil for the password and fill it in.',
      password: 'Password for {file}',
      open: 'Open',
      skip: 'Skip',
      skipped: 'Skipped. Nothing was read.',
    },
    list: {
      title: 'Your pupils',
      count: 'One pupil | {n} pupils',
      empty:
        'You have not read any dossiers yet. Ask your pupils to export their dossier (Settings → Export dossier) and send you the file; then read it above.',
      imported: 'Read on {date}',
      lastTalk: 'Last talk: {date}',
      noTalk: 'No talk yet',
      year: 'year {year}',
      delete: 'Delete',
      deleteWhat: 'copy of {name}',
      deleteTitle: 'Delete the copy of {name}?',
      deleteText:
        'The copy of the dossier, its photos and everything you wrote for {name} (feedback, scores and talks) will be removed from this device. This cannot be undone.',
      deleted: 'The copy of {name} was deleted.',
      deleteAll: 'Delete all copies',
      deleteAllTitle: 'Delete all copies?',
      deleteAllText:
        'All dossier copies ({n}), their photos and everything you wrote for these pupils will be removed from this device. Your name and role are kept. This cannot be undone.',
      deleteAllConfirm: 'Delete everything',
      deletedAll: 'All copies were deleted.',
      cancel: 'Cancel',
      deleteFailed:
        'Deleting did not work. Nothing was changed. Try again; if it still fails, reload the app.',
      loadFailed: 'The list of pupils could not be loaded. Reload the app to try again.',
    },
    pupil: {
      back: 'All pupils',
      loading: 'Loading…',
      notFound:
        'This pupil is not (or no longer) on this device. Go back to your pupils and read the dossier again.',
      copyOf: 'Copy of the file of {date}, read on {imported}.',
      partial:
        'The pupil did not send everything: private entries and what was not in the selection are not in this copy.',
      actions: 'What do you want to do?',
      scoreLeermeter: 'Score the leermeter',
      recordTalk: 'Record the talk',
      makeFeedback: 'Make a feedback file',
      print: 'Print the talk sheet',
    },
    since: {
      title: 'New since',
      from: 'From date',
      fromHintTalk:
        'By default the day of the last talk ({date}). Choose another date if you like.',
      fromHintNone:
        'No talk has been recorded yet, so you see everything. Choose a date to see less.',
      reset: 'Since the last talk',
      all: 'Show everything',
      summary:
        'Nothing new or changed since {date}. | One entry new or changed since {date}. | {n} entries new or changed since {date}.',
      summaryAll:
        'This dossier is empty. | One entry in this dossier. | {n} entries in this dossier.',
      created: 'new',
      updated: 'changed',
      deleted: 'deleted',
      private: 'private',
      collections: {
        experiences: 'Experiences',
        reflections: 'Reflections',
        goals: 'Goals',
        conversations: 'Talks',
        traits: 'Qualities and motives',
        choices: 'Choices',
        leermeter: 'Leermeter',
      },
      leermeterScore: '{competency}: {step} of 4',
    },
    competencies: {
      title: 'Competencies and leermeter',
      counts: 'Experiences {experiences} · reflections {reflections} · goals {goals}',
      lastActivity: 'Last active: {date}',
      never: 'Nothing done yet',
      gap: 'Nothing for 3 months',
      pupilScore: 'Pupil: {step} of 4 ({date})',
      mentorScore: 'Mentor: {step} of 4 ({date})',
      pupilNone: 'Pupil: no score yet',
      mentorNone: 'Mentor: no score yet',
      competency: 'Competency',
      activity: 'Activity',
      pupil: 'Pupil',
      mentorColumn: 'Mentor',
      stepOnly: '{step} of 4',
    },
    goals: {
      title: 'Open goals',
      none: 'No open goals.',
      due: 'by {date}',
      overdue: 'overdue',
    },
    previous: {
      title: 'Agreements of the previous talk',
      none: 'No talk has been recorded yet.',
      byPupil: 'Recorded by the pupil: {kind}, {date}',
      byMentor: 'Recorded by {name}: {kind}, {date}',
      byMentorUnnamed: 'Recorded by the mentor: {kind}, {date}',
      progress: '{done} of {total} done',
      done: 'done',
      notDone: 'not done yet',
      noAfspraken: 'No agreements recorded.',
    },
    questions: {
      title: 'The pupil’s questions',
      for: 'For the talk of {date} ({kind})',
      topics: 'Wants to talk about: {topics}',
      none: 'The pupil has not prepared any questions (yet).',
    },
    print: {
      title: 'Talk sheet',
      intro:
        'One A4 page to take to the talk: what is new, where the competencies stand, open goals, agreements and questions, and room for notes.',
      print: 'Print',
      back: 'Back to the preparation',
      printedOn: 'Printed on {date}',
      notes: 'Notes',
      more: 'and {n} more',
      sinceTitle: 'New since {date}',
      sinceTitleAll: 'In the dossier',
      countLine: '{collection}: {n}',
      legend:
        'Activity: experiences / reflections / goals and the last day. Leermeter: the latest score (1 to 4) of pupil and mentor.',
    },
  },
};

export default en;
