// Keuzes on a phone: add an option with voor- en nadelen by keyboard, autosave across a reload,
// grouping by status, editing, delete with undo.

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
import { expectFocused, readTable, smallTargets, waitForDraft } from './entries-support.mjs';

describe('keuzes on a phone', () => {
  /** @type {import('playwright-core').Browser} */
  let browser;

  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  test('weigh an option with pros and cons, by keyboard, and keep it through a reload', async () => {
    const context = await newPhoneContext(browser);
    const external = trackExternalRequests(context, BASE_URL);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await startDossier(page);

    await page.getByRole('link', { name: 'Meer' }).first().click();
    await page.getByRole('link', { name: 'Keuzes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Keuzes' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/keuzes');
    await page.getByText('Je hebt nog geen keuzes opgeschreven.').waitFor();
    await expectNoAxeViolations(page, 'empty choices screen');

    await page.getByRole('link', { name: 'Keuze toevoegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe keuze' }).waitFor();
    await expectNoAxeViolations(page, 'new choice form');
    await page.getByLabel('Welke opleiding of welk beroep?').fill('Verzorgende IG');
    await page.getByLabel('Hoe ver ben je?').selectOption({ label: 'Ik twijfel nog' });

    // The list of pros, by keyboard only: the add button gives a focused line, Enter adds the
    // next line (and does not submit the form), a remove button hands focus to a line.
    const addPro = page.getByRole('button', { name: 'Voordeel toevoegen' });
    await addPro.focus();
    await page.keyboard.press('Enter');
    const pro1 = page.getByRole('textbox', { name: 'Voordeel 1', exact: true });
    await expectFocused(pro1, 'the first pro line');
    await page.keyboard.type('Mensen helpen');
    await page.keyboard.press('Enter');
    const pro2 = page.getByRole('textbox', { name: 'Voordeel 2', exact: true });
    await expectFocused(pro2, 'a new second pro line after Enter');
    await page.keyboard.type('Per ongeluk');
    await page.keyboard.press('Enter');
    const pro3 = page.getByRole('textbox', { name: 'Voordeel 3', exact: true });
    await expectFocused(pro3, 'a new third pro line after Enter');
    await page.keyboard.type('Veel werk te vinden');
    assert.equal(new URL(page.url()).pathname, '/keuzes/nieuw', 'Enter must not submit');

    await pro2.focus();
    await page.keyboard.press('Tab');
    await expectFocused(
      page.getByRole('button', { name: 'Voordeel 2 verwijderen' }),
      'the remove button of pro 2',
    );
    await page.keyboard.press('Enter');
    await expectFocused(pro2, 'the line that took the removed one’s place');
    assert.equal(await pro2.inputValue(), 'Veel werk te vinden');
    await page.getByText('Voordeel 2 verwijderd.').waitFor();

    await page.getByRole('button', { name: 'Nadeel toevoegen' }).click();
    await page.keyboard.type('Onregelmatige diensten');
    await page.getByLabel(/^Wat wil je er nog over kwijt\?/).fill('Eerst een meeloopdag doen.');
    await expectNoAxeViolations(page, 'choice form with filled lists');
    assert.deepEqual(await smallTargets(page), [], 'controls smaller than 44 px');
    await screenshot(page, 'choices-form');

    // Reload before saving: the lists come back as typed.
    await waitForDraft(
      page,
      'choice:new',
      (draft) => draft.cons[0] === 'Onregelmatige diensten' && draft.note.startsWith('Eerst'),
    );
    await page.reload();
    await page.getByText('We hebben teruggezet wat je had getypt.').waitFor();
    assert.equal(
      await page.getByRole('textbox', { name: 'Voordeel 1', exact: true }).inputValue(),
      'Mensen helpen',
    );
    assert.equal(
      await page.getByRole('textbox', { name: 'Voordeel 2', exact: true }).inputValue(),
      'Veel werk te vinden',
    );
    assert.equal(
      await page.getByRole('textbox', { name: 'Nadeel 1', exact: true }).inputValue(),
      'Onregelmatige diensten',
    );
    await page.getByRole('button', { name: 'Opslaan' }).click();

    await page.getByRole('heading', { level: 1, name: 'Keuzes' }).waitFor();
    const considering = page.getByRole('region', { name: /Ik twijfel nog/ });
    const card = considering.getByRole('article').filter({ hasText: 'Verzorgende IG' });
    await card.waitFor();
    await card.getByText('2 voor · 1 tegen').waitFor();

    // A second option that was dropped, then reload: both are stored, grouped by status.
    await page.getByRole('link', { name: 'Keuze toevoegen' }).click();
    await page.getByLabel('Welke opleiding of welk beroep?').fill('Kapper');
    await page.getByLabel('Wat is het?').selectOption({ label: 'Beroep' });
    await page.getByLabel('Hoe ver ben je?').selectOption({ label: 'Afgevallen' });
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page
      .getByRole('region', { name: /Afgevallen/ })
      .getByText('Kapper')
      .waitFor();
    await page.reload();
    await card.waitFor();
    const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    assert.deepEqual(headings, ['Ik twijfel nog (1)', 'Afgevallen (1)']);
    await expectNoAxeViolations(page, 'choices screen grouped by status');
    await screenshot(page, 'choices-list');

    // Choosing it moves it to "Gekozen".
    await card.getByRole('link', { name: 'Verzorgende IG' }).click();
    await page.getByRole('heading', { level: 1, name: 'Keuze bewerken' }).waitFor();
    await expectNoAxeViolations(page, 'edit choice form');
    await page.getByLabel('Hoe ver ben je?').selectOption({ label: 'Gekozen' });
    await page.getByRole('button', { name: 'Opslaan' }).click();
    const chosen = page.getByRole('region', { name: /Gekozen/ });
    await chosen.getByText('Verzorgende IG').waitFor();
    const stored = (await readTable(page, 'choices')).find((c) => c.option === 'Verzorgende IG');
    assert.deepEqual(stored.pros, ['Mensen helpen', 'Veel werk te vinden']);
    assert.equal(stored.status, 'gekozen');

    // Delete, then undo from the toast.
    await page.getByRole('link', { name: 'Kapper' }).click();
    await page.getByRole('button', { name: 'Keuze verwijderen' }).click();
    await page.getByText('Naar de prullenbak verplaatst.').waitFor();
    await page.getByRole('region', { name: /Afgevallen/ }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await page
      .getByRole('region', { name: /Afgevallen/ })
      .getByText('Kapper')
      .waitFor();

    assert.deepEqual(external, [], 'requests left the app origin');
    assert.deepEqual(errors, [], 'the page logged errors');
    await context.close();
  });
});
