// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import ExperienceFormView from '@/views/ExperienceFormView.vue';
import ToastHost from '@/components/app/ToastHost.vue';
import {
  experiences,
  getAttachmentBlob,
  getDatabase,
  listAttachments,
  listPendingPhotos,
  loadDraft,
  saveProfile,
} from '@/db';
import { createExperience, createProfile } from '@/domain';
import { eventually, mountView, resetDatabase } from '../support';
import { chooseFiles, drawnSize, installFakeImageBrowser, jpegFile } from './fake-browser-images';

const PENDING_KEY = 'experience:new:photos';
const QUOTA = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

beforeEach(async () => {
  installFakeImageBrowser();
  await resetDatabase();
  await saveProfile(getDatabase(), createProfile({ name: 'Sanne', sector: 'vmbo-kb' }, new Date()));
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

type Wrapper = Awaited<ReturnType<typeof mountView>>['wrapper'];

function field(wrapper: Wrapper, label: string) {
  const labelEl = wrapper.findAll('label').find((l) => l.text().startsWith(label));
  if (!labelEl) throw new Error(`No field labelled ${label}`);
  return wrapper.find(`#${CSS.escape(labelEl.attributes('for') ?? '')}`);
}

function gallery(wrapper: Wrapper): HTMLInputElement {
  const label = wrapper.findAll('label').find((l) => l.text() === 'Kies uit galerij');
  if (!label) throw new Error('No gallery input');
  return label.find('input').element as HTMLInputElement;
}

function thumbnails(wrapper: Wrapper) {
  return wrapper.findAll('img.photos__thumb');
}

function alertText(wrapper: Wrapper) {
  return wrapper
    .findAll('[role="alert"]')
    .map((alert) => alert.text())
    .join(' ');
}

async function openNewForm() {
  const mounted = await mountView(ExperienceFormView, { path: '/ervaring/nieuw' });
  await eventually(() => expect(mounted.wrapper.find('form').exists()).toBe(true));
  return mounted;
}

async function storedExperience() {
  const experience = createExperience(
    { kind: 'bijbaan', title: 'Bijbaan bij de bakker', date: '2026-10-01' },
    new Date('2026-10-01T10:00:00Z'),
  );
  await experiences.put(getDatabase(), experience);
  const mounted = await mountView(ExperienceFormView, {
    path: `/ervaring/${experience.id}`,
    props: { id: experience.id },
  });
  await eventually(() => expect(mounted.wrapper.find('form').exists()).toBe(true));
  return { ...mounted, experience };
}

describe('photos on a new experience', () => {
  it('offers the camera and the gallery, both for images only', async () => {
    const { wrapper } = await openNewForm();
    const inputs = wrapper.findAll('input[type="file"]');
    expect(inputs.map((input) => input.attributes('accept'))).toEqual(['image/*', 'image/*']);
    expect(inputs.map((input) => input.attributes('capture'))).toEqual(['environment', undefined]);
    expect(wrapper.text()).toContain('Foto maken');
  });

  it('waits in the drafts, downscaled, shows as a thumbnail, and is saved with the experience', async () => {
    const { wrapper, router } = await openNewForm();
    await chooseFiles(gallery(wrapper), [jpegFile('IMG_2041.HEIC.jpg'), jpegFile('')]);

    const waiting = await eventually(async () => {
      const photos = await listPendingPhotos(getDatabase(), PENDING_KEY);
      expect(photos).toHaveLength(2);
      return photos;
    });
    expect(waiting.map((p) => [p.fileName, p.width, p.height])).toEqual([
      ['IMG_2041.HEIC.jpg', 1600, 1200],
      [expect.stringMatching(/^foto-\d{4}-\d{2}-\d{2}\.jpg$/), 1600, 1200],
    ]);
    expect(await drawnSize(waiting[0]?.blob)).toBe('1600x1200');
    await eventually(() => expect(thumbnails(wrapper)).toHaveLength(2));
    expect(thumbnails(wrapper)[0]?.attributes('src')).toMatch(/^blob:/);
    expect(wrapper.text()).toContain('Deze foto’s worden bewaard zodra je de ervaring opslaat.');

    await field(wrapper, 'Titel').setValue('Open dag Deltion');
    await wrapper.find('form').trigger('submit');

    await eventually(() => expect(router.currentRoute.value.name).toBe('home'));
    const [saved] = await experiences.listLive(getDatabase());
    const stored = await listAttachments(getDatabase(), saved!.id);
    expect(stored.map((a) => a.fileName)).toEqual(waiting.map((p) => p.fileName));
    expect(saved!.attachmentIds).toEqual(stored.map((a) => a.id));
    expect(await drawnSize(await getAttachmentBlob(getDatabase(), stored[0]!.id))).toBe(
      '1600x1200',
    );
    expect(await listPendingPhotos(getDatabase(), PENDING_KEY)).toEqual([]);
  });

  it('comes back in a new session before the experience is saved', async () => {
    const first = await openNewForm();
    await chooseFiles(gallery(first.wrapper), [jpegFile()]);
    await eventually(() => expect(thumbnails(first.wrapper)).toHaveLength(1));
    first.wrapper.unmount();

    const second = await openNewForm();
    await eventually(() => expect(thumbnails(second.wrapper)).toHaveLength(1));
  });

  it('says a file is no photo and keeps nothing of it', async () => {
    const { wrapper } = await openNewForm();
    const pdf = new File(['%PDF-1.7 not a photo'], 'rooster.jpg', { type: 'image/jpeg' });
    await chooseFiles(gallery(wrapper), [pdf]);
    await eventually(() => expect(alertText(wrapper)).toContain('“rooster.jpg” is geen foto.'));
    const broken = new File(
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
      'x.png',
    );
    await chooseFiles(gallery(wrapper), [broken]);
    await eventually(() => expect(alertText(wrapper)).toContain('“x.png” kon niet worden gelezen'));
    expect(thumbnails(wrapper)).toHaveLength(0);
    expect(await getDatabase().drafts.get(PENDING_KEY)).toBeUndefined();
  });

  it('explains a full disk while keeping a photo waiting, and stores nothing', async () => {
    const { wrapper } = await openNewForm();
    vi.spyOn(getDatabase().drafts, 'put').mockImplementation(() => {
      throw QUOTA();
    });
    await chooseFiles(gallery(wrapper), [jpegFile()]);
    await eventually(() =>
      expect(alertText(wrapper)).toContain(
        'Er is geen ruimte meer op dit apparaat voor deze foto.',
      ),
    );
    expect(alertText(wrapper)).toContain('Exporteer eerst je dossier');
    expect(await getDatabase().drafts.get(PENDING_KEY)).toBeUndefined();
    expect(thumbnails(wrapper)).toHaveLength(0);
  });

  it('explains a full disk on saving, writes no experience and keeps photos and text', async () => {
    const { wrapper, router } = await openNewForm();
    await chooseFiles(gallery(wrapper), [jpegFile('a.jpg'), jpegFile('b.jpg')]);
    await eventually(() => expect(thumbnails(wrapper)).toHaveLength(2));
    await field(wrapper, 'Titel').setValue('Open dag');
    await eventually(async () =>
      expect(await loadDraft(getDatabase(), 'experience:new')).toMatchObject({ title: 'Open dag' }),
    );
    // The second photo's bytes do not fit any more: the experience and the first photo were
    // already written inside the transaction, and must be undone.
    const blobs = getDatabase().attachmentBlobs;
    const realAdd = blobs.add.bind(blobs);
    let adds = 0;
    vi.spyOn(blobs, 'add').mockImplementation((...args) => {
      adds += 1;
      if (adds === 2) throw QUOTA();
      return realAdd(...args);
    });

    await wrapper.find('form').trigger('submit');

    await eventually(() => expect(alertText(wrapper)).toContain('geen ruimte meer'));
    expect(alertText(wrapper)).toContain('Er is niets half opgeslagen.');
    expect(adds).toBe(2);
    expect(router.currentRoute.value.name).toBe('experience-new');
    const db = getDatabase();
    expect(await db.experiences.count()).toBe(0);
    expect(await db.attachments.count()).toBe(0);
    expect(await db.attachmentBlobs.count()).toBe(0);
    expect(await listPendingPhotos(db, PENDING_KEY)).toHaveLength(2);
    expect(await loadDraft(db, 'experience:new')).toMatchObject({ title: 'Open dag' });
  });

  it('holds the save button while a photo is still being made smaller', async () => {
    const { wrapper } = await openNewForm();
    let finishDecoding: (() => void) | undefined;
    const decode = globalThis.createImageBitmap;
    vi.stubGlobal('createImageBitmap', async (file: Blob) => {
      await new Promise<void>((resolve) => (finishDecoding = resolve));
      return decode(file);
    });
    const save = wrapper.find('button[type="submit"]');

    await chooseFiles(gallery(wrapper), [jpegFile()]);
    await eventually(() => expect(finishDecoding).toBeDefined());
    await flushPromises();
    expect(save.attributes('disabled')).toBeDefined();
    expect(wrapper.find('[role="status"].photos__status').text()).toBe(
      'Foto wordt kleiner gemaakt…',
    );

    finishDecoding!();
    await eventually(() => expect(thumbnails(wrapper)).toHaveLength(1));
    await eventually(() => expect(save.attributes('disabled')).toBeUndefined());
  });

  it('removes a waiting photo at once, with undo in the toast', async () => {
    const { wrapper, i18n } = await openNewForm();
    // The toast host of the app shell; the active Pinia is the one the form uses.
    const toast = mount(ToastHost, { attachTo: document.body, global: { plugins: [i18n] } });
    await chooseFiles(gallery(wrapper), [jpegFile('a.jpg'), jpegFile('b.jpg')]);
    await eventually(() => expect(thumbnails(wrapper)).toHaveLength(2));

    await wrapper.find('button[aria-label="Foto 1 verwijderen"]').trigger('click');
    await eventually(async () =>
      expect((await listPendingPhotos(getDatabase(), PENDING_KEY)).map((p) => p.fileName)).toEqual([
        'b.jpg',
      ]),
    );
    await eventually(() => expect(toast.text()).toContain('Foto weggehaald.'));
    await toast
      .findAll('button')
      .find((b) => b.text() === 'Ongedaan maken')!
      .trigger('click');
    await eventually(async () =>
      expect((await listPendingPhotos(getDatabase(), PENDING_KEY)).map((p) => p.fileName)).toEqual([
        'a.jpg',
        'b.jpg',
      ]),
    );
    toast.unmount();
  });
});

describe('photos on a saved experience', () => {
  it('are stored at once as attachments', async () => {
    const { wrapper, experience } = await storedExperience();
    await chooseFiles(gallery(wrapper), [jpegFile('stage.jpg')]);
    const [photo] = await eventually(async () => {
      const stored = await listAttachments(getDatabase(), experience.id);
      expect(stored).toHaveLength(1);
      return stored;
    });
    expect(photo).toMatchObject({ fileName: 'stage.jpg', mediaType: 'image/jpeg', width: 1600 });
    expect((await experiences.get(getDatabase(), experience.id))?.attachmentIds).toEqual([
      photo!.id,
    ]);
    await eventually(() => expect(thumbnails(wrapper)).toHaveLength(1));
    expect(await getDatabase().drafts.get(`experience:${experience.id}:photos`)).toBeUndefined();
  });

  it('explain a full disk and leave the experience as it was', async () => {
    const { wrapper, experience } = await storedExperience();
    vi.spyOn(getDatabase().attachmentBlobs, 'add').mockImplementation(() => {
      throw QUOTA();
    });
    await chooseFiles(gallery(wrapper), [jpegFile()]);
    await eventually(() => expect(alertText(wrapper)).toContain('Er is niets opgeslagen.'));
    const db = getDatabase();
    expect(await db.attachments.count()).toBe(0);
    expect(await db.attachmentBlobs.count()).toBe(0);
    expect(await experiences.get(db, experience.id)).toEqual(experience);
  });

  it('go to the trash when removed, and come back with undo', async () => {
    const { wrapper, experience, i18n } = await storedExperience();
    const toast = mount(ToastHost, { attachTo: document.body, global: { plugins: [i18n] } });
    await chooseFiles(gallery(wrapper), [jpegFile()]);
    await eventually(() => expect(thumbnails(wrapper)).toHaveLength(1));
    const [photo] = await listAttachments(getDatabase(), experience.id);

    await wrapper.find('button[aria-label="Foto 1 verwijderen"]').trigger('click');
    await eventually(() => expect(thumbnails(wrapper)).toHaveLength(0));
    expect((await getDatabase().attachments.get(photo!.id))?.deletedAt).not.toBeNull();
    expect(await getAttachmentBlob(getDatabase(), photo!.id)).toBeDefined();
    await eventually(() => expect(toast.text()).toContain('Naar de prullenbak verplaatst.'));

    await toast
      .findAll('button')
      .find((b) => b.text() === 'Ongedaan maken')!
      .trigger('click');
    await eventually(() => expect(thumbnails(wrapper)).toHaveLength(1));
    expect((await getDatabase().attachments.get(photo!.id))?.deletedAt).toBeNull();
    toast.unmount();
  });

  it('open larger in a dialog and release every object URL when the screen closes', async () => {
    const created: string[] = [];
    const revoked: string[] = [];
    const create = URL.createObjectURL.bind(URL);
    const revoke = URL.revokeObjectURL.bind(URL);
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      const url = create(blob);
      created.push(url);
      return url;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => {
      revoked.push(url);
      revoke(url);
    });
    const { wrapper } = await storedExperience();
    await chooseFiles(gallery(wrapper), [jpegFile('a.jpg'), jpegFile('b.jpg')]);
    await eventually(() => expect(thumbnails(wrapper)).toHaveLength(2));

    await wrapper.find('button[aria-label="Foto 2 groter bekijken"]').trigger('click');
    await flushPromises();
    const dialog = wrapper.find('dialog');
    expect((dialog.element as HTMLDialogElement).open).toBe(true);
    expect(dialog.text()).toContain('Foto 2 van 2');
    expect(dialog.find('img').attributes('src')).toBe(thumbnails(wrapper)[1]?.attributes('src'));
    await dialog
      .findAll('button')
      .find((b) => b.text() === 'Sluiten')!
      .trigger('click');
    await eventually(() => expect(wrapper.find('dialog').exists()).toBe(false));

    expect(created.length).toBeGreaterThanOrEqual(2);
    wrapper.unmount();
    expect([...revoked].sort()).toEqual([...new Set(created)].sort());
  });
});
