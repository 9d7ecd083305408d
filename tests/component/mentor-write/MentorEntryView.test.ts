// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import MentorEntryView from '@/views/MentorEntryView.vue';
import MentorTalkView from '@/views/MentorTalkView.vue';
import { getDatabase, loadDraft } from '@/db';
import { getMentorDatabase } from '@/mentor/database';
import { useToastStore } from '@/stores/toast';
import { mountView } from '../support';
import { button, eventually, field, valueOf } from '../forms/helpers';
import { seedMentorWithPupil, unmountedAfterEach } from './mentor-setup';

let dossierId = '';
let experienceId = '';

beforeEach(async () => {
  const document = await seedMentorWithPupil({ name: 'Mevrouw Jansen', role: 'slb' });
  dossierId = document.dossierId;
  experienceId = document.experiences[0]!.id;
});
const openViews = unmountedAfterEach();

async function openEntry() {
  const path = `/begeleiden/${dossierId}/item/${experienceId}`;
  const mounted = await mountView(MentorEntryView, {
    path,
    props: { dossierId, entryId: experienceId },
  });
  openViews.push(mounted.wrapper);
  await eventually(() => expect(mounted.wrapper.find('textarea').exists()).toBe(true));
  return mounted;
}

describe('MentorEntryView', () => {
  it('shows the pupil text read-only and autosaves a comment in the mentor database only', async () => {
    const { wrapper } = await openEntry();
    expect(wrapper.text()).toContain('Snuffelstage bij bakkerij De Korenschoof');
    expect(wrapper.text()).toContain('Je schrijft als Mevrouw Jansen');

    await field(wrapper, 'Jouw opmerking').setValue('Goed gedaan, vertel er');
    const key = `mentor-comment:${dossierId}:${experienceId}:new`;
    await eventually(async () =>
      expect(await loadDraft(getMentorDatabase(), key)).toEqual({ text: 'Goed gedaan, vertel er' }),
    );
    // Never in the pupil's own database.
    expect(await getDatabase().drafts.count()).toBe(0);

    openViews.splice(openViews.indexOf(wrapper), 1);
    wrapper.unmount();
    const again = await openEntry();
    expect(valueOf(field(again.wrapper, 'Jouw opmerking'))).toBe('Goed gedaan, vertel er');
  });

  it('adds a comment, edits it, and deletes it with undo', async () => {
    const { wrapper } = await openEntry();
    expect(valueOf(field(wrapper, 'Jouw opmerking'))).toBe('');
    await button(wrapper, 'Opmerking toevoegen').trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('Schrijf eerst je opmerking');
    expect(await getMentorDatabase().feedback.count()).toBe(0);

    await field(wrapper, 'Jouw opmerking').setValue('Mooi beschreven!');
    await wrapper.find('form').trigger('submit');
    await eventually(() =>
      expect(wrapper.find('.mw-comment__text').text()).toBe('Mooi beschreven!'),
    );
    const [stored] = await getMentorDatabase().feedback.toArray();
    expect(stored).toMatchObject({
      dossierId,
      targetId: experienceId,
      authorName: 'Mevrouw Jansen',
      authorRole: 'slb',
      text: 'Mooi beschreven!',
      deletedAt: null,
    });
    expect(valueOf(field(wrapper, 'Jouw opmerking'))).toBe('');

    await wrapper.findAll('.mw-comment__actions button')[0]!.trigger('click');
    await eventually(() => expect(wrapper.find('.mw-comment form').exists()).toBe(true));
    await field(wrapper, 'Opmerking bewerken').setValue('Heel mooi beschreven!');
    await wrapper.find('.mw-comment form').trigger('submit');
    await eventually(() =>
      expect(wrapper.find('.mw-comment__text').text()).toBe('Heel mooi beschreven!'),
    );

    await wrapper.findAll('.mw-comment__actions button')[1]!.trigger('click');
    await eventually(() => expect(wrapper.find('.mw-comment').exists()).toBe(false));
    expect((await getMentorDatabase().feedback.get(stored!.id))?.deletedAt).not.toBeNull();
    await useToastStore().runAction();
    await eventually(() => expect(wrapper.find('.mw-comment').exists()).toBe(true));
    expect((await getMentorDatabase().feedback.get(stored!.id))?.deletedAt).toBeNull();
  });
});

describe('MentorTalkView', () => {
  it('refuses an agreed goal without a title and saves nothing', async () => {
    const path = `/begeleiden/${dossierId}/gesprek`;
    const { wrapper } = await mountView(MentorTalkView, { path, props: { dossierId } });
    openViews.push(wrapper);
    await eventually(() => expect(wrapper.text()).toContain('Ontwikkeldoel toevoegen'));
    await button(wrapper, 'Ontwikkeldoel toevoegen').trigger('click');
    await flushPromises();
    await field(wrapper, 'Klaar op').setValue('2027-01-15');
    await wrapper.find('form').trigger('submit');
    await eventually(() => expect(wrapper.text()).toContain('Geef elk ontwikkeldoel een titel'));
    expect(await getMentorDatabase().talks.count()).toBe(0);

    await field(wrapper, 'Wat wil de leerling bereiken?').setValue('Cv afmaken');
    await wrapper.find('form').trigger('submit');
    await eventually(async () => expect(await getMentorDatabase().talks.count()).toBe(1));
    const [talk] = await getMentorDatabase().talks.toArray();
    expect(talk).toMatchObject({
      dossierId,
      authorName: 'Mevrouw Jansen',
      agreedGoals: [{ title: 'Cv afmaken', competency: null, dueDate: '2027-01-15' }],
    });
  });
});
