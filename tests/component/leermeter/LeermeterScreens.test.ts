// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VueWrapper } from '@vue/test-utils';
import LeermeterFormView from '@/views/LeermeterFormView.vue';
import LeermeterView from '@/views/LeermeterView.vue';
import { useToastStore } from '@/stores/toast';
import { getDatabase, leermeter, loadDraft, saveProfile } from '@/db';
import { createLeermeterScore, createProfile, localDay, type LeermeterScore } from '@/domain';
import { eventually, mountView, resetDatabase } from '../support';

const NOW = new Date('2026-03-01T10:00:00.000Z');

beforeEach(async () => {
  await resetDatabase();
  await saveProfile(getDatabase(), createProfile({ name: 'Daan', sector: 'mbo-2' }, NOW));
});
afterEach(() => {
  document.body.innerHTML = '';
});

function fieldset(wrapper: VueWrapper, name: string) {
  const found = wrapper.findAll('fieldset').find((f) => f.find('legend').text().startsWith(name));
  if (!found) throw new Error(`No fieldset ${name}`);
  return found;
}

async function choose(wrapper: VueWrapper, competency: string, step: number) {
  await fieldset(wrapper, competency).findAll('input[type="radio"]')[step - 1]!.setValue(true);
}

function pupilScores(): Promise<LeermeterScore[]> {
  return leermeter.listLive(getDatabase());
}

describe('a new leermeter round', () => {
  it('offers four described steps for every competency and saves the chosen ones', async () => {
    const { wrapper, router } = await mountView(LeermeterFormView, { path: '/leermeter/nieuw' });
    await eventually(() => expect(wrapper.findAll('fieldset')).toHaveLength(5));
    const netwerken = fieldset(wrapper, 'Netwerken');
    expect(netwerken.find('legend').text()).toContain('Wie kan mij daarbij helpen?');
    expect(netwerken.findAll('label').map((label) => label.text())).toEqual([
      'Stap 1: Net begonnen. Ik vraag nog niemand om hulp bij mijn keuzes.',
      'Stap 2: Op weg. Ik praat soms met anderen over werk of opleidingen.',
      'Stap 3: Goed op weg. Ik weet wie mij kan helpen en neem zelf contact op.',
      'Stap 4: Sterk. Ik bouw zelf contacten op en gebruik ze voor mijn volgende stap.',
    ]);

    await choose(wrapper, 'Netwerken', 3);
    await choose(wrapper, 'Werkexploratie', 2);
    await fieldset(wrapper, 'Netwerken').find('textarea').setValue('  Zelf de bakker gebeld.  ');
    await wrapper.find('form').trigger('submit');

    await eventually(async () => expect(await pupilScores()).toHaveLength(2));
    const saved = await pupilScores();
    expect(saved.map((s) => [s.competency, s.step, s.note, s.scoredBy, s.date]).sort()).toEqual([
      ['netwerken', 3, 'Zelf de bakker gebeld.', 'leerling', localDay(new Date())],
      ['werkexploratie', 2, '', 'leerling', localDay(new Date())],
    ]);
    await eventually(() => expect(router.currentRoute.value.name).toBe('leermeter'));
    expect(await loadDraft(getDatabase(), 'leermeter:new')).toBeUndefined();
  });

  it('asks for at least one score and writes nothing without one', async () => {
    const { wrapper } = await mountView(LeermeterFormView, { path: '/leermeter/nieuw' });
    await eventually(() => expect(wrapper.find('form').exists()).toBe(true));
    await wrapper.find('form').trigger('submit');
    await eventually(() =>
      expect(wrapper.find('[role="alert"]').text()).toBe(
        'Kies bij minstens één competentie hoe ver je bent, en sla dan op.',
      ),
    );
    expect(await pupilScores()).toEqual([]);
  });

  it('refuses a second round on a day that has one, and changes nothing', async () => {
    const db = getDatabase();
    await leermeter.put(
      db,
      createLeermeterScore({ competency: 'netwerken', step: 1, date: '2026-02-01' }, NOW),
    );
    const { wrapper } = await mountView(LeermeterFormView, { path: '/leermeter/nieuw' });
    await eventually(() => expect(wrapper.find('form').exists()).toBe(true));
    await wrapper.find('input[type="date"]').setValue('2026-02-01');
    await choose(wrapper, 'Netwerken', 4);
    await wrapper.find('form').trigger('submit');
    await eventually(() => expect(wrapper.text()).toContain('Op deze datum heb je al een meting.'));
    expect((await pupilScores()).map((s) => s.step)).toEqual([1]);
  });

  it('keeps a draft of the choices, so a reload loses nothing', async () => {
    const first = await mountView(LeermeterFormView, { path: '/leermeter/nieuw' });
    await eventually(() => expect(first.wrapper.find('form').exists()).toBe(true));
    await choose(first.wrapper, 'Loopbaansturing', 2);
    await fieldset(first.wrapper, 'Loopbaansturing').find('textarea').setValue('Half getypt');
    await eventually(async () =>
      expect(await loadDraft(getDatabase(), 'leermeter:new')).toMatchObject({
        loopbaansturing: 2,
        loopbaansturingNote: 'Half getypt',
      }),
    );
    first.wrapper.unmount();

    const second = await mountView(LeermeterFormView, { path: '/leermeter/nieuw' });
    await eventually(() =>
      expect(second.wrapper.text()).toContain('Je was hier eerder mee bezig.'),
    );
    const radios = fieldset(second.wrapper, 'Loopbaansturing').findAll('input[type="radio"]');
    expect(radios.map((r) => (r.element as HTMLInputElement).checked)).toEqual([
      false,
      true,
      false,
      false,
    ]);
    expect(
      (fieldset(second.wrapper, 'Loopbaansturing').find('textarea').element as HTMLTextAreaElement)
        .value,
    ).toBe('Half getypt');
  });
});

describe('changing a round', () => {
  it('opens the round of a day and updates its scores in place', async () => {
    const db = getDatabase();
    const before = createLeermeterScore(
      { competency: 'netwerken', step: 1, date: '2026-02-01', note: 'Eerste keer' },
      NOW,
    );
    await leermeter.put(db, before);
    const { wrapper } = await mountView(LeermeterFormView, {
      path: '/leermeter/2026-02-01',
      props: { date: '2026-02-01' },
    });
    await eventually(() =>
      expect(wrapper.find('h1').text()).toBe('Meting van 1 februari 2026 aanpassen'),
    );
    const radios = fieldset(wrapper, 'Netwerken').findAll('input[type="radio"]');
    expect((radios[0]!.element as HTMLInputElement).checked).toBe(true);
    await choose(wrapper, 'Netwerken', 2);
    await choose(wrapper, 'Motievenreflectie', 3);
    await wrapper.find('form').trigger('submit');
    await eventually(async () => expect(await pupilScores()).toHaveLength(2));
    const netwerken = (await pupilScores()).find((s) => s.competency === 'netwerken');
    expect(netwerken).toMatchObject({ id: before.id, step: 2, note: 'Eerste keer' });
  });

  it('says so when the round does not exist', async () => {
    const { wrapper } = await mountView(LeermeterFormView, {
      path: '/leermeter/2026-13-45',
      props: { date: '2026-13-45' },
    });
    await eventually(() =>
      expect(wrapper.find('[role="alert"]').text()).toBe(
        'Deze meting bestaat niet (meer). Ga terug naar de leermeter.',
      ),
    );
  });
});

describe('the leermeter screen', () => {
  async function seedHistory() {
    const db = getDatabase();
    await leermeter.putMany(db, [
      createLeermeterScore({ competency: 'netwerken', step: 1, date: '2025-10-01' }, NOW),
      createLeermeterScore({ competency: 'werkexploratie', step: 3, date: '2025-10-01' }, NOW),
      createLeermeterScore(
        { competency: 'netwerken', step: 3, date: '2026-02-01', note: 'Stage zelf geregeld' },
        NOW,
      ),
      createLeermeterScore(
        { competency: 'netwerken', step: 2, date: '2026-02-03', scoredBy: 'mentor' },
        NOW,
      ),
    ]);
  }

  it('shows growth per competency and every round, newest first', async () => {
    await seedHistory();
    const { wrapper } = await mountView(LeermeterView, { path: '/leermeter' });
    await eventually(() => expect(wrapper.findAll('figure')).toHaveLength(2));
    const netwerken = wrapper.findAll('li.card').find((li) => li.find('h3').text() === 'Netwerken');
    expect(netwerken!.text()).toContain('Nu: Goed op weg');
    expect(netwerken!.text()).toContain('Gegroeid van Net begonnen naar Goed op weg.');
    // The mentor's view is drawn beside the pupil's own.
    expect(netwerken!.findAll('.leermeter-chart__legend li').map((li) => li.text())).toEqual([
      'Zelf',
      'Mentor',
    ]);
    // And the mentor's latest score is named in words beside the pupil's "Nu".
    expect(netwerken!.find('.leermeter__other').text()).toBe('Volgens Mentor: Op weg');
    const werk = wrapper.findAll('li.card').find((li) => li.find('h3').text() === 'Werkexploratie');
    expect(werk!.text()).toContain('Je eerste meting.');
    const kwaliteiten = wrapper
      .findAll('li.card')
      .find((li) => li.find('h3').text() === 'Kwaliteitenreflectie');
    expect(kwaliteiten!.text()).toContain('Nog geen score.');

    const rounds = wrapper.findAll('h3').filter((h) => h.text().startsWith('Meting van'));
    expect(rounds.map((h) => h.text())).toEqual([
      'Meting van 1 februari 2026',
      'Meting van 1 oktober 2025',
    ]);
    expect(wrapper.text()).toContain('Stage zelf geregeld');
  });

  it('moves a round to the trash with undo', async () => {
    await seedHistory();
    const { wrapper } = await mountView(LeermeterView, { path: '/leermeter' });
    const roundTitles = () =>
      wrapper
        .findAll('h3')
        .filter((h) => h.text().startsWith('Meting van'))
        .map((h) => h.text());
    await eventually(() => expect(roundTitles()).toHaveLength(2));

    await wrapper
      .find('button[aria-label="Meting van 1 oktober 2025 verwijderen"]')
      .trigger('click');
    await eventually(() => expect(roundTitles()).toEqual(['Meting van 1 februari 2026']));
    // Both scores of that day went to the trash; the mentor's and the other round stayed.
    expect((await pupilScores()).map((s) => s.date).sort()).toEqual(['2026-02-01', '2026-02-03']);
    const toast = useToastStore();
    expect(toast.current?.message).toBe('Naar de prullenbak verplaatst.');

    await toast.runAction();
    await eventually(() => expect(roundTitles()).toHaveLength(2));
    expect(await pupilScores()).toHaveLength(4);
  });
});
