import type { Messages } from '../schema';
import type nl from '../nl/leermeter';

/** English messages for the leermeter area; typed by the Dutch file, so no key can be missing. */
const en: Messages<typeof nl> = {
  leermeter: {
    menu: 'Leermeter',
    title: 'Leermeter',
    intro:
      'How far along are you with each career competency? Score yourself now and then, for example every term. That way you see how you grow.',
    add: 'New check',
    empty: 'You have not scored yourself yet. Do your first check: it only takes a few minutes.',
    growthHeading: 'How you grow',
    roundsHeading: 'Your checks',
    now: 'Now: {step}',
    noScoreYet: 'No score yet.',
    grew: 'Grew from {from} to {to}.',
    same: 'The same as at your first check.',
    dropped: 'From {from} to {to}. Talk it over with your mentor some time.',
    firstScore: 'Your first check.',
    stepLabel: 'Step {n}: {name}',
    edit: 'Change',
    editRound: 'Change the check of {date}',
    delete: 'Delete',
    deleteRound: 'Delete the check of {date}',
    roundOf: 'Check of {date}',
    scoredCount: '1 competency scored | {n} competencies scored',
    note: 'Note',
    newTitle: 'New check',
    editTitle: 'Change check',
    formIntro:
      'For each competency, choose the step that fits you best right now. There is no right or wrong: it is about how you see it now.',
    date: 'Date of the check',
    noteLabel: 'Why do you choose this step?',
    noteHint: 'For example: something you did that shows it.',
    chooseAtLeastOne: 'Choose how far along you are for at least one competency, then save.',
    dateTaken:
      'You already have a check on this date. Choose another date, or change that check from the leermeter.',
    notFound: 'This check does not exist (any more). Go back to the leermeter.',
    save: 'Save',
    cancel: 'Cancel',
    draftRestored:
      'You were working on this earlier. We brought back what you had chosen and typed.',
    discardDraft: 'Start over',
    autosaveNote: 'What you choose and type is kept on this device straight away.',
    chartSummary: '{name}: {text}',
    chartNoScores: 'no scores yet',
    chartOne: 'one check, step {step}',
    chartMany: 'from step {from} to step {to} in {n} checks',
    showTable: 'Show the scores as a table',
    tableCaption: 'Scores for {name}',
    tableDate: 'Date',
    tableWho: 'Who',
    tableScore: 'Score',
    legend: 'Who scored',
    scorers: {
      leerling: 'Self',
      mentor: 'Mentor',
      praktijkopleider: 'Workplace supervisor',
    },
    steps: {
      s1: 'Just starting',
      s2: 'On my way',
      s3: 'Well on my way',
      s4: 'Strong',
    },
    descriptions: {
      kwaliteitenreflectie: {
        s1: 'I do not really know yet what I am good at.',
        s2: 'I can name a few things I am good at.',
        s3: 'I know what I am good at and can give an example.',
        s4: 'I show what I am good at with examples, and I know what I still want to learn.',
      },
      motievenreflectie: {
        s1: 'I do not really know yet what matters to me.',
        s2: 'I know a few things I like or find important.',
        s3: 'I can explain what matters to me in work, and why.',
        s4: 'I know what drives me and use it when I make choices.',
      },
      werkexploratie: {
        s1: 'I know little yet about work and courses that suit me.',
        s2: 'I have looked at a few jobs or courses.',
        s3: 'I find out for myself what a job or course is like, and whether it suits me.',
        s4: 'I compare work and courses carefully and know which suit me, and why.',
      },
      loopbaansturing: {
        s1: 'I do not know yet what my next step is.',
        s2: 'I think about my next step, but others plan most of it.',
        s3: 'I make my own choices and plan my next step.',
        s4: 'I steer my own career: I choose, plan, and adjust when needed.',
      },
      netwerken: {
        s1: 'I do not ask anyone for help with my choices yet.',
        s2: 'I sometimes talk with others about work or courses.',
        s3: 'I know who can help me and get in touch myself.',
        s4: 'I build contacts myself and use them for my next step.',
      },
    },
  },
};

export default en;
