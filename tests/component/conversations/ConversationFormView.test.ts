// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import ConversationFormView from '@/views/ConversationFormView.vue';
import { conversations, getDatabase, goals, loadDraft, saveProfile } from '@/db';
import {
  conversationSchema,
  createConversation,
  createGoal,
  createProfile,
  type Conversation,
} from '@/domain';
import { useToastStore } from '@/stores/toast';
import { mountView, resetDatabase } from '../support';
import { button, checkbox, eventually, field, valueOf } from '../forms/helpers';

beforeEach(async () => {
  await resetDatabase();
  await saveProfile(getDatabase(), createProfile({ name: 'Sanne', sector: 'mbo-2' }, new Date()));
});
afterEach(() => {
  document.body.innerHTML = '';
});

type Wrapper = Awaited<ReturnType<typeof mountView>>['wrapper'];

async function openForm(path = '/gesprekken/nieuw', props: object = {}) {
  const mounted = await mountView(ConversationFormView, { path, props });
  await eventually(() => expect(mounted.wrapper.find('form').exists()).toBe(true));
  return mounted;
}

async function addLine(wrapper: Wrapper, addLabel: string, itemLabel: string, text: string) {
  await button(wrapper, addLabel).trigger('click');
  await flushPromises();
  await field(wrapper, itemLabel).setValue(text);
}

function storePrepared(overrides: Partial<Conversation> = {}) {
  return conversations.put(getDatabase(), {
    ...createConversation(
      { kind: 'trialoog', date: '2026-11-20', topics: 'Hoe gaat mijn stage?' },
      new Date('2026-11-01T10:00:00Z'),
    ),
    preparationQuestions: ['Wat doe ik goed?'],
    ...overrides,
  });
}

// Generous: the machine is shared, and a first navigation compiles a lazily loaded screen.
describe('ConversationFormView', { timeout: 20_000 }, () => {
  it('prepares a trialoog with topics and questions', async () => {
    const { wrapper, router } = await openForm();
    expect(wrapper.find('h1').text()).toBe('Gesprek voorbereiden');
    // Recording is only offered once the talk took place.
    expect(wrapper.text()).not.toContain('Met wie sprak je?');

    await field(wrapper, 'Soort gesprek').setValue('trialoog');
    await field(wrapper, 'Datum van het gesprek').setValue('2026-12-01');
    await field(wrapper, 'Waar wil je over praten?').setValue('Mijn stage bij de kinderopvang');
    await addLine(wrapper, 'Vraag toevoegen', 'Vraag 1', 'Wat vindt u dat ik goed doe?');
    await addLine(wrapper, 'Vraag toevoegen', 'Vraag 2', '');
    await addLine(wrapper, 'Vraag toevoegen', 'Vraag 3', 'Mag ik een keer meedraaien?');
    await wrapper.find('form').trigger('submit');

    const [saved] = await eventually(async () => {
      const live = await conversations.listLive(getDatabase());
      expect(live).toHaveLength(1);
      return live;
    });
    expect(conversationSchema.parse(saved)).toEqual(saved);
    expect(saved).toMatchObject({
      kind: 'trialoog',
      date: '2026-12-01',
      topics: 'Mijn stage bij de kinderopvang',
      preparationQuestions: ['Wat vindt u dat ik goed doe?', 'Mag ik een keer meedraaien?'],
      held: false,
      goalIds: [],
    });
    await eventually(() => expect(router.currentRoute.value.name).toBe('conversations'));
    expect(await loadDraft(getDatabase(), 'conversation:new')).toBeUndefined();
  });

  it('records a held talk: who, summary, afspraken and new goals that point back to it', async () => {
    const prepared = await storePrepared();
    const { wrapper } = await openForm(`/gesprekken/${prepared.id}`, { id: prepared.id });
    expect(valueOf(field(wrapper, 'Vraag 1'))).toBe('Wat doe ik goed?');

    await checkbox(wrapper, 'Het gesprek is geweest').setValue(true);
    await addLine(wrapper, 'Persoon toevoegen', 'Naam (Persoon 1)', 'Mevr. Jansen');
    await field(wrapper, 'Rol (Persoon 1)').setValue('mentor');
    await addLine(wrapper, 'Persoon toevoegen', 'Naam (Persoon 2)', 'Kees');
    await field(wrapper, 'Rol (Persoon 2)').setValue('praktijkopleider');
    await field(wrapper, 'Waar hebben jullie over gepraat?').setValue('Het gaat goed op stage.');
    await addLine(wrapper, 'Afspraak toevoegen', 'Afspraak 1', 'Verslag inleveren');
    await checkbox(wrapper, 'Gedaan (Afspraak 1)').setValue(true);
    await addLine(wrapper, 'Afspraak toevoegen', 'Afspraak 2', 'Open dag bezoeken');
    await addLine(wrapper, 'Doel toevoegen', 'Nieuw doel 1', 'Vaker zelf vragen stellen');
    await addLine(wrapper, 'Doel toevoegen', 'Nieuw doel 2', '  ');
    await wrapper.find('form').trigger('submit');

    const stored = await eventually(async () => {
      const found = await conversations.get(getDatabase(), prepared.id);
      expect(found?.held).toBe(true);
      return found!;
    });
    expect(conversationSchema.parse(stored)).toEqual(stored);
    expect(stored.participants).toEqual([
      { name: 'Mevr. Jansen', role: 'mentor' },
      { name: 'Kees', role: 'praktijkopleider' },
    ]);
    expect(stored.summary).toBe('Het gaat goed op stage.');
    expect(stored.afspraken.map(({ text, done }) => ({ text, done }))).toEqual([
      { text: 'Verslag inleveren', done: true },
      { text: 'Open dag bezoeken', done: false },
    ]);
    expect(stored.preparationQuestions).toEqual(['Wat doe ik goed?']);
    expect(stored.goalIds).toHaveLength(1);
    const goal = await goals.get(getDatabase(), stored.goalIds[0]!);
    expect(goal).toMatchObject({
      text: 'Vaker zelf vragen stellen',
      status: 'open',
      sourceId: prepared.id,
    });

    // Opened again, the goal shows as a link to the goals screen, and no goal is made twice.
    const again = await openForm(`/gesprekken/${prepared.id}`, { id: prepared.id });
    const link = again.wrapper.findAll('a').find((a) => a.text() === 'Vaker zelf vragen stellen');
    expect(link?.attributes('href')).toBe(`/doelen/${goal!.id}`);
    expect(() => field(again.wrapper, 'Nieuw doel 1')).toThrow();
    await again.wrapper.find('form').trigger('submit');
    await eventually(async () =>
      expect(
        (await conversations.get(getDatabase(), prepared.id))!.updatedAt > stored.updatedAt,
      ).toBe(true),
    );
    expect(await goals.countLive(getDatabase())).toBe(1);
  });

  it('brings back participants, afspraken and goal lines after a reload', async () => {
    const prepared = await storePrepared();
    const first = await openForm(`/gesprekken/${prepared.id}`, { id: prepared.id });
    await checkbox(first.wrapper, 'Het gesprek is geweest').setValue(true);
    await addLine(first.wrapper, 'Persoon toevoegen', 'Naam (Persoon 1)', 'Ali');
    await addLine(first.wrapper, 'Afspraak toevoegen', 'Afspraak 1', 'Cv maken');
    await checkbox(first.wrapper, 'Gedaan (Afspraak 1)').setValue(true);
    await addLine(first.wrapper, 'Doel toevoegen', 'Nieuw doel 1', 'Stage zoeken');
    await eventually(async () =>
      expect(await loadDraft(getDatabase(), `conversation:${prepared.id}`)).toMatchObject({
        held: true,
        participants: [{ name: 'Ali', role: '' }],
        afspraken: [{ text: 'Cv maken', done: true }],
        newGoals: ['Stage zoeken'],
      }),
    );
    first.wrapper.unmount();

    const second = await openForm(`/gesprekken/${prepared.id}`, { id: prepared.id });
    expect(second.wrapper.text()).toContain('We hebben teruggezet wat je had getypt.');
    expect(checkbox(second.wrapper, 'Het gesprek is geweest').element.checked).toBe(true);
    expect(valueOf(field(second.wrapper, 'Naam (Persoon 1)'))).toBe('Ali');
    expect(valueOf(field(second.wrapper, 'Afspraak 1'))).toBe('Cv maken');
    expect(checkbox(second.wrapper, 'Gedaan (Afspraak 1)').element.checked).toBe(true);
    expect(valueOf(field(second.wrapper, 'Nieuw doel 1'))).toBe('Stage zoeken');
    // Nothing was saved for real yet.
    expect((await conversations.get(getDatabase(), prepared.id))?.held).toBe(false);
    expect(await goals.countLive(getDatabase())).toBe(0);
  });

  it('leaves out goals that are in the trash and can move the talk to the trash with undo', async () => {
    const db = getDatabase();
    const kept = await goals.put(db, createGoal({ text: 'Blijft' }, new Date()));
    const trashed = await goals.put(db, {
      ...createGoal({ text: 'Weggegooid' }, new Date()),
      deletedAt: new Date().toISOString(),
    });
    const prepared = await storePrepared({ held: true, goalIds: [kept.id, trashed.id] });
    const { wrapper, router } = await openForm(`/gesprekken/${prepared.id}`, { id: prepared.id });
    expect(wrapper.text()).toContain('Blijft');
    expect(wrapper.text()).not.toContain('Weggegooid');

    await button(wrapper, 'Gesprek verwijderen').trigger('click');
    await eventually(async () =>
      expect((await conversations.get(db, prepared.id))?.deletedAt).not.toBeNull(),
    );
    await eventually(() => expect(router.currentRoute.value.name).toBe('conversations'));
    const toast = useToastStore();
    expect(toast.current?.action?.label).toBe('Ongedaan maken');
    await toast.runAction();
    expect((await conversations.get(db, prepared.id))?.deletedAt).toBeNull();
  });

  it('refuses an invalid date and saves nothing', async () => {
    const { wrapper } = await openForm();
    await field(wrapper, 'Datum van het gesprek').setValue('');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('Kies een geldige datum.');
    expect(await conversations.countLive(getDatabase())).toBe(0);
  });
});
