// The portable dossier in real Chromium at 360 px: export (download, lastExportAt), import into
// a fresh device, and password protection (wrong then right password) with a merge. Every
// screen is checked with axe. The exported files are kept in test-results/dossier/ and validated
// with the command-line tool, exactly as a school would.

import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
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
import { countRows, putRecords } from './journey-support.mjs';
import { readTable } from './entries-support.mjs';
import {
  HOSTILE_TITLE,
  OUT,
  PASSWORD,
  chooseFile,
  cspViolations,
  cli,
  exportFile,
  openFromMore,
  recordCspViolations,
  seedDossier,
  smallTargets,
} from './dossier-support.mjs';

describe('portable dossier', () => {
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

  test('export the whole dossier: a download, the export date recorded', async () => {
    await seedDossier(page);

    // Settings links to the portable dossier; nothing was exported yet.
    await openFromMore(page, 'Instellingen', 'Instellingen');
    await page.getByText('Je hebt nog geen export gemaakt.').waitFor();

    await openFromMore(page, 'Dossier exporteren', 'Dossier exporteren');
    await page.getByText('Ervaringen: 2').waitFor();
    await page.getByText('Foto’s: 1').waitFor();
    await expectNoAxeViolations(page, 'export screen');
    assert.deepEqual(await smallTargets(page), []);
    await screenshot(page, 'dossier-export');

    // A selection: period, kinds, competencies, and item by item.
    await page.getByLabel('Een selectie').check();
    await page.getByLabel('Kwaliteiten en motieven').uncheck();
    await page.getByText('Ervaringen kiezen').click();
    await page.getByLabel(/^Snuffelstage bij de bakker ·/).uncheck();
    await page.getByText('Ervaringen: 1').waitFor();
    assert.equal(await page.getByText('Kwaliteiten en motieven: 1').count(), 0);
    await expectNoAxeViolations(page, 'export screen with a selection');
    assert.deepEqual(await smallTargets(page), []);
    await screenshot(page, 'dossier-export-selection');
    await page.getByLabel('Mijn hele dossier').check();
    await page.getByText('Ervaringen: 2').waitFor();

    plainExport = await exportFile(page, 'exported-from-chromium.zip');
    assert.match(plainExport.suggested, /^loopbaandossier-sanne-de-vries-\d{4}-\d{2}-\d{2}\.zip$/);
    await page.getByText(/^Klaar: loopbaandossier-sanne-de-vries-.*\.zip/).waitFor();
    const lastExport = (await readTable(page, 'settings')).find(
      (row) => row.key === 'lastExportAt',
    );
    assert.ok(
      lastExport && Date.now() - Date.parse(lastExport.value) < 120_000,
      'lastExportAt is now',
    );
    await expectNoAxeViolations(page, 'export screen after the export');
    await screenshot(page, 'dossier-export-done');

    // A school's view of the same file.
    const validated = cli('validate', plainExport.path);
    assert.equal(validated.code, 0, validated.stdout);
    assert.match(
      validated.stdout,
      /^Geldig loopbaandossier \(bestandsversie 2\) van Sanne de Vries: ervaringen 2/,
    );

    await openFromMore(page, 'Instellingen', 'Instellingen');
    await page.getByText(/^Laatste export: /).waitFor();
    await expectNoAxeViolations(page, 'settings with the dossier section');
  });

  test('import it on an empty device: the dossier is there, text stays text', async () => {
    const device = await newPhoneContext(browser);
    await recordCspViolations(device);
    try {
      const fresh = await device.newPage();
      const freshErrors = collectPageErrors(fresh);
      await fresh.goto(BASE_URL);
      await fresh
        .getByRole('heading', { level: 1, name: 'Welkom bij je loopbaandossier' })
        .waitFor();
      await expectNoAxeViolations(fresh, 'first-run screen with the import link');
      await screenshot(fresh, 'dossier-first-run');
      await fresh.getByRole('link', { name: 'Ik heb al een dossier' }).click();
      await fresh.getByRole('heading', { level: 1, name: 'Dossier importeren' }).waitFor();
      await expectNoAxeViolations(fresh, 'import screen on an empty device');
      await screenshot(fresh, 'dossier-import-empty');

      await chooseFile(fresh, plainExport.path);
      await fresh.getByRole('heading', { level: 2, name: 'Dossier van Sanne de Vries' }).waitFor();
      await fresh
        .getByText('Er staat nog geen dossier op dit apparaat. Dit wordt je dossier.')
        .waitFor();
      await expectNoAxeViolations(fresh, 'import preview');
      await screenshot(fresh, 'dossier-import-preview');
      await fresh.getByRole('button', { name: 'Importeren' }).click();
      await fresh
        .getByText(/^Je dossier staat nu op dit apparaat: \d+ onderdelen ingelezen\.$/)
        .waitFor();
      await expectNoAxeViolations(fresh, 'import done');

      await fresh.getByRole('link', { name: 'Naar je dossier' }).click();
      await fresh.getByRole('heading', { level: 1, name: 'Mijn dossier' }).waitFor();
      await fresh.getByText('Hoi Sanne de Vries!').waitFor();
      await fresh.getByText('Snuffelstage bij de bakker').first().waitFor();
      // The markup in the title is shown literally and never ran.
      await fresh.getByText(HOSTILE_TITLE).first().waitFor();
      assert.equal(await fresh.evaluate(() => /** @type {any} */ (window).__pwned), undefined);
      assert.equal(await fresh.locator('main img[src="x"]').count(), 0);
      const rows = await countRows(fresh);
      assert.equal(rows.attachmentBlobs, 1, 'the photo came along');
      assert.equal(rows.experiences, 2);
      assert.deepEqual(freshErrors, []);
      assert.deepEqual(await cspViolations(fresh), []);
    } finally {
      await device.close();
    }
  });

  test('export with a password, then import it with a wrong and the right password (a merge)', async () => {
    // Since the plain export, the pupil set a new goal: only the encrypted file has it.
    const stamp = new Date().toISOString();
    await putRecords(page, 'goals', [
      {
        id: crypto.randomUUID(),
        createdAt: stamp,
        updatedAt: stamp,
        deletedAt: null,
        text: 'Stage zoeken bij een bakkerij',
        competency: 'loopbaansturing',
        dueDate: null,
        status: 'open',
        sourceId: null,
      },
    ]);
    await page.reload();
    await openFromMore(page, 'Dossier exporteren', 'Dossier exporteren');
    await page.getByLabel('Beveiligen met een wachtwoord').check();
    await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Wachtwoord nog een keer').fill('iets anders');
    await page.getByRole('button', { name: 'Bestand maken' }).click();
    await page.getByText('De twee wachtwoorden zijn niet hetzelfde. Typ ze opnieuw.').waitFor();
    await expectNoAxeViolations(page, 'export with a password mismatch');
    await page.getByLabel('Wachtwoord nog een keer').fill(PASSWORD);
    const encrypted = await exportFile(page, 'exported-from-chromium.enc');
    assert.match(encrypted.suggested, /^loopbaandossier-sanne-de-vries-\d{4}-\d{2}-\d{2}\.enc$/);
    assert.equal(readFileSync(encrypted.path).subarray(0, 8).toString('ascii'), 'LBDOSENC');

    // The other device already has the dossier (from the plain file) and gets a newer copy.
    const device = await newPhoneContext(browser);
    try {
      const other = await device.newPage();
      await other.goto(`${BASE_URL}/importeren`);
      await other.getByRole('heading', { level: 1, name: 'Dossier importeren' }).waitFor();
      await chooseFile(other, plainExport.path);
      await other.getByRole('button', { name: 'Importeren' }).click();
      await other.getByText(/^Je dossier staat nu op dit apparaat/).waitFor();

      await other.goto(`${BASE_URL}/importeren`);
      await other.getByRole('heading', { level: 1, name: 'Dossier importeren' }).waitFor();
      await chooseFile(other, encrypted.path);
      await other
        .getByText(
          'Dit dossier is beveiligd met een wachtwoord. Vul het wachtwoord in om het te openen.',
        )
        .waitFor();
      await other.getByLabel('Wachtwoord van het bestand').fill('verkeerd wachtwoord');
      await other.getByRole('button', { name: 'Openen' }).click();
      await other.getByRole('alert').filter({ hasText: 'Het wachtwoord klopt niet' }).waitFor();
      await expectNoAxeViolations(other, 'import with a wrong password');
      await screenshot(other, 'dossier-import-wrong-password');
      await other.getByLabel('Wachtwoord van het bestand').fill(PASSWORD);
      await other.getByRole('button', { name: 'Openen' }).click();
      await other.getByText(/Dit is jouw dossier van een ander apparaat/).waitFor();
      await other.getByText(/^Zo wordt het: 1 nieuw, 0 bijgewerkt, \d+ al gelijk\.$/).waitFor();
      await expectNoAxeViolations(other, 'merge preview');
      await other.getByRole('button', { name: 'Importeren' }).click();
      await other.getByText('Samengevoegd: 1 nieuw, 0 bijgewerkt.').waitFor();
      const rows = await countRows(other);
      assert.equal(rows.experiences, 2, 'nothing was duplicated');
      assert.equal(rows.goals, 2);
    } finally {
      await device.close();
    }
    assert.deepEqual(errors, []);
    assert.deepEqual(external, []);
    assert.deepEqual(await cspViolations(page), []);
  });
});
