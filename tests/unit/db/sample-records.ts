/**
 * Valid records of every kind in the current schema, for tests that write through the
 * repositories. (Fixtures of shipped versions live in ./fixtures and are never regenerated.)
 */
import {
  createExperience,
  createProfile,
  newRecordBase,
  type Attachment,
  type Choice,
  type Conversation,
  type Experience,
  type Feedback,
  type Goal,
  type LeermeterScore,
  type MentorTalk,
  type Profile,
  type Reflection,
  type Trait,
} from '@/domain';

export const NOW = new Date('2026-03-02T10:00:00.000Z');

export function sampleProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    ...createProfile(
      {
        name: 'Sanne de Vries',
        school: 'Het Baken',
        sector: 'vmbo-kb',
        year: 3,
        mentor: 'Dhr. Bakker',
      },
      NOW,
    ),
    ...overrides,
  };
}

export function sampleExperience(overrides: Partial<Experience> = {}): Experience {
  return {
    ...createExperience(
      {
        kind: 'snuffelstage',
        title: 'Snuffelstage bij de bakker',
        date: '2026-02-20',
        place: 'Utrecht',
        contact: { name: 'Mo', role: 'Bakker' },
        description: 'Vroeg op, brood gebakken.',
      },
      NOW,
    ),
    competencies: ['werkexploratie', 'netwerken'],
    competencyReflections: { werkexploratie: 'Ik vond het werk met mijn handen leuk.' },
    slo: {
      doel: 'Kijken of bakken iets voor mij is',
      resultaat: 'Ik heb zelf brood gemaakt',
      vondIkErvan: 'Leuk, maar vroeg',
      gevolg: 'Ik ga een open dag van de bakkersopleiding bezoeken',
    },
    rating: 4,
    ...overrides,
  };
}

export function sampleReflection(overrides: Partial<Reflection> = {}): Reflection {
  return {
    ...newRecordBase(NOW),
    title: 'Wat ik goed kan',
    date: '2026-02-22',
    competencies: ['kwaliteitenreflectie'],
    competencyReflections: { kwaliteitenreflectie: 'Ik kan goed uitleggen.' },
    slo: { doel: '', resultaat: '', vondIkErvan: '', gevolg: '' },
    starr: {
      situatie: 'Groepsopdracht',
      taak: 'Presenteren',
      actie: 'Ik heb de dia’s gemaakt',
      resultaat: 'Een 8',
      reflectie: 'Voorbereiden helpt',
    },
    private: true,
    ...overrides,
  };
}

export function sampleGoal(overrides: Partial<Goal> = {}): Goal {
  return {
    ...newRecordBase(NOW),
    text: 'Een open dag bezoeken',
    competency: 'werkexploratie',
    dueDate: '2026-04-01',
    status: 'open',
    sourceId: null,
    ...overrides,
  };
}

export function sampleTrait(overrides: Partial<Trait> = {}): Trait {
  return {
    ...newRecordBase(NOW),
    kind: 'kwaliteit',
    name: 'Doorzetten',
    description: 'Ik geef niet snel op.',
    evidenceIds: [],
    ...overrides,
  };
}

export function sampleChoice(overrides: Partial<Choice> = {}): Choice {
  return {
    ...newRecordBase(NOW),
    option: 'Bakker (mbo 2)',
    kind: 'opleiding',
    pros: ['Met je handen'],
    cons: ['Vroeg op'],
    status: 'overwegen',
    date: '2026-02-25',
    note: '',
    ...overrides,
  };
}

export function sampleConversation(overrides: Partial<Conversation> = {}): Conversation {
  return {
    ...newRecordBase(NOW),
    kind: 'voortgangsgesprek',
    date: '2026-03-10',
    participants: [{ name: 'Dhr. Bakker', role: 'mentor' }],
    preparationQuestions: ['Welke open dagen zijn er?'],
    topics: 'Mijn snuffelstage',
    summary: '',
    afspraken: [{ id: crypto.randomUUID(), text: 'Open dag plannen', done: false }],
    goalIds: [],
    held: false,
    ...overrides,
  };
}

export function sampleScore(overrides: Partial<LeermeterScore> = {}): LeermeterScore {
  return {
    ...newRecordBase(NOW),
    competency: 'netwerken',
    step: 2,
    scoredBy: 'leerling',
    scorerName: '',
    date: '2026-02-28',
    note: 'Ik durf meer te vragen.',
    ...overrides,
  };
}

export function sampleFeedback(targetId: string, overrides: Partial<Feedback> = {}): Feedback {
  return {
    ...newRecordBase(NOW),
    targetId,
    authorName: 'Dhr. Bakker',
    authorRole: 'mentor',
    text: 'Mooi verwoord!',
    ...overrides,
  };
}

/** The mentor's record of a talk, as a feedback file brings it. */
export function sampleMentorTalk(overrides: Partial<MentorTalk> = {}): MentorTalk {
  return {
    ...newRecordBase(NOW),
    conversationId: null,
    kind: 'voortgangsgesprek',
    date: '2026-03-12',
    authorName: 'Dhr. Bakker',
    authorRole: 'mentor',
    participants: [],
    summary: 'We spraken over je snuffelstage bij de bakker.',
    afspraken: [{ id: crypto.randomUUID(), text: 'Twee open dagen bezoeken', done: false }],
    agreedGoals: [
      {
        id: crypto.randomUUID(),
        title: 'Een open dag bezoeken',
        competency: 'netwerken',
        dueDate: null,
      },
    ],
    ...overrides,
  };
}

export const SAMPLE_PHOTO_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);

export function samplePhoto(): Blob {
  return new Blob([SAMPLE_PHOTO_BYTES], { type: 'image/png' });
}

export function sampleAttachment(ownerId: string, overrides: Partial<Attachment> = {}): Attachment {
  return {
    ...newRecordBase(NOW),
    ownerId,
    fileName: 'bakkerij.png',
    mediaType: 'image/png',
    byteSize: SAMPLE_PHOTO_BYTES.byteLength,
    width: 640,
    height: 480,
    ...overrides,
  };
}

/** The bytes of a blob, for comparing blobs by content. */
export async function bytesOf(blob: Blob | undefined): Promise<number[] | undefined> {
  return blob === undefined ? undefined : [...new Uint8Array(await blob.arrayBuffer())];
}
