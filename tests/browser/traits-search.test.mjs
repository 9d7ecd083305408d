// Kwaliteiten en motieven in a long dossier: the experience picker pages, searches (case and
// accents ignored) and keeps ticked entries in view. Apart from traits.test.mjs so each file
// stays well within the per-file time limit on a busy machine.

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
import { seedExperiences } from './entries-support.mjs';

describe('the experience picker of kwaliteiten en motieven in a long dossier', () => {
  /** @type {import('playwright-core').Browser} */
  let browser;

  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  test('a long dossier: search the experiences and tick one that was not in view', async () => {
    const context = await newPhoneContext(browser);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await startDossier(page, 'Daan');
    await seedExperiences(page, [
      ...Array.from({ length: 40 }, (_, i) => ({
        title: `Bijbaan supermarkt week ${i + 1}`,
        date: `2026-0${1 + Math.floor(i / 10)}-${String((i % 10) + 10)}`,
      })),
      { title: 'Meeloopdag Crèche ’t Kabouterhuis', date: '2025-12-01' },
    ]);

    await page.goto(`${BASE_URL}/kwaliteiten/nieuw?soort=motief`);
    await page.getByRole('heading', { level: 1, name: 'Nieuw motief' }).waitFor();
    await page.getByLabel('Wat vind je belangrijk?').fill('Met kinderen werken');
    await page.getByText('20 van 41 getoond').waitFor();
    assert.equal(await page.getByRole('checkbox').count(), 20);

    const search = page.getByRole('searchbox', { name: 'Zoek een ervaring' });
    await search.fill('creche');
    await page.getByRole('checkbox', { name: /Kabouterhuis/ }).check();
    await search.fill('stage bij de garage');
    await page.getByText('Geen ervaring gevonden met “stage bij de garage”.').waitFor();
    await expectNoAxeViolations(page, 'evidence search without a match');
    await search.fill('');
    // Ticked, so still in view although it is the oldest of 41.
    assert.equal(await page.getByRole('checkbox', { name: /Kabouterhuis/ }).isChecked(), true);
    await page.getByRole('button', { name: 'Meer tonen' }).click();
    assert.equal(await page.getByRole('checkbox').count(), 41);
    await expectNoAxeViolations(page, 'evidence picker with a long list');
    await screenshot(page, 'traits-form-long-list');

    await page.getByRole('button', { name: 'Opslaan' }).click();
    const card = page.getByRole('article').filter({ hasText: 'Met kinderen werken' });
    await card.getByRole('link', { name: 'Meeloopdag Crèche ’t Kabouterhuis' }).waitFor();
    assert.deepEqual(errors, [], 'the page logged errors');
    await context.close();
  });
});
