// Kwaliteiten en motieven on a phone: both lists, adding with the experiences that show it,
// autosave across a reload, keyboard use, delete with undo, English. (The search in a long
// list is in traits-search.test.mjs.)

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
import { startDossier } from './journey-support.mjs';
import {
  expectFocused,
  readTable,
  waitForSetting,
  seedExperiences,
  smallTargets,
  waitForDraft,
} from './entries-support.mjs';

describe('kwaliteiten en motieven on a phone', () => {
  /** @type {import('playwright-core').Browser} */
  let browser;

  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  test('add a kwaliteit linked to experiences, survive a reload, then delete and undo', async () => {
    const context = await newPhoneContext(browser);
    const external = trackExternalRequests(context, BASE_URL);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await startDossier(page);
    const [bakeryId] = await seedExperiences(page, [
      { title: 'Snuffelstage bij de bakker', date: '2026-10-02' },
      { title: 'Open dag Deltion', date: '2026-11-12' },
    ]);

    // Reached from the "Meer" screen.
    await page.getByRole('link', { name: 'Meer' }).first().click();
    await page.getByRole('link', { name: 'Kwaliteiten en motieven' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kwaliteiten en motieven' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/kwaliteiten');
    await page.getByRole('heading', { level: 2, name: 'Mijn kwaliteiten' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Mijn motieven' }).waitFor();
    await page.getByText('Waar ben je goed in? Wat zeggen anderen over jou?').waitFor();
    await expectNoAxeViolations(page, 'empty traits screen');
    await screenshot(page, 'traits-empty');

    await page.getByRole('link', { name: 'Kwaliteit toevoegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe kwaliteit' }).waitFor();
    await expectNoAxeViolations(page, 'new kwaliteit form');
    assert.deepEqual(await smallTargets(page), [], 'controls smaller than 44 px');

    // Type, tick an experience, and reload before saving: everything comes back.
    await page.getByLabel('Waar ben je goed in?').fill('Goed luisteren');
    await page.getByLabel(/^Hoe weet je dat\?/).fill('Klanten zeiden dat ik rustig bleef.');
    await page.getByRole('checkbox', { name: /Snuffelstage bij de bakker/ }).check();
    await page.getByText('1 aangevinkt').waitFor();
    await waitForDraft(
      page,
      'trait:new:kwaliteit',
      (draft) => draft.evidenceIds.length === 1 && draft.description.startsWith('Klanten'),
    );
    await page.reload();
    await page.getByText('We hebben teruggezet wat je had getypt.').waitFor();
    assert.equal(await page.getByLabel('Waar ben je goed in?').inputValue(), 'Goed luisteren');
    assert.equal(
      await page.getByRole('checkbox', { name: /Snuffelstage bij de bakker/ }).isChecked(),
      true,
    );
    await expectNoAxeViolations(page, 'kwaliteit form with a restored draft');
    await screenshot(page, 'traits-form-restored');

    // The second experience is ticked by keyboard: Tab reaches it, Space ticks it.
    const openDay = page.getByRole('checkbox', { name: /Open dag Deltion/ });
    await page.getByRole('checkbox', { name: /Snuffelstage bij de bakker/ }).focus();
    await page.keyboard.press('Shift+Tab');
    await expectFocused(openDay, 'the Open dag checkbox (newest first)');
    await page.keyboard.press('Space');
    assert.equal(await openDay.isChecked(), true);
    await page.getByRole('button', { name: 'Opslaan' }).click();

    await page.getByRole('heading', { level: 1, name: 'Kwaliteiten en motieven' }).waitFor();
    const card = page.getByRole('article').filter({ hasText: 'Goed luisteren' });
    await card.waitFor();
    await expectNoAxeViolations(page, 'traits screen with a kwaliteit');

    // Reload: it is stored, under kwaliteiten, with links to both experiences.
    await page.reload();
    await card.waitFor();
    const qualities = page.getByRole('region', { name: 'Mijn kwaliteiten' });
    assert.equal(await qualities.getByRole('article').count(), 1);
    assert.equal(await card.getByRole('link').count(), 3);
    await screenshot(page, 'traits-list');
    await card.getByRole('link', { name: 'Snuffelstage bij de bakker' }).click();
    await page.waitForURL(`${BASE_URL}/ervaring/${bakeryId}`);
    await page.goBack();

    // A motief goes to the other list.
    await page.getByRole('link', { name: 'Motief toevoegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw motief' }).waitFor();
    await page.getByText('Wat vind je belangrijk in werk?').first().waitFor();
    await page.getByLabel('Wat vind je belangrijk?').fill('Mensen helpen');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    const motives = page.getByRole('region', { name: 'Mijn motieven' });
    await motives.getByRole('article').filter({ hasText: 'Mensen helpen' }).waitFor();
    await motives.getByText('Nog niet gekoppeld aan een ervaring.').waitFor();

    // Delete moves it to the trash; the toast's undo brings it back.
    await card.getByRole('link', { name: 'Goed luisteren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kwaliteit bewerken' }).waitFor();
    await expectNoAxeViolations(page, 'edit kwaliteit form');
    await page.getByRole('button', { name: 'Kwaliteit verwijderen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kwaliteiten en motieven' }).waitFor();
    await page.getByText('Naar de prullenbak verplaatst.').waitFor();
    await card.waitFor({ state: 'detached' });
    const trashed = (await readTable(page, 'traits')).find((t) => t.name === 'Goed luisteren');
    assert.notEqual(trashed.deletedAt, null);
    await expectNoAxeViolations(page, 'traits screen with the undo toast');
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await card.waitFor();

    assert.deepEqual(external, [], 'requests left the app origin');
    assert.deepEqual(errors, [], 'the page logged errors');
    await context.close();
  });

  test('in English, the screen and its prompts are translated', async () => {
    const context = await newPhoneContext(browser, { locale: 'en-GB' });
    const page = await context.newPage();
    await startDossier(page, 'Sam');
    await page.goto(`${BASE_URL}/instellingen`);
    await page.getByRole('button', { name: 'English' }).click();
    await waitForSetting(page, 'locale', 'en');
    await page.goto(`${BASE_URL}/kwaliteiten`);
    await page.getByRole('heading', { level: 1, name: 'Qualities and motives' }).waitFor();
    await page.getByText('What are you good at? What do others say about you?').waitFor();
    await page.getByText('What matters to you in work?').waitFor();
    await expectNoAxeViolations(page, 'traits screen in English');
    await context.close();
  });
});
