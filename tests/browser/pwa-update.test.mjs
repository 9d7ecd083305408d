// Safe updates (issue "Installable offline PWA", item 3): a host serves one build; the pupil is
// typing in a form when the host switches to a changed build. The app notices the new version
// when it checks (here: the connection comes back), shows "Nieuwe versie beschikbaar", and
// "Nu bijwerken" saves the draft before the new version reloads the page: 0 characters lost.

import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  collectPageErrors,
  expectNoAxeViolations,
  launchBrowser,
  newPhoneContext,
  screenshot,
  trackExternalRequests,
  waitForActivatedServiceWorker,
} from './support.mjs';
import {
  DIST,
  ROOT,
  buildVersion,
  createDossier,
  entryScript,
  startSwappableServer,
} from './pwa-support.mjs';

const VERSION_A = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
const VERSION_B = `${VERSION_A}-update-test`;
// Long enough to matter, with characters that survive no sloppy encoding.
const TITLE = 'Meeloopdag bij Zorggroep Sint-Maarten — afdeling “Zonnebloem”';
const TYPED_BEFORE =
  'Ik liep mee met Ayşe, een verzorgende IG. We hielpen 6 bewoners bij het ontbijt';
const TYPED_DURING =
  ' en daarna deden we samen de koffieronde. Leuk: ik mocht zelf vragen stellen!';

describe('updating to a new version while typing', () => {
  /** @type {import('playwright-core').Browser} */
  let browser;
  /** @type {Awaited<ReturnType<typeof startSwappableServer>>} */
  let server;
  const distB = join(ROOT, '.tmp', `pwa-update-b-${process.pid}`);
  let entryB = '';

  before(
    async () => {
      // The second release: the same code built with another version string, so every hashed
      // file and the service worker's precache list differ from the first.
      entryB = buildVersion(distB, VERSION_B);
      assert.notEqual(entryB, entryScript(DIST), 'the two builds are the same');
      server = await startSwappableServer(DIST);
      browser = await launchBrowser();
    },
    { timeout: 240_000 },
  );

  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(distB, { recursive: true, force: true });
  });

  test('"Nu bijwerken" keeps every character typed, also the last ones', async () => {
    const context = await newPhoneContext(browser);
    const external = trackExternalRequests(context, server.url);
    const page = await context.newPage();
    const errors = collectPageErrors(page);

    // Version A, installed: the worker is active and controls the page.
    await page.goto(server.url);
    await createDossier(page, 'Ayla');
    await waitForActivatedServiceWorker(page);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mijn dossier' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller !== null), true);
    const entryA = await page.evaluate(
      () => document.querySelector('script[type="module"]')?.getAttribute('src') ?? '',
    );
    assert.equal(entryA, entryScript(DIST));

    await page.getByRole('link', { name: 'Ervaring toevoegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe ervaring' }).waitFor();
    await page.getByLabel('Soort ervaring').selectOption('meeloopdag');
    await page.getByLabel('Titel').fill(TITLE);
    const description = page.getByLabel(/^Wat heb je gedaan\?/);
    await description.fill(TYPED_BEFORE);
    assert.equal(await page.getByText('Nieuwe versie beschikbaar').count(), 0);

    // The host deploys version B. The app checks for updates when the connection comes back.
    server.serve(distB);
    await context.setOffline(true);
    await context.setOffline(false);
    await page.getByText('Nieuwe versie beschikbaar').waitFor({ timeout: 30_000 });
    await expectNoAxeViolations(page, 'form with the update prompt');
    await screenshot(page, 'update-prompt');

    // The pupil goes on typing and taps "Nu bijwerken" straight away, before autosave's delay.
    await description.pressSequentially(TYPED_DURING, { delay: 0 });
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Nu bijwerken' }).click();
    await reloaded;

    // Version B runs, and the form comes back with everything.
    await page.getByRole('heading', { level: 1, name: 'Nieuwe ervaring' }).waitFor();
    await page.getByText('We hebben teruggezet wat je had getypt.', { exact: false }).waitFor();
    assert.equal(
      await page.evaluate(
        () => document.querySelector('script[type="module"]')?.getAttribute('src') ?? '',
      ),
      entryB,
    );
    const expectedText = TYPED_BEFORE + TYPED_DURING;
    const restoredText = await description.inputValue();
    const restoredTitle = await page.getByLabel('Titel').inputValue();
    assert.equal(
      expectedText.length - restoredText.length + (TITLE.length - restoredTitle.length),
      0,
      'characters lost',
    );
    assert.equal(restoredText, expectedText);
    assert.equal(restoredTitle, TITLE);
    assert.equal(await page.getByLabel('Soort ervaring').inputValue(), 'meeloopdag');
    assert.equal(await page.getByText('Nieuwe versie beschikbaar').count(), 0);

    // It saves as usual in the new version, which says which version it is.
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('article').filter({ hasText: TITLE }).waitFor();
    await page.getByRole('link', { name: 'Meer' }).first().click();
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByText(`Versie ${VERSION_B}`).waitFor();

    assert.deepEqual(external, [], 'requests left the app origin');
    assert.deepEqual(errors, [], 'the page logged errors');
    await context.close();
  });
});
