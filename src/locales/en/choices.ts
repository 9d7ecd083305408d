import type { Messages } from '../schema';
import type nl from '../nl/choices';

/** English messages for choices (keuzes). */
const en: Messages<typeof nl> = {
  choices: {
    menu: 'Choices',
    title: 'Choices',
    intro:
      'Which courses or jobs appeal to you? Write down what you like and what you like less. That helps you see which choice suits you.',
    add: 'Add choice',
    empty:
      'You have not written down any choices yet. Start with a course or job you are unsure about.',
    kinds: {
      opleiding: 'Course (opleiding)',
      beroep: 'Job (beroep)',
      anders: 'Other',
    },
    statuses: {
      overwegen: 'Still considering',
      gekozen: 'Chosen',
      afgevallen: 'Dropped',
    },
    groups: {
      overwegen: 'Still considering',
      gekozen: 'Chosen',
      afgevallen: 'Dropped',
    },
    newTitle: 'New choice',
    editTitle: 'Edit choice',
    option: 'Which course or job?',
    optionHint: 'For example: Mbo Care assistant, or: Car mechanic',
    kind: 'What is it?',
    status: 'How far are you?',
    date: 'Date',
    note: 'Anything else you want to note?',
    noteHint: 'For example: what you still want to find out, or why you chose this way.',
    pros: {
      legend: 'What appeals to you?',
      hint: 'Each point on its own line.',
      item: 'Pro {n}',
      add: 'Add pro',
      empty: 'No pros yet.',
    },
    cons: {
      legend: 'What appeals to you less?',
      hint: 'Each point on its own line.',
      item: 'Con {n}',
      add: 'Add con',
      empty: 'No cons yet.',
    },
    summary: '{pros} for · {cons} against',
    delete: 'Delete choice',
    notFound: 'This choice does not exist (any more). Go back to your choices.',
  },
};

export default en;
