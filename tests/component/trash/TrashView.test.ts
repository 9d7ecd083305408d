// @vitest-environment happy-dom
import { Blob as NodeBlob } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import TrashView from '@/views/TrashView.vue';
import ToastHost from '@/components/app/ToastHost.vue';
import {
  addAttachment,
  attachments,
  choices,
  conversations,
  experiences,
  feedback,
  getDatabase,
  goals,
  leermeter,
  reflections,
  saveProfile,
  traits,
  type DossierDatabase,
} from '@/db';
import {
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
} from '@/domain';
import { eventually, mountView, resetDatabase } from '../support';

const NOW = new Date('2026-11-20T09:00:00.000Z');

beforeEach(async () => {
  // Node's Blob: the in-memory IndexedDB stores it as a real browser does (happy-dom's it cannot).
  vi.stubGlobal('Blob', NodeBlob);
  await resetDatabase();
  await saveProfile(getDatabase(), createProfile({ name: 'Sanne', sector: 'vmbo-kb' }, NOW));
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

interface Trashable {
  softDelete(db: DossierDatabase, id: string, now: Date): Promise<unknown>;
}

/** One record of every kind in the trash (deleted a minute apart), and one live goal. */
async function fillTrash() {
  const db = getDatabase();
  const experience = createExperience(
    { kind: 'snuffelstage', title: 'Snuffelstage bij de bakker', date: '2026-11-02' },
    NOW,
  );
  const kept = createExperience(
    { kind: 'open-dag', title: 'Open dag ROC', date: '2026-11-03' },
    NOW,
  );
  await experiences.putMany(db, [experience, kept]);
  const photo = createAttachment(
    {
      ownerId: kept.id,
      fileName: 'gang.jpg',
      mediaType: 'image/jpeg',
      byteSize: 3,
      width: 10,
      height: 10,
    },
    NOW,
  );
  await addAttachment(db, photo, new Blob([new Uint8Array([0xff, 0xd8, 0xff])]));
  const conversation = {
    ...createConversation({ kind: 'trialoog', date: '2026-11-10' }, NOW),
    summary: 'Over mijn stage gepraat',
  };
  const deletions: [Trashable, string][] = [
    [experiences, experience.id],
    [
      reflections,
      (
        await reflections.put(
          db,
          createReflection({ title: 'Wat ik leerde', date: '2026-11-04' }, NOW),
        )
      ).id,
    ],
    [goals, (await goals.put(db, createGoal({ text: 'Open dag bezoeken' }, NOW))).id],
    [
      traits,
      (await traits.put(db, createTrait({ kind: 'motief', name: 'Mensen helpen' }, NOW))).id,
    ],
    [
      choices,
      (
        await choices.put(
          db,
          createChoice({ option: 'Kok (mbo 2)', kind: 'opleiding', date: '2026-11-05' }, NOW),
        )
      ).id,
    ],
    [conversations, (await conversations.put(db, conversation)).id],
    [
      leermeter,
      (
        await leermeter.put(
          db,
          createLeermeterScore({ competency: 'netwerken', step: 3, date: '2026-11-06' }, NOW),
        )
      ).id,
    ],
    [
      feedback,
      (
        await feedback.put(
          db,
          createFeedback(
            {
              targetId: kept.id,
              authorName: 'Dhr. Bakker',
              authorRole: 'mentor',
              text: 'Goed gedaan!',
            },
            NOW,
          ),
        )
      ).id,
    ],
    [attachments, photo.id],
  ];
  for (const [index, [repository, id]] of deletions.entries()) {
    await repository.softDelete(db, id, new Date(NOW.getTime() + (index + 1) * 60_000));
  }
  const live = await goals.put(db, createGoal({ text: 'Nog levend doel' }, NOW));
  return { experience, kept, photo, live };
}

async function openTrash() {
  const mounted = await mountView(TrashView, { path: '/prullenbak' });
  const toast = mount(ToastHost, { attachTo: document.body, global: { plugins: [mounted.i18n] } });
  await eventually(() => expect(mounted.wrapper.text()).not.toContain('Laden…'));
  return { ...mounted, toast };
}

type Wrapper = Awaited<ReturnType<typeof mountView>>['wrapper'];

function items(wrapper: Wrapper) {
  return wrapper.findAll('li.trash__item').map((item) => item.find('.trash__text').text());
}

function button(wrapper: Wrapper, name: string) {
  const found = wrapper.findAll('button').find((b) => b.text().startsWith(name));
  if (!found) throw new Error(`No button ${name}`);
  return found;
}

describe('TrashView', () => {
  it('says so when the trash is empty', async () => {
    const { wrapper } = await openTrash();
    expect(wrapper.find('h1').text()).toBe('Prullenbak');
    expect(wrapper.text()).toContain('De prullenbak is leeg.');
    expect(wrapper.text()).not.toContain('Prullenbak leegmaken');
  });

  it('lists deleted records of every kind, newest first, and no live ones', async () => {
    await fillTrash();
    const { wrapper } = await openTrash();
    await eventually(() => expect(items(wrapper)).toHaveLength(9));
    expect(items(wrapper)).toEqual([
      expect.stringMatching(/^Foto\s*Foto bij “Open dag ROC”\s*Verwijderd op 20 nov\. 2026$/),
      expect.stringMatching(/^Feedback\s*Feedback van Dhr\. Bakker: Goed gedaan!/),
      expect.stringMatching(/^Leermeter\s*Netwerken: stap 3 op 6 nov\. 2026/),
      expect.stringMatching(/^Loopbaangesprek\s*Gesprek op 10 nov\. 2026: Over mijn stage gepraat/),
      expect.stringMatching(/^Keuze\s*Kok \(mbo 2\)/),
      expect.stringMatching(/^Motief\s*Mensen helpen/),
      expect.stringMatching(/^Doel\s*Open dag bezoeken/),
      expect.stringMatching(/^Reflectie\s*Wat ik leerde/),
      expect.stringMatching(/^Ervaring\s*Snuffelstage bij de bakker/),
    ]);
    expect(wrapper.text()).toContain('9 dingen in de prullenbak');
    await eventually(() =>
      expect(wrapper.find('img.trash__thumb').attributes('src')).toMatch(/^blob:/),
    );
    expect(wrapper.text()).not.toContain('Nog levend doel');
    // Each restore button names what it restores, for screen readers.
    expect(wrapper.findAll('button.trash__restore')[8]?.text()).toBe(
      'Terugzetten: Ervaring Snuffelstage bij de bakker',
    );
  });

  it('restores one record and leaves the rest', async () => {
    const { experience } = await fillTrash();
    const { wrapper, toast } = await openTrash();
    await eventually(() => expect(items(wrapper)).toHaveLength(9));

    await wrapper.findAll('button.trash__restore')[8]!.trigger('click');

    await eventually(() => expect(items(wrapper)).toHaveLength(8));
    expect((await experiences.get(getDatabase(), experience.id))?.deletedAt).toBeNull();
    expect(toast.text()).toContain('“Snuffelstage bij de bakker” is teruggezet.');
  });

  it('empties only after confirming in a dialog, and cancelling keeps everything', async () => {
    const { experience, photo, live } = await fillTrash();
    const { wrapper, toast } = await openTrash();
    await eventually(() => expect(items(wrapper)).toHaveLength(9));

    await button(wrapper, 'Prullenbak leegmaken').trigger('click');
    await flushPromises();
    let dialog = wrapper.find('dialog');
    expect((dialog.element as HTMLDialogElement).open).toBe(true);
    expect(dialog.attributes('role')).toBe('alertdialog');
    expect(dialog.text()).toContain('Dit kun je niet ongedaan maken.');
    await button(dialog as unknown as Wrapper, 'Annuleren').trigger('click');
    await eventually(() => expect(wrapper.find('dialog').exists()).toBe(false));
    expect(items(wrapper)).toHaveLength(9);
    expect(await experiences.get(getDatabase(), experience.id)).toBeDefined();

    await button(wrapper, 'Prullenbak leegmaken').trigger('click');
    await flushPromises();
    dialog = wrapper.find('dialog');
    await button(dialog as unknown as Wrapper, 'Voor altijd verwijderen').trigger('click');

    await eventually(() => expect(wrapper.text()).toContain('De prullenbak is leeg.'));
    expect(wrapper.find('dialog').exists()).toBe(false);
    expect(toast.text()).toContain('De prullenbak is leeggemaakt.');
    const db = getDatabase();
    expect(await experiences.get(db, experience.id)).toBeUndefined();
    expect(await db.attachmentBlobs.get(photo.id)).toBeUndefined();
    expect(await goals.get(db, live.id)).toEqual(live);
  });

  it('explains a failed emptying and purges nothing', async () => {
    await fillTrash();
    const { wrapper } = await openTrash();
    await eventually(() => expect(items(wrapper)).toHaveLength(9));
    vi.spyOn(getDatabase().attachmentBlobs, 'bulkDelete').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    await button(wrapper, 'Prullenbak leegmaken').trigger('click');
    await flushPromises();
    await button(wrapper.find('dialog') as unknown as Wrapper, 'Voor altijd verwijderen').trigger(
      'click',
    );

    await eventually(() => expect(wrapper.find('[role="alert"]').text()).toContain('geen ruimte'));
    expect(items(wrapper)).toHaveLength(9);
    expect(await getDatabase().experiences.count()).toBe(2);
  });
});
