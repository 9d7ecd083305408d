// Photos of an experience, on a phone-size screen in real Chromium: real JPEG and PNG files go
// through the browser's own decoder, are stored downscaled, survive a reload while the
// experience is still new, show as thumbnails, open larger, and go to the trash with undo.
// Files that are no photo get a message and leave nothing behind.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  BASE_URL,
  collectPageErrors,
  expectNoAxeViolations,
  launchBrowser,
  newPhoneContext,
  screenshot,
  trackExternalRequests,
} from './support.mjs';
import {
  makeImage,
  readStoredImages,
  startDossier,
  withExifOrientation,
} from './journey-support.mjs';

describe('photos of an experience', () => {
  /** @type {import('playwright-core').Browser} */
  let browser;
  /** @type {import('playwright-core').BrowserContext} */
  let context;

  before(async () => {
    browser = await launchBrowser();
    context = await newPhoneContext(browser);
  });

  after(async () => {
    await context?.close();
    await browser?.close();
  });

  test('taken while the experience is new: downscaled, kept over a reload, saved with it', async () => {
    const external = trackExternalRequests(context, BASE_URL);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await startDossier(page);

    await page.goto(`${BASE_URL}/ervaring/nieuw`);
    await page.getByRole('heading', { level: 1, name: 'Nieuwe ervaring' }).waitFor();
    // Both ways in: the camera (capture) and the gallery (no capture, several at once).
    const camera = page.getByLabel('Foto maken');
    const gallery = page.getByLabel('Kies uit galerij');
    assert.equal(await camera.getAttribute('accept'), 'image/*');
    assert.equal(await camera.getAttribute('capture'), 'environment');
    assert.equal(await gallery.getAttribute('capture'), null);
    await expectNoAxeViolations(page, 'new experience form without photos');

    await page.getByLabel('Titel').fill('Snuffelstage bij de bakker');
    const big = await makeImage(page, { width: 4000, height: 3000 });
    await camera.setInputFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: big });
    await page.getByRole('button', { name: 'Foto 1 groter bekijken' }).waitFor();
    await expectThumbnailLoaded(page, 1);

    // A PNG from the gallery, and a camera photo that was held upright (EXIF orientation 6).
    const png = await makeImage(page, { width: 900, height: 600, type: 'image/png' });
    const turned = withExifOrientation(await makeImage(page, { width: 400, height: 200 }), 6);
    await gallery.setInputFiles([
      { name: 'schermafbeelding.png', mimeType: 'image/png', buffer: png },
      { name: 'staand.jpg', mimeType: 'image/jpeg', buffer: turned },
    ]);
    await page.getByRole('button', { name: 'Foto 3 groter bekijken' }).waitFor();

    let { stored, waiting } = await readStoredImages(page);
    assert.equal(stored.length, 0, 'nothing is an attachment before the experience is saved');
    assert.equal(waiting.length, 3);
    const [first, second, third] = waiting;
    assert.deepEqual(
      { type: first?.type, width: first?.width, height: first?.height, topRight: first?.topRight },
      { type: 'image/jpeg', width: 1600, height: 1200, topRight: 'blue' },
    );
    assert.ok((first?.size ?? Infinity) < big.length, 'the stored photo is smaller than the file');
    assert.deepEqual(
      { type: second?.type, width: second?.width, height: second?.height },
      { type: 'image/jpeg', width: 900, height: 600 },
    );
    // The EXIF rotation was applied to the pixels: 400×200 held upright is 200×400, red on top.
    assert.deepEqual(
      { width: third?.width, height: third?.height, topRight: third?.topRight },
      { width: 200, height: 400, topRight: 'red' },
    );
    await expectNoAxeViolations(page, 'new experience form with three photos');
    await screenshot(page, 'photos-new-experience');

    // Reload before saving: the typed title and the three photos are all still there.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe ervaring' }).waitFor();
    await page.getByRole('button', { name: 'Foto 3 groter bekijken' }).waitFor();
    await expectThumbnailLoaded(page, 3);
    assert.equal(await page.getByLabel('Titel').inputValue(), 'Snuffelstage bij de bakker');

    // Removing a waiting photo can be undone from the toast.
    await page.getByRole('button', { name: 'Foto 2 verwijderen' }).click();
    await page.getByText('Foto weggehaald.').waitFor();
    assert.equal(await thumbnailCount(page), 2);
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.getByRole('button', { name: 'Foto 3 groter bekijken' }).waitFor();

    // Open one larger; Escape closes it and gives focus back to the thumbnail.
    await page.getByRole('button', { name: 'Foto 1 groter bekijken' }).click();
    const viewer = page.getByRole('dialog', { name: 'Foto 1 van 3' });
    await viewer.waitFor();
    assert.ok(
      await viewer
        .getByRole('img')
        .evaluate((img) => img instanceof HTMLImageElement && img.naturalWidth === 1600),
    );
    await expectNoAxeViolations(page, 'photo viewer');
    await screenshot(page, 'photos-viewer');
    await page.keyboard.press('Escape');
    await viewer.waitFor({ state: 'hidden' });
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
      'Foto 1 groter bekijken',
    );

    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn dossier' }).waitFor();
    ({ stored, waiting } = await readStoredImages(page));
    assert.equal(waiting.length, 0, 'no photo is left waiting after the save');
    assert.deepEqual(
      stored.map(({ width, height }) => `${width}×${height}`).sort(),
      ['1600×1200', '200×400', '900×600'].sort(),
    );
    assert.ok(stored.every((image) => image.width <= 1600 && image.height <= 1600));

    // The saved experience shows its photos; a photo added now is stored at once.
    await page
      .getByRole('article')
      .filter({ hasText: 'Snuffelstage bij de bakker' })
      .getByRole('link')
      .click();
    await page.getByRole('heading', { level: 1, name: 'Ervaring bewerken' }).waitFor();
    await page.getByRole('button', { name: 'Foto 3 groter bekijken' }).waitFor();
    const tall = await makeImage(page, { width: 2000, height: 5000 });
    await page
      .getByLabel('Kies uit galerij')
      .setInputFiles({ name: 'lang.jpg', mimeType: 'image/jpeg', buffer: tall });
    await page.getByRole('button', { name: 'Foto 4 groter bekijken' }).waitFor();
    await expectThumbnailLoaded(page, 4);
    ({ stored } = await readStoredImages(page));
    assert.ok(stored.some((image) => image.width === 640 && image.height === 1600));
    await page.getByText('Foto’s worden meteen bewaard.').waitFor();

    // Removing a saved photo moves it to the trash; undo brings it back.
    await page.getByRole('button', { name: 'Foto 4 verwijderen' }).click();
    await page.getByText('Naar de prullenbak verplaatst.').waitFor();
    assert.equal(await thumbnailCount(page), 3);
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.getByRole('button', { name: 'Foto 4 groter bekijken' }).waitFor();
    await expectNoAxeViolations(page, 'edit experience form with photos');
    await screenshot(page, 'photos-edit-experience');

    assert.deepEqual(external, [], 'requests left the app origin');
    assert.deepEqual(errors, [], 'the page logged errors');
    await page.close();
  });

  test('a file that is no readable photo gets a message and changes nothing', async () => {
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${BASE_URL}/ervaring/nieuw`);
    await page.getByRole('heading', { level: 1, name: 'Nieuwe ervaring' }).waitFor();
    const gallery = page.getByLabel('Kies uit galerij');
    const jpeg = await makeImage(page, { width: 800, height: 600 });
    const before = await readStoredImages(page);

    // A PDF that was renamed to .jpg.
    await gallery.setInputFiles({
      name: 'rooster.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n'),
    });
    const alert = page.getByRole('alert');
    await alert.getByText('“rooster.jpg” is geen foto.').waitFor();

    // A photo whose file broke off half-way.
    await gallery.setInputFiles({
      name: 'kapot.jpg',
      mimeType: 'image/jpeg',
      buffer: jpeg.subarray(0, 300),
    });
    await alert.getByText('“kapot.jpg” kon niet worden gelezen', { exact: false }).waitFor();

    // An iPhone HEIC photo, which Chromium cannot decode.
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 0x18]),
      Buffer.from('ftypheic'),
      Buffer.alloc(200, 7),
    ]);
    await gallery.setInputFiles({ name: 'IMG_0001.HEIC', mimeType: 'image/heic', buffer: heic });
    await alert.getByText('“IMG_0001.HEIC” is een HEIC-foto', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'experience form with a photo error');
    await screenshot(page, 'photos-unreadable');

    assert.equal(await thumbnailCount(page), 0);
    assert.deepEqual(await readStoredImages(page), before);
    assert.deepEqual(errors, [], 'the page logged errors');
    await page.close();
  });
});

/** @param {import('playwright-core').Page} page */
function thumbnailCount(page) {
  return page.locator('.photos__thumb').count();
}

/**
 * The thumbnail of photo `n` is a loaded image (its blob: URL works).
 * @param {import('playwright-core').Page} page
 * @param {number} n
 */
async function expectThumbnailLoaded(page, n) {
  const image = page.getByRole('button', { name: `Foto ${n} groter bekijken` }).locator('img');
  await image.waitFor();
  await page.waitForFunction(
    (img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0,
    await image.elementHandle(),
  );
  assert.match((await image.getAttribute('src')) ?? '', /^blob:/);
}
