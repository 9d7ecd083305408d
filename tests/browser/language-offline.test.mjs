// English is fetched on demand, in its own chunks (src/plugins/i18n.ts, issue 7's size budget).
// A pupil who chose English keeps it after a reload, also with the network cut, and can switch
// language offline: the service worker precached those chunks with everything else.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  BASE_URL,
  collectPageErrors,
  launchBrowser,
  newPhoneContext,
  waitForActivatedServiceWorker,
} from './support.mjs';
import { createDossier } from './pwa-support.mjs';

/** @param {import('playwright-core').Page} page @param {string} name */
function heading(page, name) {
  return page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('language chosen online, used offline', () => {
  /** @type {import('playwright-core').Browser} */
  let browser;

  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  test('English stays after reloads offline, and the switch works offline both ways', async () => {
    const context = await newPhoneContext(browser);
    try {
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await page.goto(`${BASE_URL}/welkom`);
      await waitForActivatedServiceWorker(page);
      // Prompt mode: the worker controls the page from the next load on.
      await page.reload();
      await createDossier(page, 'Sanne');

      await page.goto(`${BASE_URL}/instellingen`);
      await heading(page, 'Instellingen');
      await page.getByRole('button', { name: 'English' }).click();
      await heading(page, 'Settings');

      await context.setOffline(true);
      await page.reload();
      await heading(page, 'Settings');
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      await page.getByRole('link', { name: 'More', exact: true }).first().click();
      await page.getByRole('link', { name: 'Trash' }).click();
      await heading(page, 'Trash');

      await page.goto(`${BASE_URL}/instellingen`);
      await heading(page, 'Settings');
      await page.getByRole('button', { name: 'Nederlands' }).click();
      await heading(page, 'Instellingen');
      await page.getByRole('button', { name: 'English' }).click();
      await heading(page, 'Settings');
      await page.reload();
      await heading(page, 'Settings');
      // The home timeline, the returning pupil's first screen, in English and offline.
      await page.goto(`${BASE_URL}/`);
      await heading(page, 'My dossier');
      assert.deepEqual(errors, [], 'the page logged errors');
    } finally {
      await context.close();
    }
  });
});
