// Durable storage (issue "Installable offline PWA", item 4): persistence is requested after the
// first real entry (not on a first page load), settings show persistence, usage and quota, the
// dossier screen reminds to make a backup, and iPhone browsers get the one-sentence reason to
// install.

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
import { addExperience, createDossier } from './pwa-support.mjs';

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';

/**
 * Counts calls of navigator.storage.persist() in every page of the context (the real method
 * still runs).
 * @param {import('playwright-core').BrowserContext} context
 */
async function countPersistCalls(context) {
  const calls = { count: 0 };
  await context.exposeBinding('__persistCalled', () => {
    calls.count += 1;
  });
  await context.addInitScript(() => {
    const persist = StorageManager.prototype.persist;
    StorageManager.prototype.persist = function () {
      /** @type {any} */ (window).__persistCalled();
      return persist.call(this);
    };
  });
  return calls;
}

/** @param {import('playwright-core').Page} page @param {string} label */
async function fact(page, label) {
  const text = await page
    .locator('dt', { hasText: label })
    .locator('xpath=following-sibling::dd[1]')
    .innerText();
  return text.replace(/[\u00a0\u202f]/g, ' ').trim();
}

describe('durable storage', () => {
  /** @type {import('playwright-core').Browser} */
  let browser;

  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  test('asks for persistence after the first entry, shows it in settings, reminds to back up', async () => {
    const context = await newPhoneContext(browser);
    const calls = await countPersistCalls(context);
    const external = trackExternalRequests(context, BASE_URL);
    const page = await context.newPage();
    const errors = collectPageErrors(page);

    await page.goto(BASE_URL);
    await createDossier(page, 'Noa');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mijn dossier' }).waitFor();
    await page.waitForTimeout(300);
    assert.equal(calls.count, 0, 'persist() was asked before there was anything to keep');
    assert.equal(await page.getByText('Maak een back-up van je dossier').count(), 0);

    await addExperience(page, { title: 'Open dag Graafschap College' });
    for (let i = 0; i < 100 && calls.count === 0; i++) await page.waitForTimeout(50);
    assert.equal(calls.count, 1);

    // The dossier now holds something and was never exported: a gentle reminder, with a way
    // out, from the next time the dossier screen opens (it never pushes an open list away).
    const reminder = page.getByRole('region', { name: 'Maak een back-up van je dossier' });
    await page.getByRole('link', { name: 'Meer' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Meer' }).waitFor();
    await page.getByRole('link', { name: 'Dossier', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Mijn dossier' }).waitFor();
    await reminder.waitFor();
    assert.equal(
      await reminder.getByRole('link', { name: 'Dossier exporteren' }).getAttribute('href'),
      '/exporteren',
    );
    await expectNoAxeViolations(page, 'dossier with the backup reminder');
    await screenshot(page, 'backup-reminder');

    // The link opens the export screen (Portable dossier).
    await reminder.getByRole('link', { name: 'Dossier exporteren' }).click();
    await page.waitForURL((url) => url.pathname === '/exporteren');
    await page.getByRole('heading', { level: 1, name: 'Dossier exporteren' }).waitFor();
    await page.goBack();
    await reminder.waitFor();

    await addExperience(page, { title: 'Bijbaan bij de Albert Heijn' });
    await page.waitForTimeout(300);
    assert.equal(calls.count, 1, 'persist() was asked again');

    await reminder.getByRole('button', { name: 'Later' }).click();
    await reminder.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('article').filter({ hasText: 'Bijbaan bij de Albert Heijn' }).waitFor();
    assert.equal(await page.getByText('Maak een back-up van je dossier').count(), 0);

    // Settings show what the browser itself says.
    await page.getByRole('link', { name: 'Meer' }).first().click();
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Opslag', exact: true }).waitFor();
    const truth = await page.evaluate(async () => ({
      persisted: await navigator.storage.persisted(),
      estimate: await navigator.storage.estimate(),
    }));
    await page.locator('dt', { hasText: 'In gebruik' }).waitFor();
    await page.waitForFunction(() => !document.body.innerText.includes('Laden…'));
    assert.match(await fact(page, 'Blijvende opslag'), truth.persisted ? /^Aan:/ : /^Uit:/);
    const usage = await fact(page, 'In gebruik');
    assert.match(usage, /^[\d,]+ (byte|kB|MB|GB) van [\d,]+ (kB|MB|GB) \(\d+%\)$/);
    const percent = Math.round(((truth.estimate.usage ?? 0) / (truth.estimate.quota ?? 1)) * 100);
    assert.ok(usage.endsWith(`(${percent}%)`), `${usage} vs ${percent}%`);
    assert.equal(await page.getByText('beginscherm').count(), 0);
    await expectNoAxeViolations(page, 'settings with the storage section');
    await screenshot(page, 'settings-storage');

    assert.deepEqual(external, []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('on an iPhone in the browser, settings say in one sentence why to install', async () => {
    const context = await newPhoneContext(browser, { userAgent: IPHONE_SAFARI });
    const page = await context.newPage();
    await page.goto(BASE_URL);
    await createDossier(page, 'Noa');
    await page.goto(`${BASE_URL}/instellingen`);
    const sentence = page.getByText('Zet Loopbaandossier op je beginscherm', { exact: false });
    await sentence.waitFor();
    assert.equal(
      await sentence.innerText(),
      'Zet Loopbaandossier op je beginscherm (Deel-knop → Zet op beginscherm): Safari mag gegevens van websites wissen die je een week niet opent, maar niet die van een app op je beginscherm.',
    );
    await expectNoAxeViolations(page, 'settings on an iPhone');
    await context.close();
  });
});
