import { describe, expect, it } from 'vitest';
import {
  conversationSchema,
  createAfspraak,
  createConversation,
  goalSchema,
  markDeleted,
  type Conversation,
} from '@/domain';
import {
  addGoalsFromConversation,
  afsprakenFromDraft,
  awaitsRecording,
  cleanAfspraken,
  cleanParticipants,
  participantsFromDraft,
  splitConversations,
} from '@/domain/conversations';
import { at } from './support';

const NOW = at('2026-06-01T10:00:00.000Z');

function conversation(date: string, held: boolean): Conversation {
  return { ...createConversation({ kind: 'voortgangsgesprek', date }, NOW), held };
}

describe('splitConversations', () => {
  it('shows prepared talks soonest first and held talks most recent first', () => {
    const nextWeek = conversation('2026-06-08', false);
    const tomorrow = conversation('2026-06-02', false);
    const march = conversation('2026-03-10', true);
    const may = conversation('2026-05-20', true);
    const deleted = markDeleted(conversation('2026-06-03', false), NOW);

    const { upcoming, held } = splitConversations([nextWeek, march, deleted, tomorrow, may]);
    expect(upcoming.map((c) => c.date)).toEqual(['2026-06-02', '2026-06-08']);
    expect(held.map((c) => c.date)).toEqual(['2026-05-20', '2026-03-10']);
  });
});

describe('awaitsRecording', () => {
  it('is true for a prepared talk whose day has passed', () => {
    expect(awaitsRecording(conversation('2026-05-31', false), '2026-06-01')).toBe(true);
    expect(awaitsRecording(conversation('2026-06-01', false), '2026-06-01')).toBe(false);
    expect(awaitsRecording(conversation('2026-05-31', true), '2026-06-01')).toBe(false);
  });
});

describe('cleaning the lists of a recorded talk', () => {
  it('trims participants and drops rows without name and role', () => {
    expect(
      cleanParticipants([
        { name: ' Mevr. Jansen ', role: ' mentor ' },
        { name: '  ', role: '' },
        { name: '', role: 'praktijkopleider' },
      ]),
    ).toEqual([
      { name: 'Mevr. Jansen', role: 'mentor' },
      { name: '', role: 'praktijkopleider' },
    ]);
  });

  it('trims afspraken, drops empty ones and keeps their id and done state', () => {
    const done = { ...createAfspraak('Open dag bezoeken'), done: true };
    const empty = createAfspraak('');
    const padded = { ...createAfspraak('x'), text: '  Cv maken ' };
    expect(cleanAfspraken([done, empty, padded])).toEqual([done, { ...padded, text: 'Cv maken' }]);
  });
});

describe('reading lists back from a draft', () => {
  it('keeps only participant rows of the right shape', () => {
    expect(
      participantsFromDraft([{ name: 'Ali', role: 'coach' }, { name: 3 }, 'Ali', null]),
    ).toEqual([{ name: 'Ali', role: 'coach' }]);
  });

  it('keeps only afspraak rows of the right shape, also with empty text', () => {
    const good = createAfspraak('');
    expect(
      afsprakenFromDraft([good, { id: 'x', text: 'y' }, { ...good, done: 'ja' }, undefined]),
    ).toEqual([good]);
  });
});

describe('addGoalsFromConversation', () => {
  const LATER = at('2026-06-02T09:00:00.000Z');

  it('makes an open goal per line that points back to the conversation', () => {
    const talk = conversation('2026-06-01', true);
    const { conversation: updated, goals } = addGoalsFromConversation(
      talk,
      [' Open dag ROC bezoeken ', '', 'Cv maken'],
      LATER,
    );
    expect(goals.map((goal) => goal.text)).toEqual(['Open dag ROC bezoeken', 'Cv maken']);
    for (const goal of goals) {
      expect(goalSchema.parse(goal)).toEqual(goal);
      expect(goal).toMatchObject({ status: 'open', sourceId: talk.id, competency: null });
      expect(goal.createdAt).toBe(LATER.toISOString());
    }
    expect(updated.goalIds).toEqual(goals.map((goal) => goal.id));
    expect(updated.updatedAt).toBe(LATER.toISOString());
    expect(conversationSchema.parse(updated)).toEqual(updated);
  });

  it('adds to the goals the conversation already had', () => {
    const first = addGoalsFromConversation(conversation('2026-06-01', true), ['Een'], NOW);
    const second = addGoalsFromConversation(first.conversation, ['Twee'], LATER);
    expect(second.conversation.goalIds).toEqual([first.goals[0]!.id, second.goals[0]!.id]);
  });

  it('changes nothing when there are no goal lines', () => {
    const talk = conversation('2026-06-01', true);
    const result = addGoalsFromConversation(talk, ['  ', ''], LATER);
    expect(result.goals).toEqual([]);
    expect(result.conversation).toBe(talk);
  });
});
