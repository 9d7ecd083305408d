import type { Messages } from '../schema';
import type nl from '../nl/conversations';

/** English messages for career conversations (loopbaangesprekken). */
const en: Messages<typeof nl> = {
  conversations: {
    menu: 'Career conversations',
    title: 'Career conversations',
    intro:
      'Prepare a talk with your mentor, coach or workplace supervisor. Afterwards, write down what you talked about and agreed.',
    add: 'Prepare a talk',
    upcoming: 'Upcoming talks',
    held: 'Talks held',
    noUpcoming: 'You have no talk prepared right now.',
    noHeld: 'You have not recorded a talk yet.',
    awaitsRecording: 'Has this talk taken place? Open it and write down what you agreed.',
    kinds: {
      voortgangsgesprek: 'Progress talk',
      loopbaanreflectiegesprek: 'Career reflection talk',
      trialoog: 'Trialogue (you, school and your work placement)',
      intakegesprek: 'Intake talk',
      anders: 'Other talk',
    },
    newTitle: 'Prepare a talk',
    editTitle: 'Edit talk',
    prepare: 'Before the talk',
    kind: 'Kind of talk',
    date: 'Date of the talk',
    topics: 'What do you want to talk about?',
    topicsHint:
      'For example: how your work placement is going, which course suits you, or what you want help with.',
    questions: {
      legend: 'Which questions do you want to ask?',
      hint: 'Each question on its own line. For example: What do you think I do well?',
      item: 'Question {n}',
      add: 'Add question',
      empty: 'No questions yet.',
    },
    record: 'After the talk',
    heldLabel: 'The talk has taken place',
    heldHint: 'Tick this to write down how it went.',
    participants: {
      legend: 'Who did you talk with?',
      item: 'Person {n}',
      name: 'Name',
      role: 'Role',
      roleHint: 'For example: mentor, workplace supervisor',
      add: 'Add person',
      empty: 'Nobody added yet.',
    },
    summary: 'What did you talk about?',
    summaryHint: 'Write down in your own words what was discussed.',
    afspraken: {
      legend: 'Agreements (afspraken)',
      hint: 'What did you agree on? Tick an agreement when it is done.',
      item: 'Agreement {n}',
      done: 'Done',
      add: 'Add agreement',
      empty: 'No agreements yet.',
    },
    goals: {
      legend: 'New goals from this talk',
      hint: 'Do you want to work on something after this talk? Each goal on its own line. When you save, it is added to your goals.',
      item: 'New goal {n}',
      add: 'Add goal',
      empty: 'No new goals yet.',
      existing: 'Goals from this talk',
    },
    card: {
      questions: 'No questions yet | 1 question prepared | {n} questions prepared',
      with: 'With: {names}',
      afspraken: '{done} of {total} agreements done',
      goals: 'Goals:',
    },
    delete: 'Delete talk',
    notFound: 'This talk does not exist (any more). Go back to your talks.',
  },
};

export default en;
