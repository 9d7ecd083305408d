import type { Messages } from '../schema';
import type nl from '../nl/traits';

/** English messages for qualities (kwaliteiten) and motives (motieven). */
const en: Messages<typeof nl> = {
  traits: {
    menu: 'Qualities and motives',
    title: 'Qualities and motives',
    intro:
      'Qualities are things you are good at. Motives are things that matter to you. For each one, show which experience made you notice it.',
    kinds: {
      kwaliteit: 'Quality',
      motief: 'Motive',
    },
    groups: {
      kwaliteit: 'My qualities',
      motief: 'My motives',
    },
    prompts: {
      kwaliteit:
        'What are you good at? What do others say about you? Think of your work placement, your side job, school, sports or home.',
      motief:
        'What matters to you in work? What gives you energy? For example: helping people, working together, being outdoors or making things with your hands.',
    },
    add: {
      kwaliteit: 'Add quality',
      motief: 'Add motive',
    },
    empty: {
      kwaliteit: 'You have not written down any qualities yet.',
      motief: 'You have not written down any motives yet.',
    },
    newTitle: {
      kwaliteit: 'New quality',
      motief: 'New motive',
    },
    editTitle: {
      kwaliteit: 'Edit quality',
      motief: 'Edit motive',
    },
    kind: 'Is it a quality or a motive?',
    name: {
      kwaliteit: 'What are you good at?',
      motief: 'What matters to you?',
    },
    nameHint: {
      kwaliteit: 'For example: I am a good listener',
      motief: 'For example: I want to help people',
    },
    description: {
      kwaliteit: 'How do you know?',
      motief: 'Why does this matter to you?',
    },
    descriptionHint: {
      kwaliteit: 'What do others say about it? When did you notice it yourself?',
      motief: 'When did you notice that this counts for you?',
    },
    delete: {
      kwaliteit: 'Delete quality',
      motief: 'Delete motive',
    },
    notFound: 'This quality or motive does not exist (any more). Go back to your list.',
    shownBy: 'I showed it at:',
    noEvidence: 'Not linked to an experience yet.',
    evidence: {
      legend: 'At which experiences did you show this?',
      hint: 'Tick the experiences or reflections where you noticed it.',
      search: 'Find an experience',
      none: 'You have not recorded any experiences yet. Add an experience first; then you can tick it here.',
      noMatch: 'No experience found with “{query}”. Try another word.',
      selected: 'Nothing ticked yet | 1 ticked | {n} ticked',
      matches: 'Showing {shown} of {total}',
      showMore: 'Show more',
      reflection: 'Reflection',
    },
  },
};

export default en;
