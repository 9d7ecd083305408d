// The portable dossier in real Chromium at 360 px, what it refuses and what it prints: hostile
// files get a clear message and change nothing, another pupil's dossier is refused with a
// pointer to mentor mode, and the overview prints to a clean A4 PDF (kept in
// test-results/dossier/, with PNGs of its pages when pdftoppm is installed).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import {
  BASE_URL,
  collectPageErrors,
  expectNoAxeViolations,
  launchBrowser,
  newPhoneContext,
  screenshot,
  trackExternalRequests,
} from './support.mjs';
import { makeImage, startDossier } from './journey-support.mjs';
import {
  OUT,
  chooseFile,
  cspViolations,
  dossierRows,
  exportFile,
  openFromMore,
  recordCspViolations,
  seedDossier,
} from './dossier-support.mjs';

describe('portable dossier: refusals and print', () => {
  /** @type {import('playwright-core').Browser} */
  let browser;
  /** @type {import('playwright-core').BrowserContext} */
  let pupil;
  /** @type {import('playwright-core').Page} */
  let page;
  /** @type {string[]} */
  let errors;
  /** @type {string[]} */
  let external;
  /** @type {{ path: string, suggested: string }} */
  let plainExport;

  before(async () => {
    mkdirSync(OUT, { recursive: true });
    browser = await launchBrowser();
    pupil = await newPhoneContext(browser, { acceptDownloads: true });
    external = trackExternalRequests(pupil, BASE_URL);
    await recordCspViolations(pupil);
    page = await pupil.newPage();
    errors = collectPageErrors(page);
  });

  after(async () => {
    await pupil?.close();
    await browser?.close();
  });

  test('make a dossier and export it', async () => {
    await seedDossier(page);
    await openFromMore(page, 'Dossier exporteren', 'Dossier exporteren');
    plainExport = await exportFile(page, 'for-refusals.zip');
  });

  test('a hostile file is refused with a clear message and changes nothing', async () => {
    const before = await dossierRows(page);
    await openFromMore(page, 'Dossier importeren', 'Dossier importeren');
    const hostile = [
      {
        file: {
          name: 'nieuwer.zip',
          mimeType: 'application/zip',
          buffer: Buffer.from(
            zipSync({
              'dossier.json': strToU8('{"format":"loopbaandossier","formatVersion":999}'),
            }),
          ),
        },
        message:
          /Dit dossier is gemaakt met een nieuwere versie van de app .* Werk de app eerst bij/,
      },
      {
        file: {
          name: 'foto.zip',
          mimeType: 'application/zip',
          buffer: await makeImage(page, { width: 10, height: 10, type: 'image/png' }),
        },
        message: /Dit is geen loopbaandossier\. Er is niets ingelezen\./,
      },
      {
        file: {
          name: 'proto.zip',
          mimeType: 'application/zip',
          buffer: Buffer.from(
            zipSync({
              'dossier.json': strToU8(
                '{"format":"loopbaandossier","formatVersion":1,"__proto__":{"x":1}}',
              ),
            }),
          ),
        },
        message: /een verboden veldnaam \(bij \$\.__proto__\)/,
      },
    ];
    for (const { file, message } of hostile) {
      writeFileSync(join(OUT, `hostile-${file.name}`), file.buffer);
      await chooseFile(page, file);
      await page.getByRole('alert').filter({ hasText: message }).waitFor();
    }
    await expectNoAxeViolations(page, 'import with a hostile file');
    await screenshot(page, 'dossier-import-hostile');
    assert.deepEqual(await dossierRows(page), before, 'the database is unchanged');
  });

  test('another pupil’s dossier is refused, pointing to mentor mode', async () => {
    const device = await newPhoneContext(browser);
    try {
      const mentor = await device.newPage();
      await startDossier(mentor, 'Daan');
      const before = await dossierRows(mentor);
      await mentor.goto(`${BASE_URL}/importeren`);
      await chooseFile(mentor, plainExport.path);
      await mentor
        .getByRole('alert')
        .filter({
          hasText: /Dit is het dossier van Sanne de Vries, niet dat van jou \(Daan\).*mentormodus/,
        })
        .waitFor();
      await expectNoAxeViolations(mentor, 'import of another pupil’s dossier');
      assert.deepEqual(await dossierRows(mentor), before);
    } finally {
      await device.close();
    }
  });

  test('the printable overview prints to a clean A4 PDF', async () => {
    // The import screen (also used before there is a dossier) has no menu bar, but a way back.
    await page.getByRole('link', { name: 'Terug' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meer' }).waitFor();
    await page.getByRole('link', { name: 'Overzicht afdrukken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overzicht afdrukken' }).waitFor();
    await page
      .getByRole('heading', { level: 2, name: 'Loopbaandossier van Sanne de Vries' })
      .waitFor();
    await page.getByText('Ik werk graag met mijn handen.').first().waitFor();
    await page.getByText('Nog een dag meelopen').waitFor();
    await expectNoAxeViolations(page, 'print overview');
    await screenshot(page, 'dossier-print-overview');

    await page.emulateMedia({ media: 'print' });
    assert.equal(
      await page.locator('.app-nav').first().isVisible(),
      false,
      'no navigation on paper',
    );
    assert.equal(await page.getByRole('button', { name: 'Afdrukken' }).isVisible(), false);
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      path: join(OUT, 'overzicht.pdf'),
    });
    await page.emulateMedia({ media: 'screen' });
    assert.equal(pdf.subarray(0, 5).toString('ascii'), '%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages >= 1 && pages <= 6, `a short dossier prints on a few pages, got ${pages}`);
    const poppler = spawnSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      join(OUT, 'overzicht.pdf'),
      join(OUT, 'overzicht'),
    ]);
    if (poppler.error) console.log('pdftoppm not installed: the PDF is in test-results/dossier/');

    assert.deepEqual(errors, []);
    assert.deepEqual(external, []);
    assert.deepEqual(await cspViolations(page), []);
  });
});
