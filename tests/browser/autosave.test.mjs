// Nothing typed is lost: the pupil types into the experience form and the page goes away before
// they press save — a reload, or the tab closed and the app opened again. The text is back.
// Real Chromium, real IndexedDB, phone-size screen.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  BASE_URL,
  collectPageErrors,
  expectNoAxeViolations,
  launchBrowser,
  newPhoneContext,
  screenshot,
} from './support.mjs';
import { startDossier } from './journey-support.mjs';

const RESTORED = 'Je was hier eerder mee bezig. We hebben teruggezet wat je had getypt.';

describe('autosave of the experience form', () => {
  /** @type {import('playwright-core').Browser} */
  let browser;
  /** @type {import('playwright-core').BrowserContext} */
  let context;

  before(async () => {
    browser = await launchBrowser();
    context = await newPhoneContext(browser);
    const page = await context.newPage();
    await startDossier(page);
    await page.close();
  });

  after(async () => {
    await context?.close();
    await browser?.close();
  });

  test('a reload mid-typing loses nothing', async () => {
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${BASE_URL}/ervaring/nieuw`);
    await page.getByRole('heading', { level: 1, name: 'Nieuwe ervaring' }).waitFor();

    await page.getByLabel('Soort ervaring').selectOption('bijbaan');
    await page.getByLabel('Titel').pressSequentially('Bijbaan bij de Jumbo');
    await page.getByLabel(/^Wat heb je gedaan\?/).pressSequentially('Vakken vullen en de kassa');
    // Straight away, without waiting for anything: the page goes mid-sentence.
    await page.reload();

    await page.getByRole('heading', { level: 1, name: 'Nieuwe ervaring' }).waitFor();
    await page.getByText(RESTORED).waitFor();
    assert.equal(await page.getByLabel('Titel').inputValue(), 'Bijbaan bij de Jumbo');
    assert.equal(
      await page.getByLabel(/^Wat heb je gedaan\?/).inputValue(),
      'Vakken vullen en de kassa',
    );
    assert.equal(await page.getByLabel('Soort ervaring').inputValue(), 'bijbaan');
    await expectNoAxeViolations(page, 'experience form with a restored draft');
    await screenshot(page, 'autosave-restored');

    // Typing on after the reload is kept too, and saving clears the draft for good.
    await page.getByLabel(/^Plaats of organisatie/).pressSequentially('Zwolle');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn dossier' }).waitFor();
    await page.getByRole('article').filter({ hasText: 'Bijbaan bij de Jumbo' }).waitFor();
    await page.goto(`${BASE_URL}/ervaring/nieuw`);
    await page.getByRole('heading', { level: 1, name: 'Nieuwe ervaring' }).waitFor();
    assert.equal(await page.getByLabel('Titel').inputValue(), '');
    assert.equal(await page.getByText(RESTORED).count(), 0);
    assert.deepEqual(errors, [], 'the page logged errors');
    await page.close();
  });

  test('closing the tab mid-typing and opening the app again loses nothing', async () => {
    let page = await context.newPage();
    await page.goto(`${BASE_URL}/ervaring/nieuw`);
    await page.getByRole('heading', { level: 1, name: 'Nieuwe ervaring' }).waitFor();
    await page.getByLabel('Titel').pressSequentially('Open dag Deltion');
    await page.getByLabel(/^Contactpersoon/).pressSequentially('Fatima');
    await page.close({ runBeforeUnload: true });

    page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${BASE_URL}/ervaring/nieuw`);
    await page.getByText(RESTORED).waitFor();
    assert.equal(await page.getByLabel('Titel').inputValue(), 'Open dag Deltion');
    assert.equal(await page.getByLabel(/^Contactpersoon/).inputValue(), 'Fatima');

    // "Opnieuw beginnen" throws the draft away, also for the next visit.
    await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
    assert.equal(await page.getByLabel('Titel').inputValue(), '');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe ervaring' }).waitFor();
    assert.equal(await page.getByLabel('Titel').inputValue(), '');
    assert.deepEqual(errors, [], 'the page logged errors');
    await page.close();
  });

  test('changes to a saved experience survive a reload before saving', async () => {
    const page = await context.newPage();
    await page.goto(BASE_URL);
    await page
      .getByRole('article')
      .filter({ hasText: 'Bijbaan bij de Jumbo' })
      .getByRole('link')
      .click();
    await page.getByRole('heading', { level: 1, name: 'Ervaring bewerken' }).waitFor();
    const description = page.getByLabel(/^Wat heb je gedaan\?/);
    await description.press('End');
    await description.pressSequentially(', en ik heb geleerd klanten te helpen');
    await page.reload();

    await page.getByRole('heading', { level: 1, name: 'Ervaring bewerken' }).waitFor();
    await page.getByText(RESTORED).waitFor();
    assert.equal(
      await description.inputValue(),
      'Vakken vullen en de kassa, en ik heb geleerd klanten te helpen',
    );
    await expectNoAxeViolations(page, 'edit form with a restored draft');
    await page.close();
  });
});
