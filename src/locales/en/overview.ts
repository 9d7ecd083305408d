import type { Messages } from '../schema';
import type nl from '../nl/overview';

/** English messages for the overview area; typed by the Dutch file, so no key can be missing. */
const en: Messages<typeof nl> = {
  overview: {
    title: 'Overview per competency',
    intro:
      'Here you see, for each career competency, what you recorded and how you grow. If you have not recorded anything about one for 3 months, you see it here.',
    recorded: 'Recorded',
    entries: 'nothing | 1 item | {n} items',
    counts: {
      experiences: '0 experiences | 1 experience | {n} experiences',
      reflections: '0 reflections | 1 reflection | {n} reflections',
      goals: '0 goals | 1 goal | {n} goals',
    },
    lastActivity: 'Last time',
    never: 'never',
    leermeter: 'Leermeter',
    leermeterNone: 'no check yet',
    leermeterOne: 'one check: {step}',
    leermeterGrowth: 'from {from} to {to}',
    gapSince: 'You have not recorded anything about {topic} since {month}.',
    gapNever: 'You have never recorded anything about {topic}.',
    addExperience: 'Add experience',
    addReflection: 'Write a reflection',
    addExperienceShort: 'Experience',
    addReflectionShort: 'Reflection',
    showInTimeline: 'See in your timeline',
    addFor: '{action}: {name}',
    topics: {
      kwaliteitenreflectie: 'your qualities',
      motievenreflectie: 'your motives',
      werkexploratie: 'work and education',
      loopbaansturing: 'your choices and next step',
      netwerken: 'networking',
    },
  },
};

export default en;
