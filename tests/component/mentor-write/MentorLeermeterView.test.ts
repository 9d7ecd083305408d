// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import MentorLeermeterView from '@/views/MentorLeermeterView.vue';
import { localDay } from '@/domain';
import { getMentorDatabase } from '@/mentor/database';
import { saveMentorRound } from '@/mentor/scores';
import { mountView } from '../support';
import { button, eventually, field } from '../forms/helpers';
import { seedMentorWithPupil, unmountedAfterEach } from './mentor-setup';

let dossierId = '';

beforeEach(async () => {
  const document = await seedMentorWithPupil({ name: 'Karin de Bakker', role: 'praktijkopleider' });
  dossierId = document.dossierId;
});
const openViews = unmountedAfterEach();

async function open() {
  const path = `/begeleiden/${dossierId}/leermeter`;
  const mounted = await mountView(MentorLeermeterView, { path, props: { dossierId } });
  openViews.push(mounted.wrapper);
  await eventually(() => expect(mounted.wrapper.findAll('input[type="radio"]').length).toBe(20));
  return mounted;
}

/** The radio of one step in the fieldset of one competency. */
function stepRadio(
  wrapper: Awaited<ReturnType<typeof open>>['wrapper'],
  name: string,
  step: number,
) {
  const fieldset = wrapper
    .findAll('fieldset')
    .find((candidate) => candidate.find('legend').text().startsWith(name));
  if (!fieldset) throw new Error(`No competency ${name}`);
  return fieldset.findAll<HTMLInputElement>('input[type="radio"]')[step - 1]!;
}

describe('MentorLeermeterView', () => {
  it('draws the pupil scores from the copy and saves the mentor round beside them', async () => {
    const { wrapper } = await open();
    // The copy already holds the pupil's own score and an earlier mentor score for netwerken.
    expect(wrapper.findAll('[data-scored-by="leerling"]')).toHaveLength(1);

    await button(wrapper, 'Scores bewaren').trigger('click');
    await eventually(() => expect(wrapper.text()).toContain('Kies bij minstens één competentie'));
    expect(await getMentorDatabase().leermeter.count()).toBe(0);

    await stepRadio(wrapper, 'Netwerken', 4).setValue(true);
    await stepRadio(wrapper, 'Werkexploratie', 2).setValue(true);
    await button(wrapper, 'Scores bewaren').trigger('click');
    await eventually(async () => expect(await getMentorDatabase().leermeter.count()).toBe(2));
    const rows = await getMentorDatabase().leermeter.toArray();
    expect(
      rows.map((row) => [row.competency, row.step, row.scoredBy, row.scorerName]).sort(),
    ).toEqual([
      ['netwerken', 4, 'praktijkopleider', 'Karin de Bakker'],
      ['werkexploratie', 2, 'praktijkopleider', 'Karin de Bakker'],
    ]);
    expect(
      rows.every((row) => row.dossierId === dossierId && row.date === localDay(new Date())),
    ).toBe(true);
    // The new series appears in the charts, the pupil's own stays as it was.
    await eventually(() =>
      expect(wrapper.findAll('[data-scored-by="praktijkopleider"]').length).toBe(2),
    );
    expect(wrapper.findAll('[data-scored-by="leerling"]')).toHaveLength(1);
  });

  it('shows the scores of an earlier day when that day is picked', async () => {
    await saveMentorRound(
      getMentorDatabase(),
      {
        dossierId,
        date: '2026-10-01',
        author: { name: 'Karin de Bakker', role: 'praktijkopleider' },
        steps: { motievenreflectie: { step: 3, note: 'Weet goed wat ze wil' } },
      },
      new Date(),
    );
    const { wrapper } = await open();
    expect(stepRadio(wrapper, 'Motievenreflectie', 3).element.checked).toBe(false);
    await field(wrapper, 'Datum van jouw meting').setValue('2026-10-01');
    await eventually(() =>
      expect(stepRadio(wrapper, 'Motievenreflectie', 3).element.checked).toBe(true),
    );
  });
});
