// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { getDatabase, saveProfile } from '@/db';
import {
  createConversation,
  createExperience,
  createProfile,
  markDeleted,
  newRecordBase,
  type Feedback,
  type MentorTalk,
  type Profile,
} from '@/domain';
import { buildFeedbackDocument } from '@/dossier/feedback/serialize';
import MentorFeedbackList from '@/components/feedback/MentorFeedbackList.vue';
import FeedbackImport from '@/components/feedback/FeedbackImport.vue';
import ConversationsView from '@/views/ConversationsView.vue';
import PupilMentorTalkView from '@/views/PupilMentorTalkView.vue';
import { eventually, mountView, resetDatabase } from '../support';

const NOW = new Date('2026-11-20T10:00:00.000Z');
let profile: Profile;

beforeEach(async () => {
  await resetDatabase();
  profile = await saveProfile(getDatabase(), createProfile({ name: 'Daan', sector: 'mbo-2' }, NOW));
});
afterEach(() => {
  document.body.innerHTML = '';
});

function comment(targetId: string, text: string): Feedback {
  return {
    ...newRecordBase(NOW),
    targetId,
    authorName: 'Dhr. Bakker',
    authorRole: 'mentor',
    text,
  };
}

function talk(overrides: Partial<MentorTalk> = {}): MentorTalk {
  return {
    ...newRecordBase(NOW),
    conversationId: null,
    kind: 'trialoog',
    date: '2026-11-18',
    authorName: 'Dhr. Bakker',
    authorRole: 'mentor',
    participants: [{ name: 'Mo Haddou', role: 'praktijkopleider' }],
    summary: 'Je stage loopt goed.',
    afspraken: [{ id: crypto.randomUUID(), text: 'Verslag afmaken', done: false }],
    agreedGoals: [
      {
        id: crypto.randomUUID(),
        title: 'Open dag bezoeken',
        competency: 'netwerken',
        dueDate: null,
      },
    ],
    ...overrides,
  };
}

describe('MentorFeedbackList', () => {
  it('shows the mentor’s comments, marked with a visible label, as plain text', async () => {
    const experience = createExperience(
      { kind: 'bijbaan', title: 'Bakkerij', date: '2026-11-01' },
      NOW,
    );
    const markup = '<img src=x onerror=alert(1)> Goed gedaan!';
    await getDatabase().feedback.bulkPut([
      comment(experience.id, markup),
      markDeleted(comment(experience.id, 'Weggegooid'), NOW),
      comment(crypto.randomUUID(), 'Over iets anders'),
    ]);
    const { wrapper } = await mountView(MentorFeedbackList, { props: { targetId: experience.id } });
    await eventually(() => expect(wrapper.findAll('article')).toHaveLength(1));
    const item = wrapper.find('article');
    expect(item.find('.mentor-feedback__badge').text()).toBe('Van je mentor');
    expect(item.find('h2').text()).toBe('Feedback van je mentor Dhr. Bakker');
    expect(item.find('time').text()).toBe('20 november 2026');
    expect(item.find('.mentor-feedback__text').text()).toBe(markup);
    expect(wrapper.find('img').exists()).toBe(false);
  });

  it('shows nothing for an entry without feedback', async () => {
    const { wrapper } = await mountView(MentorFeedbackList, {
      props: { targetId: crypto.randomUUID() },
    });
    await flushPromises();
    expect(wrapper.find('section').exists()).toBe(false);
  });
});

describe('mentor talks on the pupil’s side', () => {
  it('lists them in the conversations screen as their own, marked cards', async () => {
    const recorded = talk();
    await getDatabase().mentorTalks.put(recorded);
    const { wrapper } = await mountView(ConversationsView, { path: '/gesprekken' });
    await eventually(() => expect(wrapper.find('.mentor-talk-card').exists()).toBe(true));
    const card = wrapper.find('.mentor-talk-card');
    expect(card.find('.mentor-talk-card__badge').text()).toBe('Vastgelegd door je mentor');
    expect(card.find('a').attributes('href')).toBe(`/gesprekken/mentor/${recorded.id}`);
    expect(card.text()).toContain('Door Dhr. Bakker (mentor)');
    expect(card.text()).toContain('1 afspraak, 1 afgesproken doel');
  });

  it('shows a talk read-only and takes an agreed goal over once, as the pupil’s own goal', async () => {
    const db = getDatabase();
    const own = createConversation({ kind: 'trialoog', date: '2026-11-18' }, NOW);
    await db.conversations.put(own);
    const recorded = talk({ conversationId: own.id });
    await db.mentorTalks.put(recorded);
    const { wrapper } = await mountView(PupilMentorTalkView, {
      path: `/gesprekken/mentor/${recorded.id}`,
      props: { id: recorded.id },
    });
    await eventually(() => expect(wrapper.find('h1').text()).toMatch(/^Trialoog/));
    expect(wrapper.text()).toContain('Je stage loopt goed.');
    expect(wrapper.text()).toContain('Verslag afmaken');
    expect(wrapper.text()).toContain('Ook bij het gesprek: Mo Haddou (praktijkopleider)');
    expect(wrapper.find('textarea').exists()).toBe(false);
    expect(wrapper.find('input').exists()).toBe(false);

    const adopt = wrapper.find('.mentor-talk__goal button');
    expect(adopt.text()).toBe('Neem over als doel: Open dag bezoeken');
    await adopt.trigger('click');
    await eventually(() =>
      expect(wrapper.find('.mentor-talk__adopted').text()).toContain('Overgenomen'),
    );
    expect(wrapper.find('.mentor-talk__goal button').exists()).toBe(false);

    const goals = await db.goals.toArray();
    expect(goals).toHaveLength(1);
    expect(goals[0]).toMatchObject({
      id: recorded.agreedGoals[0]!.id,
      text: 'Open dag bezoeken',
      competency: 'netwerken',
      status: 'open',
      sourceId: own.id,
    });
    // The mentor's record is untouched.
    expect(await db.mentorTalks.get(recorded.id)).toEqual(recorded);
  });

  it('says so when the talk is not there', async () => {
    const id = crypto.randomUUID();
    const { wrapper } = await mountView(PupilMentorTalkView, {
      path: `/gesprekken/mentor/${id}`,
      props: { id },
    });
    await eventually(() => expect(wrapper.text()).toContain('staat niet (meer) in je dossier'));
  });
});

describe('FeedbackImport', () => {
  function document(dossierId: string) {
    const experience = createExperience(
      { kind: 'bijbaan', title: 'Bakkerij', date: '2026-11-01' },
      NOW,
    );
    return {
      experience,
      document: buildFeedbackDocument({
        dossierId,
        author: { name: 'Dhr. Bakker', role: 'mentor' },
        feedback: [comment(experience.id, 'Mooi!'), comment(crypto.randomUUID(), 'Weg')],
        leermeter: [],
        mentorTalks: [talk()],
        exportedAt: NOW,
        generator: { name: 'Loopbaandossier', version: 'test' },
      }),
    };
  }

  it('previews, imports on confirm, and says "nothing new" the second time', async () => {
    const given = document(profile.dossierId);
    await getDatabase().experiences.put(given.experience);
    const first = await mountView(FeedbackImport, { props: { document: given.document } });
    await eventually(() => expect(first.wrapper.text()).toContain('Nieuw: 2.'));
    expect(first.wrapper.text()).toContain('2 opmerkingen');
    expect(first.wrapper.text()).toContain('1 opmerking gaat over iets wat niet (meer)');
    expect(await getDatabase().feedback.count()).toBe(0);
    await first.wrapper.find('button.button--primary').trigger('click');
    await eventually(() =>
      expect(first.wrapper.find('[role="status"]').text()).toBe(
        'Feedback ingelezen: 2 nieuw, 0 bijgewerkt.',
      ),
    );
    expect(await getDatabase().feedback.count()).toBe(1);
    expect(await getDatabase().mentorTalks.count()).toBe(1);
    first.wrapper.unmount();

    const second = await mountView(FeedbackImport, { props: { document: given.document } });
    await eventually(() => expect(second.wrapper.text()).toContain('Niets nieuws'));
    expect(second.wrapper.find('button.button--primary').exists()).toBe(false);
  });

  it('refuses feedback for another dossier with a clear message and writes nothing', async () => {
    const given = document(crypto.randomUUID());
    const { wrapper } = await mountView(FeedbackImport, { props: { document: given.document } });
    await eventually(() =>
      expect(wrapper.find('[role="alert"]').text()).toContain(
        'Deze feedback hoort bij het dossier van iemand anders',
      ),
    );
    expect(wrapper.find('button.button--primary').exists()).toBe(false);
    expect(await getDatabase().mentorTalks.count()).toBe(0);
  });
});
