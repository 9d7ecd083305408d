// Mentor mode in real Chromium: from the welcome screen to "Begeleiden", the mentor's own name and
// role (autosaved), importing several pupils' dossier files at once (one refused, one encrypted),
// re-importing (same, newer, older), the list, the talk preparation on a phone and a laptop, the
// one-page A4 talk sheet (counted in a real PDF), and deleting one pupil and then all of them.
// Every screen is checked with axe.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  BASE_URL,
  collectPageErrors,
  expectNoAxeViolations,
  launchBrowser,
  newPhoneContext,
  screenshot,
  trackExternalRequests,
} from './support.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'test-results', 'mentor');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'dossier');
const SANNE_ZIP = join(FIXTURES, 'loopbaandossier-v1-fixture.zip');
const SANNE_ENC = join(FIXTURES, 'loopbaandossier-v1-encrypted-fixture.enc');
const SANNE_PASSWORD = 'fixture-wachtwoord';
const NOOR_OLDER = join(OUT, 'noor-older.zip');
const NOOR_NEWER = join(OUT, 'noor-newer.zip');
const RAVI_LONG = join(OUT, 'ravi-long.zip');
const NOOR_ID = '00000000-0000-4000-8000-00000000e0d1';
const RAVI_ID = '00000000-0000-4000-8000-00000000e0d2';

/** Noor's files, made with the app's own serializer (see mentor-dossiers.ts). */
function makePupilFiles() {
  mkdirSync(OUT, { recursive: true });
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'tests/browser/mentor-dossiers.ts', OUT],
    { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
  );
  assert.equal(run.status, 0, `mentor-dossiers.ts failed:\n${run.stderr}`);
}

/** Rows per table of the mentor database, read with the raw IndexedDB API. */
function mentorRows(page) {
  return page.evaluate(
    () =>
      new Promise((done, fail) => {
        const request = indexedDB.open('loopbaandossier-begeleiden');
        request.onerror = () => fail(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const counts = {};
          for (const name of names) {
            const count = tx.objectStore(name).count();
            count.onsuccess = () => (counts[name] = count.result);
          }
          tx.oncomplete = () => {
            db.close();
            done(counts);
          };
        };
      }),
  );
}

/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree). */
function pdfPageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

/**
 * Viewport-sized PNGs of a long page from the top down (at most four), in test-results/mentor/,
 * to look at details a downscaled full-page screenshot hides. Only with MENTOR_SHOTS=1 set.
 */
async function viewportShots(page, name) {
  if (!process.env.MENTOR_SHOTS) return;
  const { height } = page.viewportSize();
  const total = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let part = 0; part < Math.min(4, Math.ceil(total / height)); part += 1) {
    await page.evaluate((top) => window.scrollTo(0, top), part * height);
    await page.screenshot({ path: join(OUT, `${name}-${part + 1}.png`) });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

function importLine(page, fileName) {
  return page.locator('.pupil-import__line', { hasText: fileName });
}

/** Chooses files (paths or buffers) together, as a mentor selecting several at once. */
async function chooseFiles(page, files) {
  const payloads = files.map((file) =>
    typeof file === 'string'
      ? {
          name: basename(file),
          mimeType: 'application/octet-stream',
          buffer: readFileSync(file),
        }
      : file,
  );
  await page.getByLabel('Dossierbestanden').setInputFiles(payloads);
}

describe('mentor review: pupils’ copies, talk preparation and talk sheet', () => {
  /** @type {import('playwright-core').Browser} */
  let browser;
  /** @type {import('playwright-core').BrowserContext} */
  let context;
  /** The mentor's phone; the tests below follow one another on it. */
  /** @type {import('playwright-core').Page} */
  let page;
  /** @type {string[]} */
  let external;
  /** @type {string[]} */
  let errors;

  before(async () => {
    makePupilFiles();
    browser = await launchBrowser();
    context = await newPhoneContext(browser);
    external = trackExternalRequests(context, BASE_URL);
    page = await context.newPage();
    errors = collectPageErrors(page);
  });

  after(async () => {
    await context?.close();
    await browser?.close();
  });

  test('the mentor comes in from the welcome screen and imports several files at once', async () => {
    // In through the welcome screen, as a mentor without a dossier of their own.
    await page.goto(`${BASE_URL}/welkom`);
    await page.getByRole('link', { name: 'Ik ben mentor / begeleider' }).click();
    await page.getByRole('heading', { level: 1, name: 'Begeleiden' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/begeleiden');
    await page
      .getByText('De kopieën van dossiers blijven alleen op dit apparaat. Ze worden nooit')
      .waitFor();
    await page.getByText('Je hebt nog geen dossiers ingelezen.', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'empty mentor home');
    await screenshot(page, 'mentor-home-empty-360');

    // Name and role save themselves: a reload keeps them.
    await page.getByLabel('Je naam').fill('Mevr. Jansen');
    await page.getByLabel('Je rol').selectOption({ label: 'SLB-er' });
    await page.waitForTimeout(800);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Begeleiden' }).waitFor();
    await page.waitForFunction(
      () => document.querySelector('input[autocomplete="name"]')?.value === 'Mevr. Jansen',
    );
    assert.equal(await page.getByLabel('Je rol').inputValue(), 'slb');

    // Three files at once: two pupils and something that is not a dossier.
    await chooseFiles(page, [
      SANNE_ZIP,
      NOOR_OLDER,
      { name: 'notities.txt', mimeType: 'text/plain', buffer: Buffer.from('geen dossier') },
    ]);
    await importLine(page, 'loopbaandossier-v1-fixture.zip')
      .getByText('Sanne de Vries is ingelezen')
      .waitFor();
    await importLine(page, 'noor-older.zip').getByText('Noor Bakker is ingelezen').waitFor();
    await importLine(page, 'notities.txt').getByText('Dit is geen loopbaandossier.').waitFor();
    await page.locator('.pupil-list__item').nth(1).waitFor();
    assert.deepEqual(await page.locator('.pupil-list__name').allInnerTexts(), [
      'Noor Bakker',
      'Sanne de Vries',
    ]);
    assert.equal((await mentorRows(page)).pupils, 2);
    await expectNoAxeViolations(page, 'mentor home after importing');

    // An encrypted copy of Sanne's file: asks for the password; a wrong one is explained.
    await chooseFiles(page, [SANNE_ENC]);
    const password = page.getByLabel('Wachtwoord voor loopbaandossier-v1-encrypted-fixture.enc');
    await password.waitFor();
    await expectNoAxeViolations(page, 'mentor home asking for a password');
    await password.fill('verkeerd');
    await page.getByRole('button', { name: 'Openen' }).click();
    await page.getByText('Het wachtwoord klopt niet', { exact: false }).waitFor();
    await password.fill(SANNE_PASSWORD);
    await page.getByRole('button', { name: 'Openen' }).click();
    await importLine(page, 'loopbaandossier-v1-encrypted-fixture.enc')
      .getByText('Deze versie had je al', { exact: false })
      .waitFor({ timeout: 30_000 });

    // Re-import: the newer file replaces the copy; the older one is then refused.
    await chooseFiles(page, [NOOR_NEWER]);
    await importLine(page, 'noor-newer.zip').getByText('Bijgewerkt:', { exact: false }).waitFor();
    await chooseFiles(page, [NOOR_OLDER]);
    await importLine(page, 'noor-older.zip')
      .getByText('is ouder dan de kopie die je al hebt', { exact: false })
      .waitFor();
    const noorRow = page.locator('.pupil-list__item', { hasText: 'Noor Bakker' });
    await noorRow.getByText(/Laatste gesprek: 15 sep\.? 2026/).waitFor();
    await page
      .locator('.pupil-list__item', { hasText: 'Sanne de Vries' })
      .getByText(/^Het Baken · .+ · leerjaar 3$/)
      .waitFor();
    assert.deepEqual(await mentorRows(page), {
      drafts: 0,
      feedback: 0,
      leermeter: 0,
      pupilAttachments: 2,
      pupils: 2,
      settings: 1,
      talks: 0,
    });
    await expectNoAxeViolations(page, 'mentor home with results');
    await screenshot(page, 'mentor-home-360');
    await viewportShots(page, 'mentor-home-360');
  });

  test('the talk preparation shows what matters, on a phone and on a laptop', async () => {
    // The talk preparation for Noor.
    const noorRow = page.locator('.pupil-list__item', { hasText: 'Noor Bakker' });
    await noorRow.getByRole('link', { name: 'Noor Bakker' }).click();
    await page.getByRole('heading', { level: 1, name: 'Noor Bakker' }).waitFor();
    await page.getByText('Het Baken · vmbo', { exact: false }).first().waitFor();
    await page.getByText('Kopie van het bestand van 20 november 2026', { exact: false }).waitFor();
    await page.getByText('Standaard de dag van het laatste gesprek (15 september 2026)').waitFor();
    assert.equal(await page.getByLabel('Vanaf datum').inputValue(), '2026-09-15');
    // New since 15 September: experiences 37–40, goal 10, both talks (the one held that day,
    // and the next one prepared) and the second leermeter round of five scores.
    await page.getByText('12 onderdelen nieuw of gewijzigd sinds 15 september 2026.').waitFor();
    await page.getByRole('heading', { name: 'Ervaringen (4)' }).waitFor();
    await page.getByRole('heading', { name: 'Leermeter (5)' }).waitFor();
    await page.getByText('2 van 4 gedaan').waitFor();
    await page.getByText('Twee open dagen bezoeken vóór de kerst').waitFor();
    await page.getByText('Kan ik mijn BPV in de zorg doen?').waitFor();
    await page.getByRole('heading', { name: 'Open doelen (8)' }).waitFor();
    await page.getByRole('heading', { name: 'Competenties en leermeter' }).waitFor();
    await page.locator('.mentor-competency').first().getByText('Leerling: 2 van 4').waitFor();
    await expectNoAxeViolations(page, 'talk preparation');
    await screenshot(page, 'mentor-pupil-360');
    await viewportShots(page, 'mentor-pupil-360');

    // Another date shows more; "Alles tonen" shows the whole copy.
    await page.getByLabel('Vanaf datum').fill('2026-06-01');
    await page.getByText('32 onderdelen nieuw of gewijzigd sinds 1 juni 2026.').waitFor();
    await page.getByRole('button', { name: 'Alles tonen' }).click();
    await page.getByText('68 onderdelen in dit dossier.').waitFor();
    await page.getByRole('button', { name: 'Sinds het laatste gesprek' }).click();
    await page.getByText('12 onderdelen nieuw of gewijzigd sinds 15 september 2026.').waitFor();

    // The same screen on a laptop: two columns.
    // (A page of the same context: the copies live in this context's IndexedDB.)
    const laptop = await context.newPage();
    await laptop.setViewportSize({ width: 1280, height: 900 });
    const laptopErrors = collectPageErrors(laptop);
    await laptop.goto(page.url());
    await laptop.getByRole('heading', { level: 1, name: 'Noor Bakker' }).waitFor();
    const columns = await laptop
      .locator('.mentor-pupil__column')
      .evaluateAll((nodes) => nodes.map((node) => Math.round(node.getBoundingClientRect().left)));
    assert.equal(columns.length, 2);
    assert.ok(columns[1] > columns[0] + 300, `two columns side by side: ${columns}`);
    await expectNoAxeViolations(laptop, 'talk preparation on a laptop');
    await screenshot(laptop, 'mentor-pupil-1280');
    await viewportShots(laptop, 'mentor-pupil-1280');
    assert.deepEqual(laptopErrors, []);
    await laptop.close();
  });

  test('the talk sheet prints on one A4 page', async () => {
    // The talk sheet: one A4 page, also with everything in the copy on it.
    await page.getByRole('link', { name: 'Gesprekskaart afdrukken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gesprekskaart' }).waitFor();
    await page.getByText('Gesprekskaart: Noor Bakker').waitFor();
    await expectNoAxeViolations(page, 'talk sheet');
    await screenshot(page, 'mentor-print-360');
    await page.evaluate(() => {
      window.print = () => {
        window.__printed = (window.__printed ?? 0) + 1;
      };
    });
    await page.getByRole('button', { name: 'Afdrukken' }).click();
    assert.equal(await page.evaluate(() => window.__printed), 1);

    // Printing happens on the mentor's laptop: a desktop browser of its own (its own IndexedDB),
    // where Noor's file and that of a pupil who filled every list and text to the brim are read.
    const laptop = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    try {
      const home = await laptop.newPage();
      await home.goto(`${BASE_URL}/begeleiden`);
      await chooseFiles(home, [NOOR_NEWER, RAVI_LONG]);
      await importLine(home, 'ravi-long.zip').getByText('is ingelezen', { exact: false }).waitFor();
      await importLine(home, 'noor-newer.zip')
        .getByText('is ingelezen', { exact: false })
        .waitFor();

      for (const [label, dossierId, name, query] of [
        ['since-last-talk', NOOR_ID, 'Noor Bakker', ''],
        ['everything', NOOR_ID, 'Noor Bakker', '?sinds=alles'],
        ['brimful', RAVI_ID, 'Ravi Ramdin-Vanderheijden', ''],
        ['brimful-everything', RAVI_ID, 'Ravi Ramdin-Vanderheijden', '?sinds=alles'],
      ]) {
        const sheet = await laptop.newPage();
        await sheet.goto(`${BASE_URL}/begeleiden/${dossierId}/afdrukken${query}`);
        await sheet.getByText(`Gesprekskaart: ${name}`).waitFor();
        const pdf = await sheet.pdf({ format: 'A4', printBackground: true });
        assert.equal(pdf.subarray(0, 4).toString(), '%PDF');
        writeFileSync(join(OUT, `talk-sheet-${label}.pdf`), pdf);
        assert.equal(pdfPageCount(pdf), 1, `the ${label} talk sheet fits one A4 page`);
        // The print media as a picture: A4 at 96 dpi.
        await sheet.emulateMedia({ media: 'print' });
        await sheet.setViewportSize({ width: 794, height: 1123 });
        await screenshot(sheet, `mentor-print-media-${label}`);
        await sheet.close();
      }
    } finally {
      await laptop.close();
    }
  });

  test('deleting one pupil, then all of them, asks first and leaves nothing behind', async () => {
    // Delete one pupil: asks first, then removes the copy, its photos and the mentor's records.
    await page.goto(`${BASE_URL}/begeleiden`);
    const sanneRow = page.locator('.pupil-list__item', { hasText: 'Sanne de Vries' });
    await sanneRow.getByRole('button', { name: /Verwijderen/ }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Kopie van Sanne de Vries verwijderen?' });
    await dialog.waitFor();
    await expectNoAxeViolations(page, 'delete one pupil dialog');
    await dialog.getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByText('De kopie van Sanne de Vries is verwijderd.').waitFor();
    await sanneRow.waitFor({ state: 'detached' });
    assert.deepEqual(await page.locator('.pupil-list__name').allInnerTexts(), ['Noor Bakker']);
    const afterOne = await mentorRows(page);
    assert.equal(afterOne.pupils, 1);
    // Noor's photo is left; Sanne's went with her copy.
    assert.equal(afterOne.pupilAttachments, 1);

    // Delete all: asks first; the mentor's name and role stay.
    await page.getByRole('button', { name: 'Alle kopieën verwijderen' }).click();
    const allDialog = page.getByRole('alertdialog', { name: 'Alle kopieën verwijderen?' });
    await allDialog.waitFor();
    await expectNoAxeViolations(page, 'delete all dialog');
    await allDialog.getByRole('button', { name: 'Alles verwijderen' }).click();
    await page.getByText('Je hebt nog geen dossiers ingelezen.', { exact: false }).waitFor();
    assert.deepEqual(await mentorRows(page), {
      drafts: 0,
      feedback: 0,
      leermeter: 0,
      pupilAttachments: 0,
      pupils: 0,
      settings: 1,
      talks: 0,
    });
    assert.equal(await page.getByLabel('Je naam').inputValue(), 'Mevr. Jansen');
    await expectNoAxeViolations(page, 'mentor home after deleting all');

    // A pupil that is gone says so.
    await page.goto(`${BASE_URL}/begeleiden/${NOOR_ID}`);
    await page
      .getByText('Deze leerling staat (niet meer) op dit apparaat.', { exact: false })
      .waitFor();
    await expectNoAxeViolations(page, 'unknown pupil');

    assert.deepEqual(external, []);
    assert.deepEqual(errors, []);
  });
});
