// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ConversationsView from '@/views/ConversationsView.vue';
import { conversations, getDatabase, goals, saveProfile } from '@/db';
import {
  createAfspraak,
  createConversation,
  createGoal,
  createProfile,
  localDay,
  type Conversation,
} from '@/domain';
import { mountView, resetDatabase } from '../support';
import { eventually } from '../forms/helpers';

beforeEach(async () => {
  await resetDatabase();
  await saveProfile(getDatabase(), createProfile({ name: 'Daan', sector: 'mbo-2' }, new Date()));
});
afterEach(() => {
  document.body.innerHTML = '';
});

function store(overrides: Partial<Conversation> & Pick<Conversation, 'date'>) {
  return conversations.put(getDatabase(), {
    ...createConversation({ kind: 'voortgangsgesprek', date: overrides.date }, new Date()),
    ...overrides,
  });
}

function section(wrapper: Awaited<ReturnType<typeof mountView>>['wrapper'], heading: string) {
  const found = wrapper.findAll('section').find((s) => s.find('h2').text() === heading);
  if (!found) throw new Error(`No section ${heading}`);
  return found;
}

// Generous: the machine is shared, and a first navigation compiles a lazily loaded screen.
describe('ConversationsView', { timeout: 20_000 }, () => {
  it('says when there are no talks yet', async () => {
    const { wrapper } = await mountView(ConversationsView, { path: '/gesprekken' });
    await eventually(() => expect(wrapper.findAll('section')).toHaveLength(2));
    expect(section(wrapper, 'Komende gesprekken').text()).toContain(
      'Je hebt nu geen gesprek voorbereid.',
    );
    expect(section(wrapper, 'Gehouden gesprekken').text()).toContain(
      'Je hebt nog geen gesprek vastgelegd.',
    );
  });

  it('shows prepared and held talks apart, with their goals as links', async () => {
    const goal = await goals.put(getDatabase(), createGoal({ text: 'Cv maken' }, new Date()));
    await store({
      kind: 'trialoog',
      date: '2099-01-10',
      preparationQuestions: ['Een', 'Twee'],
      topics: 'Mijn stage',
    });
    await store({
      kind: 'loopbaanreflectiegesprek',
      date: '2026-03-01',
      held: true,
      participants: [{ name: 'Mevr. Jansen', role: 'mentor' }],
      afspraken: [{ ...createAfspraak('Open dag'), done: true }, createAfspraak('Stage zoeken')],
      goalIds: [goal.id],
    });

    const { wrapper } = await mountView(ConversationsView, { path: '/gesprekken' });
    await eventually(() => expect(wrapper.findAll('article')).toHaveLength(2));

    const upcoming = section(wrapper, 'Komende gesprekken');
    expect(upcoming.find('h3').text()).toBe('Trialoog (jij, school en je stagebedrijf)');
    expect(upcoming.text()).toContain('Mijn stage');
    expect(upcoming.text()).toContain('2 vragen voorbereid');

    const held = section(wrapper, 'Gehouden gesprekken');
    expect(held.find('h3').text()).toBe('Loopbaanreflectiegesprek');
    expect(held.text()).toContain('Met: Mevr. Jansen (mentor)');
    expect(held.text()).toContain('1 van 2 afspraken gedaan');
    const link = held.findAll('a').find((a) => a.text() === 'Cv maken');
    expect(link?.attributes('href')).toBe(`/doelen/${goal.id}`);
  });

  it('asks to record a prepared talk whose day has passed', async () => {
    const yesterday = new Date();
    yesterday.setDate(yesterday.getDate() - 1);
    await store({ date: localDay(yesterday) });
    const { wrapper } = await mountView(ConversationsView, { path: '/gesprekken' });
    await eventually(() => expect(wrapper.findAll('article')).toHaveLength(1));
    expect(wrapper.text()).toContain('Is dit gesprek geweest?');
  });
});
