// The benchmark's synthetic dossier: six years of a pupil's loopbaandossier, made the same way on
// every run (a fixed PRNG seed and fixed dates), as a dossier file of format version 1 that the
// app imports like any other. Only the numbers the issue asks for:
// 2,000 experiences with reflections, 300 goals, 60 conversations, 40 leermeter rounds of the five
// competencies, and 100 photos of about 200 KB (PNG noise, so they do not compress).

import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { zipSync } from 'fflate';

export const BENCH_COUNTS = Object.freeze({
  experiences: 2000,
  goals: 300,
  conversations: 60,
  leermeterRounds: 40,
  photos: 100,
});

/** The six years: from the first day of vmbo year 1 to the last day of mbo year 3. */
const FIRST_DAY = Date.UTC(2020, 7, 24);
const LAST_DAY = Date.UTC(2026, 6, 10);
const EXPORTED_AT = '2026-07-11T12:00:00.000Z';
const SEED = 0x5eed_2026;

/** @param {number} seed */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMPETENCIES = [
  'kwaliteitenreflectie',
  'motievenreflectie',
  'werkexploratie',
  'loopbaansturing',
  'netwerken',
];
const EXPERIENCE_KINDS = [
  'snuffelstage',
  'meeloopdag',
  'open-dag',
  'bpv',
  'bedrijfsbezoek',
  'gastles',
  'bijbaan',
  'vrijwilligerswerk',
  'project',
  'workshop',
  'beroepentest',
  'gesprek-professional',
  'voorlichting',
];
const CONVERSATION_KINDS = ['voortgangsgesprek', 'loopbaanreflectiegesprek', 'trialoog'];
const GOAL_STATUSES = ['open', 'bezig', 'gedaan', 'losgelaten'];

const PLACES = [
  'Bakkerij Jansen',
  'Garage De Vries',
  'Zorgcentrum De Linde',
  'Basisschool Het Kompas',
  'Albert Heijn Centrum',
  'Gemeente Utrecht',
  'Dierenkliniek Noord',
  'Hotel De Zwaan',
  'Bouwbedrijf Bakker',
  'ROC Midden Nederland',
  'Kapsalon Knip',
  'Ziekenhuis Rijnstate',
  'Fietsenmaker Smit',
  'Kinderopvang Zonnetje',
  'Installatiebedrijf Mulder',
  'Restaurant De Haven',
];
const PEOPLE = ['Fatima', 'Daan', 'Lotte', 'Mohammed', 'Sanne', 'Joost', 'Emma', 'Yusuf', 'Iris'];
const ROLES = ['praktijkopleider', 'mentor', 'stagebegeleider', 'decaan', 'teamleider', 'collega'];

/**
 * The words the texts are made of, most frequent first: a word's chance falls with its rank
 * (Zipf), so searches hit words that occur in most entries and words that occur in a handful.
 * Several words hold "stage" in the middle (snuffelstage, bedrijfsstage), which the app's
 * word-prefix search does not find for "stage"; stageplek and stagebegeleider start with it.
 */
const VOCABULARY = `ik vond het leuk dat werken goed mensen samen helpen leren klanten
collega's vragen praten afspraken begeleider opdracht zelfstandig kiezen opleiding beroep
stage snuffelstage bedrijfsstage stageplek stagebegeleider praktijk ervaring sterk motivatie
verantwoordelijkheid communiceren plannen presenteren technisch creatief zorgvuldig geduld
nauwkeurig enthousiast nieuwsgierig teamwork feedback uitleg rooster pauze werkplaats
gereedschap computer administratie telefoon kassa magazijn keuken verpleging kinderen ouderen
dieren auto's fietsen brood taart kapper installatie elektriciteit bouwtekening metselen
timmeren lassen programmeren website ontwerp marketing verkoop logistiek transport beveiliging
horeca receptie gastvrijheid hygiëne veiligheid regels uniform verantwoordelijk zelfvertrouwen
spannend moeilijk makkelijk druk rustig gezellig vermoeiend interessant saai uitdagend
volgende stap keuze mbo niveau toelating intake open dag meeloopdag proefstuderen
loopbaangesprek mentor decaan portfolio reflectie kwaliteiten motieven netwerk contacten
sollicitatie brief gesprek voorstellen handdruk oogcontact kleding op tijd komen zelfstandigheid
doorzetten fouten verbeteren trots compliment tevreden twijfel onzeker vooruitgang groei
ontdekken beroepentest interesses waarden belangrijk geld salaris reistijd werktijden weekend
avond ploegendienst buitenwerk binnenwerk lichamelijk zwaar tillen staan zitten bewegen
rekenen taal Engels Duits klantvriendelijk servicegericht precisie kwaliteit controle onderhoud
reparatie diagnose storing monteur kok bakker verpleegkundige leraar onderwijsassistent
pedagogisch medewerker dierenartsassistent kapster elektricien timmerman schilder lasser
ontwikkelaar vormgever verkoper kassamedewerker chauffeur beveiliger receptionist
zorgassistent apothekersassistent laborant tandartsassistent sportinstructeur kinderopvang
brandweer politie defensie gemeente ziekenhuis verzorgingshuis basisschool garage bakkerij
supermarkt hotel restaurant kantoor fabriek bouwplaats werkplaats laboratorium sporthal
dierenkliniek bloemist drukkerij kassa-instructie hygiënecode hef-instructie vca-certificaat
bhv-cursus rijbewijs heftruck bedrijfsbezoek gastles workshop voorlichting vrijwilligerswerk
bijbaan zaterdagbaan vakantiewerk project profielwerkstuk examen diploma certificaat`
  .split(/\s+/)
  .filter(Boolean);

const OPENINGS = [
  'Vandaag',
  'Deze week',
  'Tijdens de stage',
  'Bij het bedrijf',
  'Op school',
  'Na afloop',
  'In het begin',
  'Aan het eind',
];

/**
 * Makes the dossier. Returns the ZIP bytes of the file plus what a caller wants to know about it
 * (the queries and how often each occurs are computed by the bench from the texts themselves).
 */
export function makeBenchDossier() {
  const random = mulberry32(SEED);
  const int = (n) => Math.floor(random() * n);
  const pick = (list) => list[int(list.length)];
  // Zipf over the vocabulary: weight 1 / (rank + 1).
  const weights = VOCABULARY.map((_, rank) => 1 / (rank + 1));
  const cumulative = [];
  let sum = 0;
  for (const weight of weights) cumulative.push((sum += weight));
  const word = () => {
    const target = random() * sum;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return VOCABULARY[low];
  };
  const sentence = (min = 6, max = 14) => {
    const words = [pick(OPENINGS)];
    const length = min + int(max - min + 1);
    for (let i = 0; i < length; i++) words.push(word());
    return `${words.join(' ')}.`;
  };
  const paragraph = (sentences) => Array.from({ length: sentences }, () => sentence()).join(' ');
  const uuid = () => {
    const bytes = Array.from({ length: 16 }, () => int(256));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
  const dayAt = (fraction) => {
    const ms =
      FIRST_DAY + Math.floor(fraction * ((LAST_DAY - FIRST_DAY) / 86_400_000)) * 86_400_000;
    return new Date(ms).toISOString().slice(0, 10);
  };
  const base = (date, minute) => {
    const at = `${date}T${String(8 + (minute % 10)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00.000Z`;
    return { id: uuid(), createdAt: at, updatedAt: at, deletedAt: null };
  };
  const someCompetencies = () => {
    const chosen = new Set();
    const count = 1 + int(3);
    while (chosen.size < count) chosen.add(pick(COMPETENCIES));
    return COMPETENCIES.filter((key) => chosen.has(key));
  };

  const dossierId = uuid();
  const profile = {
    ...base('2020-08-24', 0),
    dossierId,
    name: 'Bench Leerling',
    school: 'Vakcollege Midden',
    sector: 'vmbo-kb',
    year: 3,
    mentor: 'Meneer Visser',
  };

  const experiences = [];
  for (let index = 0; index < BENCH_COUNTS.experiences; index++) {
    const date = dayAt(index / BENCH_COUNTS.experiences);
    const kind = pick(EXPERIENCE_KINDS);
    const place = pick(PLACES);
    const competencies = someCompetencies();
    const competencyReflections = Object.fromEntries(
      competencies.map((key) => [key, paragraph(1 + int(2))]),
    );
    experiences.push({
      ...base(date, index),
      kind,
      title: `${kind === 'snuffelstage' ? 'Snuffelstage' : sentence(1, 2).slice(0, -1)} bij ${place}`,
      date,
      place,
      contact: { name: pick(PEOPLE), role: pick(ROLES) },
      description: paragraph(1 + int(3)),
      competencies,
      competencyReflections,
      slo: {
        doel: sentence(),
        resultaat: paragraph(1 + int(2)),
        vondIkErvan: paragraph(1 + int(2)),
        gevolg: sentence(),
      },
      starr:
        random() < 0.3
          ? {
              situatie: sentence(),
              taak: sentence(),
              actie: sentence(),
              resultaat: sentence(),
              reflectie: sentence(),
            }
          : null,
      rating: 1 + int(5),
      private: false,
      attachmentIds: [],
    });
  }

  // Photos: PNG files of random pixels, so they are as big as a real photo and do not compress.
  const attachments = [];
  const files = new Map();
  for (let index = 0; index < BENCH_COUNTS.photos; index++) {
    const owner = experiences[Math.floor((index * BENCH_COUNTS.experiences) / BENCH_COUNTS.photos)];
    const bytes = noisePng(256, 256, random);
    const attachment = {
      ...base(owner.date, index),
      ownerId: owner.id,
      fileName: `foto-${index + 1}.png`,
      mediaType: 'image/png',
      byteSize: bytes.length,
      width: 256,
      height: 256,
    };
    owner.attachmentIds.push(attachment.id);
    const path = `attachments/${attachment.id}.png`;
    attachments.push({
      ...attachment,
      path,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    files.set(path, bytes);
  }

  const goals = [];
  for (let index = 0; index < BENCH_COUNTS.goals; index++) {
    const date = dayAt(index / BENCH_COUNTS.goals);
    const source = experiences[int(experiences.length)];
    goals.push({
      ...base(date, index),
      text: sentence(4, 10),
      competency: random() < 0.8 ? pick(COMPETENCIES) : null,
      dueDate: random() < 0.5 ? dayAt(Math.min(1, index / BENCH_COUNTS.goals + 0.02)) : null,
      status: pick(GOAL_STATUSES),
      sourceId: random() < 0.5 ? source.id : null,
    });
  }

  const conversations = [];
  for (let index = 0; index < BENCH_COUNTS.conversations; index++) {
    const date = dayAt(index / BENCH_COUNTS.conversations);
    conversations.push({
      ...base(date, index),
      kind: pick(CONVERSATION_KINDS),
      date,
      participants: [
        { name: 'Meneer Visser', role: 'mentor' },
        { name: pick(PEOPLE), role: pick(ROLES) },
      ],
      preparationQuestions: Array.from(
        { length: 1 + int(3) },
        () => `${sentence(4, 8).slice(0, -1)}?`,
      ),
      topics: paragraph(1),
      summary: paragraph(2 + int(2)),
      afspraken: Array.from({ length: 1 + int(3) }, () => ({
        id: uuid(),
        text: sentence(3, 8),
        done: random() < 0.5,
      })),
      goalIds: [],
      held: true,
    });
  }

  const leermeter = [];
  for (let round = 0; round < BENCH_COUNTS.leermeterRounds; round++) {
    const date = dayAt((round + 0.5) / BENCH_COUNTS.leermeterRounds);
    for (const competency of COMPETENCIES) {
      leermeter.push({
        ...base(date, round),
        competency,
        step: Math.min(4, 1 + Math.floor((round / BENCH_COUNTS.leermeterRounds) * 4 + random())),
        scoredBy: 'leerling',
        scorerName: '',
        date,
        note: random() < 0.3 ? sentence(3, 8) : '',
      });
    }
  }

  const document = {
    format: 'loopbaandossier',
    formatVersion: 1,
    exportedAt: EXPORTED_AT,
    generator: { name: 'loopbaandossier-bench', version: '1' },
    dossierId,
    complete: true,
    profile,
    experiences,
    reflections: [],
    goals,
    traits: [],
    choices: [],
    conversations,
    leermeter,
    feedback: [],
    attachments,
  };
  const mtime = new Date(EXPORTED_AT);
  /** @type {import('fflate').Zippable} */
  const zippable = {
    'dossier.json': [
      new TextEncoder().encode(JSON.stringify(document, null, 2)),
      { level: 6, mtime },
    ],
  };
  for (const [path, bytes] of files) zippable[path] = [bytes, { level: 0, mtime }];
  return { zip: zipSync(zippable), document, vocabulary: VOCABULARY };
}

let crcTable;
/** @param {Uint8Array} bytes */
function crc32(bytes) {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * A truecolour PNG of random pixels (about width × height × 3 bytes).
 * @param {number} width @param {number} height @param {() => number} random
 */
function noisePng(width, height, random) {
  const raw = new Uint8Array((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0; // filter: none
    for (let i = 1; i <= width * 3; i++) raw[row + i] = Math.floor(random() * 256);
  }
  const chunk = (type, data) => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(new TextEncoder().encode(type), 4);
    out.set(data, 8);
    view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
    return out;
  };
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, truecolour, deflate, no filter, no interlace
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', new Uint8Array(deflateSync(raw, { level: 1 }))),
    chunk('IEND', new Uint8Array(0)),
  ];
  const png = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    png.set(part, offset);
    offset += part.length;
  }
  return png;
}
