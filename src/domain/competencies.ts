/**
 * The five loopbaancompetenties (Kuijpers), as used across Dutch LOB.
 * Policy: the keys are the shared vocabulary between schools and appear in stored data and in
 * dossier files. They are never renamed or removed.
 */
export const COMPETENCY_KEYS = [
  'kwaliteitenreflectie',
  'motievenreflectie',
  'werkexploratie',
  'loopbaansturing',
  'netwerken',
] as const;

export type CompetencyKey = (typeof COMPETENCY_KEYS)[number];

export interface LocalisedText {
  nl: string;
  en: string;
}

export interface Competency {
  key: CompetencyKey;
  name: LocalisedText;
  question: LocalisedText;
}

export const COMPETENCIES: readonly Competency[] = [
  {
    key: 'kwaliteitenreflectie',
    name: { nl: 'Kwaliteitenreflectie', en: 'Reflecting on qualities' },
    question: {
      nl: 'Wat kan ik goed, en hoe weet ik dat?',
      en: 'What am I good at, and how do I know?',
    },
  },
  {
    key: 'motievenreflectie',
    name: { nl: 'Motievenreflectie', en: 'Reflecting on motives' },
    question: {
      nl: 'Wat wil ik, wat vind ik belangrijk, en waarom?',
      en: 'What do I want, what matters to me, and why?',
    },
  },
  {
    key: 'werkexploratie',
    name: { nl: 'Werkexploratie', en: 'Exploring work and education' },
    question: {
      nl: 'Welk werk en welke opleiding passen bij mij?',
      en: 'Which work and which education suit me?',
    },
  },
  {
    key: 'loopbaansturing',
    name: { nl: 'Loopbaansturing', en: 'Steering my career' },
    question: {
      nl: 'Welke keuze maak ik, en wat is mijn volgende stap?',
      en: 'Which choice do I make, and what is my next step?',
    },
  },
  {
    key: 'netwerken',
    name: { nl: 'Netwerken', en: 'Networking' },
    question: {
      nl: 'Wie kan mij daarbij helpen?',
      en: 'Who can help me with this?',
    },
  },
];

export function competency(key: CompetencyKey): Competency {
  const found = COMPETENCIES.find((c) => c.key === key);
  if (!found) throw new Error(`Unknown competency key: ${key}`);
  return found;
}

export function isCompetencyKey(value: unknown): value is CompetencyKey {
  return typeof value === 'string' && (COMPETENCY_KEYS as readonly string[]).includes(value);
}
