// Goals on a phone-size screen in real Chromium with real IndexedDB: a reflection's gevolg
// becomes a goal in one tap and shows where it came from; its status changes right from the list
// (also by keyboard); a goal of its own survives a reload mid-typing, and delete has an undo.
// Every screen on the way is checked with axe.

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

/** Controls on the page smaller than 44 px tall. */
async function smallControls(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('a, button, input, select, textarea')]
      .filter((el) => el.getBoundingClientRect().width > 0)
      .filter((el) => !el.classList.contains('skip-link'))
      .map((el) => ({ el: el.outerHTML.slice(0, 90), height: el.getBoundingClientRect().height }))
      .filter(({ height }) => height < 44),
  );
}

/** The status headings of the goals list with the goals under each. */
async function goalGroups(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('main section')].map((section) => ({
      heading: section.querySelector('h2')?.textContent?.replace(/\s+/g, ' ').trim(),
      goals: [...section.querySelectorAll('h3')].map((h) => h.textContent?.trim()),
    })),
  );
}

async function openGoalsFromMenu(page) {
  await page.getByRole('link', { name: 'Meer' }).first().click();
  await page.getByRole('link', { name: 'Doelen en volgende stappen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Doelen en volgende stappen' }).waitFor();
}

describe('goals on a phone', () => {
  /** @type {import('playwright-core').Browser} */
  let browser;
  /** @type {import('playwright-core').BrowserContext} */
  let context;

  before(async () => {
    browser = await launchBrowser();
    context = await newPhoneContext(browser);
  });

  after(async () => {
    await context?.close();
    await browser?.close();
  });

  test('a gevolg becomes a goal in one tap, and its status changes from the list', async () => {
    const external = trackExternalRequests(context, BASE_URL);
    const page = await context.newPage();
    const errors = collectPageErrors(page);

    await page.goto(BASE_URL);
    await page.getByLabel('Je naam').fill('Daan');
    await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn dossier' }).waitFor();
    await openGoalsFromMenu(page);
    await page.getByText('Je hebt nog geen doelen.').waitFor();
    await expectNoAxeViolations(page, 'empty goals list');

    await page.getByRole('link', { name: 'Dossier', exact: true }).first().click();
    await page.getByRole('link', { name: 'Ervaring toevoegen' }).click();
    await page.getByLabel('Titel').fill('Open dag Deltion');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('link', { name: 'Open dag Deltion' }).first().click();
    await page.getByRole('link', { name: 'Reflecteren', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Reflecteren' }).waitFor();

    await page.getByLabel(/^Gevolg:/).fill('Een meeloopdag bij de opleiding zorg plannen.');
    await page.getByRole('button', { name: 'Maak hier een doel van' }).click();
    await page.getByText('Doel gemaakt.').waitFor();
    const goalLink = page.getByRole('link', {
      name: 'Een meeloopdag bij de opleiding zorg plannen.',
    });
    await goalLink.waitFor();
    // The button made way for the goal, and focus went to it rather than to nowhere.
    assert.equal(await page.getByRole('button', { name: 'Maak hier een doel van' }).count(), 0);
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent?.trim()),
      'Een meeloopdag bij de opleiding zorg plannen.',
    );
    await expectNoAxeViolations(page, 'reflect screen with a goal made from the gevolg');
    await screenshot(page, 'gevolg-goal-made');

    // The goal shows where it came from, with a way back.
    await goalLink.click();
    await page.getByRole('heading', { level: 1, name: 'Doel bewerken' }).waitFor();
    assert.equal(
      await page.getByLabel(/^Wat is je doel/).inputValue(),
      'Een meeloopdag bij de opleiding zorg plannen.',
    );
    await page.getByRole('link', { name: 'Open dag Deltion' }).waitFor();
    assert.equal(
      await page.getByLabel('Bij welke competentie hoort het?').inputValue(),
      'loopbaansturing',
    );
    await expectNoAxeViolations(page, 'goal form with its source');
    await screenshot(page, 'goal-edit-from-gevolg');
    assert.deepEqual(await smallControls(page), [], 'controls smaller than 44 px on the goal form');

    await openGoalsFromMenu(page);
    assert.deepEqual(await goalGroups(page), [
      { heading: 'Open (1)', goals: ['Een meeloopdag bij de opleiding zorg plannen.'] },
    ]);
    await page.getByText('Uit:').waitFor();
    await expectNoAxeViolations(page, 'goals list');

    const status = page.getByRole('combobox', {
      name: 'Status van: Een meeloopdag bij de opleiding zorg plannen.',
    });
    await status.selectOption('bezig');
    await page.getByText('Status veranderd in: Bezig.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Bezig (1)' }).waitFor();
    assert.deepEqual(await goalGroups(page), [
      { heading: 'Bezig (1)', goals: ['Een meeloopdag bij de opleiding zorg plannen.'] },
    ]);
    await expectNoAxeViolations(page, 'goals list after a status change');
    await screenshot(page, 'goals-list-bezig');
    assert.deepEqual(await smallControls(page), [], 'controls smaller than 44 px on the list');

    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Bezig (1)' }).waitFor();

    // By keyboard: Tab to the status control and change it with the arrow keys.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.tagName === 'SELECT')) break;
    }
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'SELECT');
    await page.keyboard.press('ArrowDown');
    await page.getByRole('heading', { level: 2, name: 'Gedaan (1)' }).waitFor();
    // Focus followed the goal to its new group, so the pupil can carry on from there.
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
      'Status van: Een meeloopdag bij de opleiding zorg plannen.',
    );

    assert.deepEqual(external, [], 'requests left the app origin');
    assert.deepEqual(errors, [], 'the page logged errors');
    await page.close();
  });

  test('a goal of its own: survives a reload mid-typing, saves, deletes with undo', async () => {
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(new URL('/doelen', BASE_URL).href);
    await page.getByRole('heading', { level: 1, name: 'Doelen en volgende stappen' }).waitFor();
    await page.getByRole('link', { name: 'Nieuw doel' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw doel' }).waitFor();
    await expectNoAxeViolations(page, 'new goal form');

    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Vul dit in.').waitFor();
    await expectNoAxeViolations(page, 'new goal form with an error');

    await page.getByLabel(/^Wat is je doel/).fill('Mijn cv afmaken voor de bij');
    await page.getByLabel('Bij welke competentie hoort het?').selectOption('kwaliteitenreflectie');
    await page.getByLabel(/^Wanneer wil je het af hebben\?/).fill('2027-02-01');
    await page.waitForTimeout(800);
    await page.reload();
    await page.getByText('We hebben teruggezet wat je had getypt.').waitFor();
    assert.equal(
      await page.getByLabel(/^Wat is je doel/).inputValue(),
      'Mijn cv afmaken voor de bij',
    );
    assert.equal(
      await page.getByLabel('Bij welke competentie hoort het?').inputValue(),
      'kwaliteitenreflectie',
    );
    assert.equal(
      await page.getByLabel(/^Wanneer wil je het af hebben\?/).inputValue(),
      '2027-02-01',
    );
    await page.getByLabel(/^Wat is je doel/).fill('Mijn cv afmaken voor de bijbaan');
    await screenshot(page, 'goal-new-restored');
    await page.getByRole('button', { name: 'Opslaan' }).click();

    await page.getByRole('heading', { level: 1, name: 'Doelen en volgende stappen' }).waitFor();
    const item = page.getByRole('article').filter({ hasText: 'Mijn cv afmaken voor de bijbaan' });
    await item.waitFor();
    assert.match(await item.innerText(), /Kwaliteitenreflectie\s*·\s*Af op 1 feb\. 2027/);
    await page.getByText('2 doelen', { exact: true }).waitFor();

    await item.getByRole('link', { name: 'Mijn cv afmaken voor de bijbaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Doel bewerken' }).waitFor();
    await page.getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Doelen en volgende stappen' }).waitFor();
    await page.getByText('Naar de prullenbak verplaatst.').waitFor();
    await page.getByText('1 doel', { exact: true }).waitFor();
    assert.equal(await item.count(), 0);
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await item.waitFor();
    await page.reload();
    await item.waitFor();

    assert.deepEqual(errors, [], 'the page logged errors');
    await page.close();
  });
});
