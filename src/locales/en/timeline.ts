import type { Messages } from '../schema';
import type nl from '../nl/timeline';

/** English messages for the timeline area; typed by the Dutch file, so no key can be missing. */
const en: Messages<typeof nl> = {
  timeline: {
    count: 'Nothing yet | 1 item | {n} items',
    results: 'Nothing found | 1 result | {n} results',
    resultsMore: 'More than {n} results',
    noResults:
      'Nothing found. Try another word, or turn a filter off with “Clear search and filters”.',
    search: 'Search your dossier',
    searchHint: 'Search by the start of words, for example “bakery” or “open day”.',
    searchTooShort: 'Type at least 2 letters to search.',
    filters: 'Filters',
    filtersOn: 'Filters (1 on) | Filters ({n} on)',
    kind: 'What',
    kindAll: 'Everything',
    experienceKind: 'Kind of experience',
    experienceKindAll: 'All kinds',
    competency: 'Competency',
    competencyAll: 'All competencies',
    period: 'Period',
    from: 'From',
    to: 'Up to and including',
    clear: 'Clear search and filters',
    loadMore: 'Load more',
    loading: 'Loading more…',
    end: 'You have reached the start of your dossier.',
    untitled: 'Untitled',
    conversationWith: 'Conversation with {names}',
    leermeterTitle: 'Leermeter check',
    leermeterScores: '1 score | {n} scores',
    competencies: 'Competencies',
    periods: {
      all: 'Any time',
      month: 'Last month',
      threeMonths: 'Last 3 months',
      schoolYear: 'This school year',
      year: 'Last year',
      custom: 'Choose dates',
    },
    kinds: {
      experience: 'Experience',
      reflection: 'Reflection',
      goal: 'Goal',
      conversation: 'Career conversation',
      choice: 'Choice',
      leermeter: 'Leermeter',
      trait: 'Quality or motive',
    },
    kindGroups: {
      experience: 'Experiences',
      reflection: 'Reflections',
      goal: 'Goals',
      conversation: 'Career conversations',
      choice: 'Choices',
      leermeter: 'Leermeter',
      trait: 'Qualities and motives',
    },
    traitKinds: {
      kwaliteit: 'Quality',
      motief: 'Motive',
    },
    goalStatus: {
      open: 'Open',
      bezig: 'In progress',
      gedaan: 'Done',
      losgelaten: 'Let go',
    },
    choiceKinds: {
      opleiding: 'Education',
      beroep: 'Occupation',
      anders: 'Other',
    },
    choiceStatus: {
      overwegen: 'Considering',
      gekozen: 'Chosen',
      afgevallen: 'Dropped',
    },
    conversationKinds: {
      voortgangsgesprek: 'Progress meeting',
      loopbaanreflectiegesprek: 'Career reflection meeting',
      trialoog: 'Trialogue (trialoog)',
      intakegesprek: 'Intake meeting',
      anders: 'Other conversation',
    },
    conversationStatus: {
      gepland: 'Prepared',
      gehouden: 'Held',
    },
  },
};

export default en;
