// Helpers for the browser tests of the student journey: photos, trash, autosave, profile.

import { BASE_URL } from './support.mjs';

/**
 * Makes a dossier on the welcome screen the page is showing (or about to show) and waits for the
 * home screen.
 * @param {import('playwright-core').Page} page
 * @param {string} [name]
 */
export async function makeDossier(page, name = 'Sanne') {
  await page.getByRole('heading', { level: 1, name: 'Welkom bij je loopbaandossier' }).waitFor();
  await page.getByLabel('Je naam').fill(name);
  await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mijn dossier' }).waitFor();
}

/**
 * Opens the app, makes a dossier through the welcome screen and waits for the home screen, so
 * the app has created its database.
 * @param {import('playwright-core').Page} page
 * @param {string} [name]
 */
export async function startDossier(page, name = 'Sanne') {
  await page.goto(BASE_URL);
  await makeDossier(page, name);
}

/**
 * A real image file made by the browser's own encoder: a picture with a red left half and a blue
 * right half, so a test can tell which way round it was stored (see `topRight`).
 * @param {import('playwright-core').Page} page
 * @param {{ width: number, height: number, type?: string }} options
 * @returns {Promise<Buffer>}
 */
export async function makeImage(page, { width, height, type = 'image/jpeg' }) {
  const base64 = await page.evaluate(
    async ({ width, height, type }) => {
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2D context');
      context.fillStyle = '#d01010';
      context.fillRect(0, 0, width / 2, height);
      context.fillStyle = '#1030d0';
      context.fillRect(width / 2, 0, width / 2, height);
      const blob = await canvas.convertToBlob({ type, quality: 0.95 });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      }
      return btoa(binary);
    },
    { width, height, type },
  );
  return Buffer.from(base64, 'base64');
}

/**
 * A copy of a JPEG with an EXIF block that says how the camera was held, as phones write it
 * (6 = the picture must be turned 90° clockwise to stand upright).
 * @param {Buffer} jpeg
 * @param {number} orientation
 */
export function withExifOrientation(jpeg, orientation) {
  const tiff = [
    ...[0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08], // big-endian TIFF header, IFD at 8
    ...[0x00, 0x01], // one entry
    ...[0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, orientation, 0x00, 0x00],
    ...[0x00, 0x00, 0x00, 0x00], // no next IFD
  ];
  const payload = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00, ...tiff]; // "Exif\0\0"
  const length = payload.length + 2;
  const app1 = Buffer.from([0xff, 0xe1, length >> 8, length & 0xff, ...payload]);
  return Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)]);
}

/**
 * What the app stored as photo bytes, read straight from IndexedDB and decoded by the browser:
 * the photos of saved experiences (`attachmentBlobs`) and those waiting for a new one (drafts).
 * @param {import('playwright-core').Page} page
 * @returns {Promise<{ stored: StoredImage[], waiting: StoredImage[] }>}
 * @typedef {{ id: string, type: string, size: number, width: number, height: number,
 *   topRight: 'red' | 'blue' | 'other' }} StoredImage
 */
export function readStoredImages(page) {
  return page.evaluate(async () => {
    /** @type {IDBDatabase} */
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('loopbaandossier');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    /** @param {string} store @returns {Promise<any[]>} */
    const all = (store) =>
      new Promise((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    /** @param {string} id @param {Blob} blob */
    async function describe(id, blob) {
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2D context');
      context.drawImage(bitmap, 0, 0);
      // Upright, the top right corner is blue; turned a quarter clockwise, red.
      const [r = 0, , b = 0] = context.getImageData(bitmap.width - 3, 2, 1, 1).data;
      return {
        id,
        type: blob.type,
        size: blob.size,
        width: bitmap.width,
        height: bitmap.height,
        topRight: r > 150 && b < 100 ? 'red' : b > 150 && r < 100 ? 'blue' : 'other',
      };
    }
    const blobs = await all('attachmentBlobs');
    const drafts = await all('drafts');
    const waiting = drafts.filter((draft) => String(draft.key).endsWith(':photos'));
    const result = {
      stored: await Promise.all(blobs.map((row) => describe(row.id, row.blob))),
      waiting: await Promise.all(
        waiting.flatMap((draft) => draft.value.map((p) => describe(p.id, p.blob))),
      ),
    };
    db.close();
    return result;
  });
}

/**
 * Writes records straight into the app's IndexedDB with the raw IndexedDB API, all tables in
 * one transaction, the way another tool (or an old app version) could. The app does not see
 * such writes live: reload or navigate afterwards.
 * @param {import('playwright-core').Page} page
 * @param {Record<string, object[]>} tables table name → records
 */
export async function putRaw(page, tables) {
  await page.evaluate(async (byTable) => {
    /** @type {IDBDatabase} */
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('loopbaandossier');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      const transaction = db.transaction(Object.keys(byTable), 'readwrite');
      for (const [table, records] of Object.entries(byTable)) {
        for (const record of records) transaction.objectStore(table).put(record);
      }
      transaction.oncomplete = () => resolve(undefined);
      transaction.onerror = () => reject(transaction.error);
    });
    db.close();
  }, tables);
}

/**
 * Writes records straight into one table of the app's IndexedDB, as if another screen had made
 * them. They must be valid records of that table (see src/domain/records.ts).
 * @param {import('playwright-core').Page} page
 * @param {string} table
 * @param {object[]} records
 */
export function putRecords(page, table, records) {
  return putRaw(page, { [table]: records });
}

/**
 * How many rows each table of the app's IndexedDB holds.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<Record<string, number>>}
 */
export function countRows(page) {
  return page.evaluate(async () => {
    /** @type {IDBDatabase} */
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('loopbaandossier');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    /** @type {Record<string, number>} */
    const counts = {};
    for (const name of db.objectStoreNames) {
      counts[name] = await new Promise((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return counts;
  });
}

/**
 * Adds an experience through the form and waits for the home screen.
 * @param {import('playwright-core').Page} page
 * @param {string} title
 * @param {Buffer} [photo] a JPEG to attach
 */
export async function addExperience(page, title, photo) {
  await page.goto(`${BASE_URL}/ervaring/nieuw`);
  await page.getByRole('heading', { level: 1, name: 'Nieuwe ervaring' }).waitFor();
  await page.getByLabel('Titel').fill(title);
  if (photo) {
    await page
      .getByLabel('Kies uit galerij')
      .setInputFiles({ name: 'foto.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByRole('button', { name: 'Foto 1 groter bekijken' }).waitFor();
  }
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mijn dossier' }).waitFor();
  await page.getByRole('article').filter({ hasText: title }).waitFor();
}
