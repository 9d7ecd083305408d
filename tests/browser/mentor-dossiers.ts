/**
 * Makes the dossier files the mentor browser test imports, with the app's own serializer, for a
 * realistic full pupil ("Noor Bakker"): 40 experiences, 10 goals, reflections, talks and
 * leermeter rounds, in two versions (an older and a newer export).
 *   node --import tsx tests/browser/mentor-dossiers.ts <out-dir>
 * Writes noor-older.zip and noor-newer.zip there, and ravi-long.zip: a pupil who fills every
 * list and text to the brim (for the one-page talk sheet's worst case).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  COMPETENCY_KEYS,
  EXPERIENCE_KINDS,
  type Attachment,
  type Conversation,
  type Experience,
  type Goal,
  type LeermeterScore,
  type Reflection,
} from '../../src/domain';
import { fromHex } from '../../src/dossier/bytes';
import { serializeDossier, type DossierContents } from '../../src/dossier/serialize';

const out = process.argv[2];
if (!out) throw new Error('usage: mentor-dossiers.ts <out-dir>');
mkdirSync(out, { recursive: true });

const TINY_PNG = fromHex(
  '89504e470d0a1a0a0000000d4948445200000002000000020802000000fdd49a730000001249444154789c63f8cfc0201fdf0dc24016001da4041194848cda0000000049454e44ae426082',
);
const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const DOSSIER = id(0xe0d1);
/** The last talk was on 15 September 2026: entries after it are "new since the last talk". */
const day = (offset: number) => {
  const date = new Date(Date.UTC(2026, 0, 10 + offset * 7));
  return date.toISOString().slice(0, 10);
};
const stamp = (date: string, hour = 12) => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;
const base = (n: number, date: string) => ({
  id: id(n),
  createdAt: stamp(date),
  updatedAt: stamp(date, 15),
  deletedAt: null,
});

const places = ['Rotterdam', 'Schiedam', 'Delft', 'Vlaardingen', 'Den Haag'];
const titles = [
  'Snuffelstage bij bakkerij De Korenschoof',
  'Open dag Albeda zorgopleidingen',
  'Meeloopdag in het Maasstad Ziekenhuis',
  'Gastles over werken in de haven',
  'Bijbaan bij de Albert Heijn',
  'Vrijwilligerswerk bij de voedselbank',
  'Beroepentest bij de decaan',
  'Gesprek met een verpleegkundige',
];

const experiences: Experience[] = Array.from({ length: 40 }, (_, index) => {
  const date = day(index);
  const competencies = [
    COMPETENCY_KEYS[index % 5]!,
    ...(index % 3 === 0 ? [COMPETENCY_KEYS[(index + 2) % 5]!] : []),
  ];
  return {
    ...base(0x1000 + index, date),
    kind: EXPERIENCE_KINDS[index % EXPERIENCE_KINDS.length]!,
    title: `${titles[index % titles.length]} (${index + 1})`,
    date,
    place: places[index % places.length]!,
    contact: { name: index % 2 ? 'Mo Haddou' : '', role: index % 2 ? 'Begeleider' : '' },
    description: 'Ik heb de hele dag meegedraaid en veel vragen gesteld over het werk.',
    competencies,
    competencyReflections: { [competencies[0]!]: 'Ik merkte dat ik graag met mensen werk.' },
    slo: {
      doel: 'Kijken of dit werk bij mij past',
      resultaat: 'Ik weet nu beter wat het werk inhoudt',
      vondIkErvan: 'Leuk, maar zwaar',
      gevolg: 'Ik ga nog een open dag bezoeken',
    },
    starr: null,
    rating: (index % 5) + 1,
    private: false,
    attachmentIds: index === 39 ? [id(0x9001)] : [],
  };
});

const photo: Attachment = {
  ...base(0x9001, day(39)),
  ownerId: id(0x1000 + 39),
  fileName: 'stage.png',
  mediaType: 'image/png',
  byteSize: TINY_PNG.length,
  width: 2,
  height: 2,
};

const reflections: Reflection[] = Array.from({ length: 6 }, (_, index) => ({
  ...base(0x2000 + index, day(index * 6 + 2)),
  title: `Wat ik leerde in periode ${index + 1}`,
  date: day(index * 6 + 2),
  competencies: [COMPETENCY_KEYS[index % 5]!],
  competencyReflections: {},
  slo: { doel: '', resultaat: '', vondIkErvan: '', gevolg: '' },
  starr: null,
  private: false,
}));

const statuses: Goal['status'][] = ['open', 'bezig', 'gedaan', 'open', 'bezig'];
const goals: Goal[] = Array.from({ length: 10 }, (_, index) => ({
  ...base(0x3000 + index, day(index * 4)),
  text: `Doel ${index + 1}: ${['een open dag bezoeken', 'mijn cv bijwerken', 'een stageplek zoeken', 'vragen stellen aan een vakman', 'een beroepentest doen'][index % 5]}`,
  competency: COMPETENCY_KEYS[index % 5]!,
  dueDate: index % 3 === 0 ? null : day(index * 4 + 20),
  status: statuses[index % statuses.length]!,
  sourceId: null,
}));

const held: Conversation = {
  ...base(0x4001, '2026-09-15'),
  kind: 'voortgangsgesprek',
  date: '2026-09-15',
  participants: [{ name: 'Mevr. Jansen', role: 'mentor' }],
  preparationQuestions: ['Welke opleidingen passen bij mij?'],
  topics: '',
  summary: 'We hebben mijn stages besproken.',
  afspraken: [
    { id: id(0x4101), text: 'Twee open dagen bezoeken vóór de kerst', done: true },
    { id: id(0x4102), text: 'Cv bijwerken met de bijbaan', done: true },
    { id: id(0x4103), text: 'Een vakman interviewen over het werk', done: false },
    { id: id(0x4104), text: 'Leermeter invullen', done: false },
  ],
  goalIds: [],
  held: true,
};
const upcoming: Conversation = {
  ...base(0x4002, '2026-11-10'),
  kind: 'trialoog',
  date: '2026-12-01',
  participants: [],
  preparationQuestions: [
    'Kan ik mijn BPV in de zorg doen?',
    'Welke open dagen zijn er nog dit jaar?',
    'Hoe schrijf ik een goede motivatiebrief?',
    'Wat als ik twijfel tussen zorg en techniek?',
    'Mag mijn ouder mee naar de intake?',
  ],
  topics: 'Mijn keuze voor een mbo-opleiding.',
  summary: '',
  afspraken: [],
  goalIds: [],
  held: false,
};

const leermeter: LeermeterScore[] = COMPETENCY_KEYS.flatMap((competency, index) => [
  {
    ...base(0x5000 + index, '2026-03-01'),
    competency,
    step: 1 as const,
    scoredBy: 'leerling' as const,
    scorerName: '',
    date: '2026-03-01',
    note: '',
  },
  {
    ...base(0x5100 + index, '2026-10-01'),
    competency,
    step: ((index % 3) + 2) as 2 | 3 | 4,
    scoredBy: 'leerling' as const,
    scorerName: '',
    date: '2026-10-01',
    note: '',
  },
]);

function contents(upTo: number): DossierContents {
  const kept = experiences.slice(0, upTo);
  return {
    profile: {
      ...base(0x1, '2025-09-01'),
      dossierId: DOSSIER,
      name: 'Noor Bakker',
      school: 'Het Baken',
      sector: 'vmbo-kb',
      year: 4,
      mentor: 'Mevr. Jansen',
    },
    experiences: kept,
    reflections,
    goals,
    traits: [],
    choices: [],
    conversations: [held, upcoming],
    leermeter,
    feedback: [],
    attachments: upTo === 40 ? [photo] : [],
    mentorTalks: [],
  };
}

/** Every text as long as the format allows, every list as long as the sheet could show. */
function brimful(): DossierContents {
  const long = (length: number, word: string) =>
    `${word} `
      .repeat(Math.ceil(length / (word.length + 1)))
      .slice(0, length)
      .trim();
  const noor = contents(40);
  return {
    ...noor,
    profile: {
      ...noor.profile,
      id: id(0x2),
      dossierId: id(0xe0d2),
      name: 'Ravi Ramdin-Vanderheijden',
      school: long(200, 'Scholengemeenschap'),
    },
    experiences: noor.experiences.map((experience) => ({
      ...experience,
      title: long(200, 'Meeloopdag'),
      createdAt: stamp('2026-11-01'),
      updatedAt: stamp('2026-11-01', 15),
    })),
    goals: noor.goals.map((goal) => ({ ...goal, text: long(500, 'Volhouden'), status: 'open' })),
    conversations: [
      {
        ...held,
        afspraken: Array.from({ length: 20 }, (_, index) => ({
          id: id(0x4200 + index),
          text: long(500, 'Afspraak'),
          done: index % 2 === 0,
        })),
      },
      {
        ...upcoming,
        preparationQuestions: Array.from({ length: 50 }, () => long(500, 'Waarom')),
        topics: long(20_000, 'Onderwerp'),
      },
    ],
    mentorTalks: [
      {
        ...base(0x4003, '2026-09-16'),
        conversationId: held.id,
        kind: 'trialoog',
        date: '2026-09-16',
        authorName: long(200, 'Begeleider'),
        authorRole: 'slb',
        participants: [],
        summary: long(2000, 'Samenvatting'),
        afspraken: Array.from({ length: 20 }, (_, index) => ({
          id: id(0x4300 + index),
          text: long(500, 'Mentorafspraak'),
          done: false,
        })),
        agreedGoals: [],
      },
    ],
  };
}

const generator = { name: 'Loopbaandossier', version: 'mentor-test' };
{
  const { bytes } = await serializeDossier({
    contents: brimful(),
    files: new Map([[photo.id, TINY_PNG]]),
    exportedAt: new Date('2026-11-21T10:00:00.000Z'),
    generator,
    complete: true,
  });
  writeFileSync(join(out, 'ravi-long.zip'), bytes);
}
for (const [name, upTo, exportedAt] of [
  ['noor-older.zip', 36, '2026-11-01T10:00:00.000Z'],
  ['noor-newer.zip', 40, '2026-11-20T10:00:00.000Z'],
] as const) {
  const files = new Map(upTo === 40 ? [[photo.id, TINY_PNG]] : []);
  const { bytes } = await serializeDossier({
    contents: contents(upTo),
    files,
    exportedAt: new Date(exportedAt),
    generator,
    complete: true,
  });
  writeFileSync(join(out, name), bytes);
}
