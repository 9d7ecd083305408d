// Several tabs (issue "Installable offline PWA", item 5): what one tab saves appears live in the
// other, and when another tab upgrades the database this tab saves what was typed, steps aside
// so the upgrade is not blocked, and asks the pupil to reload.

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

describe('the dossier open in two tabs', () => {
  /** @type {import('playwright-core').Browser} */
  let browser;

  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  test('an experience added in one tab appears in the other without a reload', async () => {
    const context = await newPhoneContext(browser);
    const external = trackExternalRequests(context, BASE_URL);
    const first = await context.newPage();
    const errors = collectPageErrors(first);
    await first.goto(BASE_URL);
    await createDossier(first, 'Jesse');
    await first.getByText('Je hebt nog niets vastgelegd.', { exact: false }).waitFor();

    const second = await context.newPage();
    await second.goto(BASE_URL);
    await second.getByRole('heading', { level: 1, name: 'Mijn dossier' }).waitFor();
    await addExperience(second, { title: 'Bedrijfsbezoek Tata Steel', place: 'IJmuiden' });

    // No reload, no navigation in the first tab.
    const navigations = [];
    first.on('framenavigated', (frame) => navigations.push(frame.url()));
    await first.getByRole('article').filter({ hasText: 'Bedrijfsbezoek Tata Steel' }).waitFor();
    assert.deepEqual(navigations, []);

    assert.deepEqual(external, []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('an upgrade in another tab saves what this tab typed and asks to reload', async () => {
    const context = await newPhoneContext(browser);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(BASE_URL);
    await createDossier(page, 'Jesse');
    await page.getByRole('link', { name: 'Ervaring toevoegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe ervaring' }).waitFor();
    const typed = 'Gastles van een brandweervrouw over haar werk';
    await page.getByLabel('Titel').fill(typed);

    // Another tab opens the database at a higher version, as a newer app version would. It must
    // not be blocked by this tab: the open succeeds.
    const other = await context.newPage();
    await other.goto(`${BASE_URL}/bestaat-niet`);
    const draft = await other.evaluate(async () => {
      const [info] = (await indexedDB.databases()).filter((db) => db.name === 'loopbaandossier');
      /** @type {IDBDatabase} */
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('loopbaandossier', (info?.version ?? 10) + 10);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
        request.onblocked = () => reject(new Error('the upgrade was blocked by the other tab'));
      });
      const row = await new Promise((resolve, reject) => {
        const request = db.transaction('drafts').objectStore('drafts').get('experience:new');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      db.close();
      return /** @type {{ value: { title: string } } | undefined} */ (row);
    });
    assert.equal(draft?.value.title, typed);

    const notice = page.getByRole('alert').filter({ hasText: 'Herlaad deze pagina' });
    await notice.waitFor();
    assert.match(
      await notice.innerText(),
      /Loopbaandossier is in een ander tabblad bijgewerkt\. Wat je typte is bewaard\./,
    );
    // Nothing typed now could be saved any more, so the page behind the notice is inert, and
    // the reload button has the focus.
    assert.equal(await page.locator('main').getAttribute('inert'), '');
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent?.trim()),
      'Pagina herladen',
    );
    await expectNoAxeViolations(page, 'notice after an upgrade in another tab');
    await screenshot(page, 'tabs-upgraded-elsewhere');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
