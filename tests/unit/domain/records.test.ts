import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  afspraakSchema,
  attachmentSchema,
  choiceSchema,
  competencyReflectionsSchema,
  contactSchema,
  conversationSchema,
  createAfspraak,
  createAttachment,
  createChoice,
  createConversation,
  createExperience,
  createFeedback,
  createGoal,
  createLeermeterScore,
  createProfile,
  createReflection,
  createTrait,
  emptySloFields,
  experienceSchema,
  feedbackSchema,
  goalSchema,
  isLive,
  leermeterScoreSchema,
  localDay,
  markDeleted,
  markRestored,
  profileSchema,
  reflectionSchema,
  sloFieldsSchema,
  starrSchema,
  traitSchema,
  withChanges,
  type Conversation,
  type Experience,
} from '@/domain';
import { at, inTimeZone } from './support';

const NOW = at('2026-11-25T08:30:00.000Z');
const LATER = at('2026-11-26T09:00:00.000Z');
const UUID = '3f1c2a9e-8b7d-4c6e-9f0a-1b2c3d4e5f60';

/** A JSON round trip, as an imported file would arrive. */
function asJson(value: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

/** Like an imported file whose object carries a literal "__proto__" key. */
function withProtoKey(value: object): Record<string, unknown> {
  const rest = JSON.stringify(value).slice(1);
  const json = `{"__proto__":{"polluted":true}${rest === '}' ? '' : ','}${rest}`;
  return JSON.parse(json) as Record<string, unknown>;
}

function fullExperience(): Experience {
  return withChanges(
    createExperience(
      {
        kind: 'snuffelstage',
        title: 'Snuffelstage bij de bakker',
        date: '2026-11-20',
        place: 'Utrecht',
        contact: { name: 'Anja', role: 'praktijkopleider' },
      },
      NOW,
    ),
    {
      competencies: ['werkexploratie', 'netwerken'],
      competencyReflections: { werkexploratie: 'Vroeg opstaan is zwaar.' },
      starr: { situatie: 's', taak: 't', actie: 'a', resultaat: 'r', reflectie: 'r' },
      rating: 4,
      attachmentIds: [UUID],
    },
    NOW,
  );
}

function fullConversation(): Conversation {
  return withChanges(
    createConversation({ kind: 'trialoog', date: '2026-11-24' }, NOW),
    {
      participants: [{ name: 'Mevr. de Vries', role: 'mentor' }],
      preparationQuestions: ['Welke opleiding past bij mij?'],
      afspraken: [createAfspraak('  Open dag ROC bezoeken  ')],
      goalIds: [UUID],
      held: true,
    },
    NOW,
  );
}

interface SchemaCase {
  name: string;
  schema: z.ZodType;
  make: () => object;
}

const RECORD_CASES: SchemaCase[] = [
  {
    name: 'profile',
    schema: profileSchema,
    make: () => createProfile({ name: 'Sam', sector: 'vmbo-kb', year: 3 }, NOW),
  },
  { name: 'experience', schema: experienceSchema, make: fullExperience },
  {
    name: 'reflection',
    schema: reflectionSchema,
    make: () => createReflection({ title: 'Wat ik goed kan', date: '2026-11-21' }, NOW),
  },
  {
    name: 'goal',
    schema: goalSchema,
    make: () =>
      createGoal(
        { text: 'Een open dag bezoeken', competency: 'werkexploratie', sourceId: UUID },
        NOW,
      ),
  },
  {
    name: 'trait',
    schema: traitSchema,
    make: () => createTrait({ kind: 'kwaliteit', name: 'Geduldig' }, NOW),
  },
  {
    name: 'choice',
    schema: choiceSchema,
    make: () =>
      createChoice({ option: 'Bakker (mbo 2)', kind: 'opleiding', date: '2026-11-22' }, NOW),
  },
  { name: 'conversation', schema: conversationSchema, make: fullConversation },
  {
    name: 'leermeter score',
    schema: leermeterScoreSchema,
    make: () => createLeermeterScore({ competency: 'netwerken', step: 2, date: '2026-11-23' }, NOW),
  },
  {
    name: 'attachment',
    schema: attachmentSchema,
    make: () =>
      createAttachment(
        { ownerId: UUID, fileName: 'bakkerij.jpg', mediaType: 'image/jpeg', byteSize: 120_000 },
        NOW,
      ),
  },
  {
    name: 'feedback',
    schema: feedbackSchema,
    make: () =>
      createFeedback(
        { targetId: UUID, authorName: 'Mevr. de Vries', authorRole: 'mentor', text: 'Mooi!' },
        NOW,
      ),
  },
];

const NESTED_CASES: SchemaCase[] = [
  { name: 'slo fields', schema: sloFieldsSchema, make: emptySloFields },
  {
    name: 'starr',
    schema: starrSchema,
    make: () => ({ situatie: '', taak: '', actie: '', resultaat: '', reflectie: '' }),
  },
  { name: 'competency reflections', schema: competencyReflectionsSchema, make: () => ({}) },
  { name: 'contact', schema: contactSchema, make: () => ({ name: 'Anja', role: 'chef' }) },
  { name: 'afspraak', schema: afspraakSchema, make: () => createAfspraak('Cv maken') },
];

describe.each([...RECORD_CASES, ...NESTED_CASES])('$name schema', ({ schema, make }) => {
  it('accepts a valid value, also after a JSON round trip', () => {
    const value = make();
    expect(schema.safeParse(value).success).toBe(true);
    expect(schema.safeParse(asJson(value)).success).toBe(true);
  });

  it('rejects an unknown key', () => {
    const result = schema.safeParse({ ...make(), extra: 'x' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('rejects a "__proto__" key from JSON.parse as an unknown own key', () => {
    const input = withProtoKey(make());
    // The fixture must really carry an own "__proto__" key, not a changed prototype.
    expect(Object.hasOwn(input, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(input)).toBe(Object.prototype);
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      code: 'unrecognized_keys',
      keys: ['__proto__'],
    });
  });
});

describe('strictness inside records', () => {
  const nested: [string, (e: Record<string, unknown>) => void][] = [
    ['slo', (e) => Object.assign(e.slo as object, { extra: '' })],
    ['contact', (e) => Object.assign(e.contact as object, { email: 'a@b.nl' })],
    ['starr', (e) => Object.assign(e.starr as object, { extra: '' })],
    [
      'competencyReflections',
      (e) => Object.assign(e.competencyReflections as object, { samenwerken: 'x' }),
    ],
  ];

  it.each(nested)('rejects an unknown key in an experience’s %s', (field, spoil) => {
    const input = asJson(fullExperience());
    expect(experienceSchema.safeParse(input).success).toBe(true);
    spoil(input);
    const result = experienceSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });

  it('rejects a "__proto__" key nested in an experience’s slo fields', () => {
    const input = asJson(fullExperience());
    input.slo = withProtoKey(input.slo as object);
    const result = experienceSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['slo'], keys: ['__proto__'] });
  });

  it('rejects an unknown key in an afspraak or a participant of a conversation', () => {
    const withAfspraakKey = asJson(fullConversation());
    (withAfspraakKey.afspraken as object[])[0] = {
      ...(withAfspraakKey.afspraken as object[])[0],
      deadline: '2026-12-01',
    };
    expect(conversationSchema.safeParse(withAfspraakKey).error?.issues[0]?.path).toEqual([
      'afspraken',
      0,
    ]);

    const withParticipantKey = asJson(fullConversation());
    (withParticipantKey.participants as object[])[0] = { name: 'X', role: 'Y', phone: '06' };
    expect(conversationSchema.safeParse(withParticipantKey).error?.issues[0]?.path).toEqual([
      'participants',
      0,
    ]);
  });

  it('accepts competency reflections for known competencies only', () => {
    expect(competencyReflectionsSchema.safeParse({ netwerken: 'Oom gebeld' }).success).toBe(true);
    expect(competencyReflectionsSchema.safeParse({ Netwerken: 'Oom gebeld' }).success).toBe(false);
  });
});

describe('dates and moments', () => {
  const badDays = ['2026-13-40', 'gisteren', '2026-02-30', '2026-3-5', '2026-03-05T00:00:00Z', ''];

  const dayFields: [string, z.ZodType, () => object, string][] = [
    ['experience', experienceSchema, fullExperience, 'date'],
    [
      'reflection',
      reflectionSchema,
      () => createReflection({ title: 'R', date: '2026-01-01' }, NOW),
      'date',
    ],
    [
      'choice',
      choiceSchema,
      () => createChoice({ option: 'O', kind: 'beroep', date: '2026-01-01' }, NOW),
      'date',
    ],
    ['conversation', conversationSchema, fullConversation, 'date'],
    [
      'leermeter score',
      leermeterScoreSchema,
      () => createLeermeterScore({ competency: 'netwerken', step: 1, date: '2026-01-01' }, NOW),
      'date',
    ],
    ['goal', goalSchema, () => createGoal({ text: 'G', dueDate: '2026-01-01' }, NOW), 'dueDate'],
  ];

  describe.each(dayFields)('%s', (_name, schema, make, field) => {
    it.each(badDays)(`rejects ${field} %j`, (bad) => {
      const result = schema.safeParse({ ...make(), [field]: bad });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual([field]);
    });
  });

  it('accepts a leap day only in a leap year', () => {
    expect(experienceSchema.safeParse({ ...fullExperience(), date: '2028-02-29' }).success).toBe(
      true,
    );
    expect(experienceSchema.safeParse({ ...fullExperience(), date: '2026-02-29' }).success).toBe(
      false,
    );
  });

  it.each(['gisteren', '2026-11-25', '2026-11-25 08:30:00', '2026-11-25T08:30:00+01:00'])(
    'rejects the record moment %j (moments are stored in UTC)',
    (bad) => {
      for (const field of ['createdAt', 'updatedAt', 'deletedAt']) {
        const result = traitSchema.safeParse({
          ...createTrait({ kind: 'motief', name: 'Helpen' }, NOW),
          [field]: bad,
        });
        expect(result.success, field).toBe(false);
      }
    },
  );
});

describe('competency keys in records', () => {
  it('rejects an unknown key among an experience’s competencies', () => {
    const result = experienceSchema.safeParse({
      ...fullExperience(),
      competencies: ['netwerken', 'samenwerken'],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['competencies', 1]);
  });

  it('rejects a wrongly cased key on a reflection, goal and leermeter score', () => {
    const reflection = createReflection({ title: 'R', date: '2026-01-01' }, NOW);
    expect(reflectionSchema.safeParse({ ...reflection, competencies: ['Netwerken'] }).success).toBe(
      false,
    );
    const goal = createGoal({ text: 'G', competency: 'netwerken' }, NOW);
    expect(goalSchema.safeParse({ ...goal, competency: 'Netwerken' }).success).toBe(false);
    const score = createLeermeterScore(
      { competency: 'netwerken', step: 3, date: '2026-01-01' },
      NOW,
    );
    expect(leermeterScoreSchema.safeParse({ ...score, competency: 'network' }).success).toBe(false);
  });

  it('allows a goal without a competency', () => {
    expect(goalSchema.safeParse(createGoal({ text: 'Cv maken' }, NOW)).success).toBe(true);
  });
});

describe('factories', () => {
  it('stamp a new record with a fresh id and the given time', () => {
    const a = createTrait({ kind: 'kwaliteit', name: 'Netjes' }, NOW);
    const b = createTrait({ kind: 'kwaliteit', name: 'Netjes' }, NOW);
    expect(a.id).not.toBe(b.id);
    expect(a).toMatchObject({
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
      deletedAt: null,
    });
  });

  it('trim what the pupil typed and fill sensible defaults', () => {
    const goal = createGoal({ text: '  Stage zoeken ' }, NOW);
    expect(goal).toMatchObject({ text: 'Stage zoeken', status: 'open', competency: null });
    expect(
      createChoice({ option: ' Kok ', kind: 'beroep', date: '2026-01-01' }, NOW),
    ).toMatchObject({ option: 'Kok', status: 'overwegen', pros: [], cons: [] });
    expect(createConversation({ kind: 'voortgangsgesprek', date: '2026-01-01' }, NOW).held).toBe(
      false,
    );
    expect(createAfspraak('  Cv maken ')).toMatchObject({ text: 'Cv maken', done: false });
    expect(
      createLeermeterScore({ competency: 'netwerken', step: 2, date: '2026-01-01' }, NOW).scoredBy,
    ).toBe('leerling');
  });

  it('produce records the schema keeps unchanged', () => {
    for (const { name, schema, make } of RECORD_CASES) {
      const record = make();
      expect(schema.parse(record), name).toEqual(record);
    }
  });

  it('leave a blank title to the schema to refuse', () => {
    const blank = createExperience({ kind: 'open-dag', title: '   ', date: '2026-01-01' }, NOW);
    expect(experienceSchema.safeParse(blank).success).toBe(false);
  });
});

describe('withChanges, markDeleted, markRestored', () => {
  it('withChanges applies the changes, moves updatedAt and keeps id and createdAt', () => {
    const goal = createGoal({ text: 'Stage zoeken' }, NOW);
    const changed = withChanges(goal, { status: 'gedaan' }, LATER);
    expect(changed).toEqual({ ...goal, status: 'gedaan', updatedAt: LATER.toISOString() });
    expect(changed.createdAt).toBe(NOW.toISOString());
    expect(goal.status).toBe('open');
    expect(goal.updatedAt).toBe(NOW.toISOString());
  });

  it('markDeleted puts a record in the trash, markRestored takes it out', () => {
    const trait = createTrait({ kind: 'motief', name: 'Buiten werken' }, NOW);
    const deleted = markDeleted(trait, LATER);
    expect(deleted).toMatchObject({
      deletedAt: LATER.toISOString(),
      updatedAt: LATER.toISOString(),
      createdAt: NOW.toISOString(),
    });
    expect(isLive(deleted)).toBe(false);
    expect(isLive(trait)).toBe(true);
    expect(traitSchema.safeParse(deleted).success).toBe(true);

    const restoredAt = at('2026-11-27T10:00:00.000Z');
    const restored = markRestored(deleted, restoredAt);
    expect(restored).toEqual({ ...trait, updatedAt: restoredAt.toISOString() });
    expect(isLive(restored)).toBe(true);
  });
});

describe('localDay', () => {
  it('gives the local calendar day east of UTC, where UTC is still yesterday', () => {
    // 23:30 UTC on 31 March is 01:30 on 1 April in Amsterdam (summer time).
    const day = inTimeZone('Europe/Amsterdam', () => localDay(at('2026-03-31T23:30:00Z')));
    expect(day).toBe('2026-04-01');
  });

  it('gives the local calendar day west of UTC, where UTC is already tomorrow', () => {
    const day = inTimeZone('America/Los_Angeles', () => localDay(at('2026-01-01T03:00:00Z')));
    expect(day).toBe('2025-12-31');
  });

  it('pads month, day and year', () => {
    expect(localDay(new Date(2026, 0, 5))).toBe('2026-01-05');
    const early = new Date(2026, 0, 5);
    early.setFullYear(999);
    expect(localDay(early)).toBe('0999-01-05');
  });
});
