// Reflecting on a phone-size screen in real Chromium with real IndexedDB: reflect on an
// experience (two competencies, the SLO questions and STARR), reload mid-typing and after saving
// and find everything back; write a standalone reflection; delete it and undo. Every screen on
// the way is checked with axe, and the reflect screen is worked by keyboard alone.

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

/** The first-run screen, then one experience through the normal form. */
async function createDossierWithExperience(page, title) {
  await page.goto(BASE_URL);
  await page.getByLabel('Je naam').fill('Sanne');
  await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mijn dossier' }).waitFor();
  await page.getByRole('link', { name: 'Ervaring toevoegen' }).click();
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Datum').fill('2026-11-20');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('link', { name: title }).first().waitFor();
}

/** Opens an experience from the dossier's timeline by its title. */
async function openExperience(page, title) {
  await page.getByRole('link', { name: title }).first().click();
}

/** Waits until the autosave had time to write (it waits 300 ms after the last key). */
async function waitForAutosave(page) {
  await page.waitForTimeout(800);
}

/** Controls on the page smaller than 44 px tall (checkboxes count by their row label). */
async function smallControls(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('a, button, input, select, textarea, label:has(input)')]
      .filter((el) => !(el instanceof HTMLInputElement && el.type === 'checkbox'))
      .filter((el) => el.getBoundingClientRect().width > 0)
      .filter((el) => !el.classList.contains('skip-link'))
      .map((el) => ({ el: el.outerHTML.slice(0, 90), height: el.getBoundingClientRect().height }))
      .filter(({ height }) => height < 44),
  );
}

describe('reflecting on a phone', () => {
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

  test('reflect on an experience with two competencies, SLO and STARR; reload; all there', async () => {
    const external = trackExternalRequests(context, BASE_URL);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await createDossierWithExperience(page, 'Snuffelstage bakkerij');

    // The way in: the experience screen has a clear "Reflecteren" button.
    await openExperience(page, 'Snuffelstage bakkerij');
    await page.getByRole('heading', { level: 1, name: 'Ervaring bewerken' }).waitFor();
    await page.getByRole('link', { name: 'Reflecteren', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Reflecteren' }).waitFor();
    assert.match(new URL(page.url()).pathname, /^\/ervaring\/[\w-]+\/reflectie$/);
    await page.getByText('Over: Snuffelstage bakkerij').waitFor();
    await expectNoAxeViolations(page, 'empty reflect screen');
    await screenshot(page, 'reflect-empty');

    await page.getByRole('checkbox', { name: 'Netwerken' }).check();
    await page.getByRole('checkbox', { name: 'Kwaliteitenreflectie' }).check();
    await page.getByRole('heading', { level: 3, name: 'Netwerken' }).waitFor();
    await page.getByText('Kreeg je een compliment? Van wie, en waarvoor?').waitFor();
    await page
      .getByLabel('Wat kan ik goed, en hoe weet ik dat?')
      .fill('Ik kon klanten goed helpen.');
    await page.getByLabel('Wie kan mij daarbij helpen?').fill('De bakker wil een stage regelen.');
    await page.getByLabel(/^Doel:/).fill('Is bakken iets voor mij?');
    await page.getByLabel(/^Resultaat: wat heb je gedaan/).fill('Broodjes gevormd en verkocht.');
    await page.getByLabel(/^Wat vond je ervan\?/).fill('Heel vroeg op, maar leuk.');
    await page.getByLabel(/^Gevolg:/).fill('Open dag van de bakkersopleiding bezoeken.');
    await page.getByRole('checkbox', { name: 'Ik wil ook reflecteren met STARR' }).check();
    await page.getByLabel(/^Situatie:/).fill('Een drukke zaterdag.');
    await page.getByLabel(/^Taak:/).fill('Ik stond achter de kassa.');
    await page.getByLabel(/^Actie:/).fill('Ik bleef rustig en vroeg hulp.');
    await page.getByLabel(/^Resultaat: hoe liep het af\?/).fill('Geen fouten in de kassa.');
    // Reload in the middle of a sentence: the draft brings everything back.
    await page.getByLabel(/^Reflectie: wat ging goed/).fill('Volgende keer durf ik eer');
    await waitForAutosave(page);
    await page.reload();
    await page.getByText('We hebben teruggezet wat je had getypt.').waitFor();
    assert.equal(
      await page.getByLabel(/^Reflectie: wat ging goed/).inputValue(),
      'Volgende keer durf ik eer',
    );
    assert.equal(await page.getByRole('checkbox', { name: 'Netwerken' }).isChecked(), true);
    assert.equal(
      await page.getByLabel('Wie kan mij daarbij helpen?').inputValue(),
      'De bakker wil een stage regelen.',
    );
    await page
      .getByLabel(/^Reflectie: wat ging goed/)
      .fill('Volgende keer durf ik eerder hulp te vragen.');
    await page.getByRole('checkbox', { name: 'Privé: alleen voor mij' }).check();
    await expectNoAxeViolations(page, 'filled reflect screen');
    await screenshot(page, 'reflect-filled');
    assert.deepEqual(await smallControls(page), [], 'controls smaller than 44 px');

    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn dossier' }).waitFor();
    await page.getByText('Je reflectie is opgeslagen.').waitFor();

    // After a reload, the experience shows what it touched, and the reflection is all there.
    await page.reload();
    await openExperience(page, 'Snuffelstage bakkerij');
    await page.getByRole('heading', { level: 1, name: 'Ervaring bewerken' }).waitFor();
    const chips = page.getByRole('list', { name: 'Competenties' });
    assert.deepEqual(await chips.getByRole('listitem').allInnerTexts(), [
      'Kwaliteitenreflectie',
      'Netwerken',
    ]);
    await expectNoAxeViolations(page, 'experience screen with reflection chips');
    await screenshot(page, 'experience-with-chips');
    await page.getByRole('link', { name: 'Reflectie bekijken of aanpassen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reflecteren' }).waitFor();
    assert.equal(await page.getByText('We hebben teruggezet').count(), 0);
    const expected = new Map([
      ['Wat kan ik goed, en hoe weet ik dat?', 'Ik kon klanten goed helpen.'],
      ['Wie kan mij daarbij helpen?', 'De bakker wil een stage regelen.'],
      [/^Doel:/, 'Is bakken iets voor mij?'],
      [/^Resultaat: wat heb je gedaan/, 'Broodjes gevormd en verkocht.'],
      [/^Wat vond je ervan\?/, 'Heel vroeg op, maar leuk.'],
      [/^Gevolg:/, 'Open dag van de bakkersopleiding bezoeken.'],
      [/^Situatie:/, 'Een drukke zaterdag.'],
      [/^Taak:/, 'Ik stond achter de kassa.'],
      [/^Actie:/, 'Ik bleef rustig en vroeg hulp.'],
      [/^Resultaat: hoe liep het af\?/, 'Geen fouten in de kassa.'],
      [/^Reflectie: wat ging goed/, 'Volgende keer durf ik eerder hulp te vragen.'],
    ]);
    for (const [label, value] of expected) {
      assert.equal(await page.getByLabel(label).inputValue(), value, String(label));
    }
    assert.equal(
      await page.getByRole('checkbox', { name: 'Privé: alleen voor mij' }).isChecked(),
      true,
    );
    assert.equal(await page.getByRole('checkbox', { name: 'Werkexploratie' }).isChecked(), false);

    assert.deepEqual(external, [], 'requests left the app origin');
    assert.deepEqual(errors, [], 'the page logged errors');
    await page.close();
  });

  test('the reflect screen works by keyboard alone', async () => {
    const page = await context.newPage();
    await page.goto(BASE_URL);
    await openExperience(page, 'Snuffelstage bakkerij');
    await page.getByRole('link', { name: 'Reflectie bekijken of aanpassen' }).waitFor();
    const reflectPath = new URL(
      await page
        .getByRole('link', { name: 'Reflectie bekijken of aanpassen' })
        .getAttribute('href'),
      BASE_URL,
    ).pathname;
    await page.goto(new URL(reflectPath, BASE_URL).href);
    await page.getByRole('heading', { level: 1, name: 'Reflecteren' }).waitFor();

    /** Tabs until the focused element matches, and returns how many tabs it took. */
    async function tabTo(describe, matches, limit = 80) {
      for (let i = 1; i <= limit; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(matches)) return i;
      }
      assert.fail(`could not reach ${describe} by Tab`);
    }

    await tabTo('the Werkexploratie checkbox', () => {
      const el = document.activeElement;
      const name = el?.getAttribute('aria-labelledby');
      return name ? document.getElementById(name)?.textContent?.trim() === 'Werkexploratie' : false;
    });
    await page.keyboard.press('Space');
    await page.getByRole('heading', { level: 3, name: 'Werkexploratie' }).waitFor();
    // The new competency's text area is next in the tab order after the checkboxes.
    await tabTo(
      'the Werkexploratie answer',
      () =>
        document.activeElement?.tagName === 'TEXTAREA' &&
        document.activeElement.labels?.[0]?.textContent?.includes('Welk werk en welke opleiding'),
    );
    await page.keyboard.type('Bakker kan via het mbo.');
    await tabTo('the save button', () => document.activeElement?.textContent?.trim() === 'Opslaan');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Mijn dossier' }).waitFor();

    await page.goto(new URL(reflectPath, BASE_URL).href);
    await page.getByRole('heading', { level: 3, name: 'Werkexploratie' }).waitFor();
    assert.equal(
      await page.getByLabel('Welk werk en welke opleiding passen bij mij?').inputValue(),
      'Bakker kan via het mbo.',
    );
    await page.close();
  });

  test('a standalone reflection: write, list, delete and undo', async () => {
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(BASE_URL);
    await page.getByRole('heading', { level: 1, name: 'Mijn dossier' }).waitFor();
    await page.getByRole('link', { name: 'Meer' }).first().click();
    await page.getByRole('link', { name: 'Reflecties' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reflecties' }).waitFor();
    await page.getByText('Je hebt nog geen losse reflecties.').waitFor();
    await expectNoAxeViolations(page, 'empty reflections list');

    await page.getByRole('link', { name: 'Nieuwe reflectie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe reflectie' }).waitFor();
    await expectNoAxeViolations(page, 'new reflection form');
    // Saving without a title explains what to do.
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Vul dit in.').waitFor();
    await expectNoAxeViolations(page, 'new reflection form with an error');

    await page.getByLabel(/^Titel/).fill('Terugblik op mijn eerste stageweek');
    await page.getByLabel(/^Datum/).fill('2026-09-12');
    await page.getByRole('checkbox', { name: 'Motievenreflectie' }).check();
    await page
      .getByLabel('Wat wil ik, wat vind ik belangrijk, en waarom?')
      .fill('Ik merk dat ik graag met mensen werk.');
    await page.getByLabel(/^Gevolg:/).fill('Een stage in de zorg zoeken.');
    await screenshot(page, 'reflection-new-filled');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reflecties' }).waitFor();
    const item = page
      .getByRole('article')
      .filter({ hasText: 'Terugblik op mijn eerste stageweek' });
    await item.waitFor();
    await page.getByText('1 reflectie', { exact: true }).waitFor();
    assert.deepEqual(await item.getByRole('listitem').allInnerTexts(), ['Motievenreflectie']);
    await expectNoAxeViolations(page, 'reflections list');
    await screenshot(page, 'reflections-list');

    await page.reload();
    await item.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Reflectie bewerken' }).waitFor();
    assert.equal(await page.getByLabel(/^Gevolg:/).inputValue(), 'Een stage in de zorg zoeken.');
    await expectNoAxeViolations(page, 'edit reflection form');

    await page.getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reflecties' }).waitFor();
    await page.getByText('Naar de prullenbak verplaatst.').waitFor();
    await page.getByText('Nog geen reflecties', { exact: true }).waitFor();
    await screenshot(page, 'reflection-deleted-toast');
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await item.waitFor();
    await page.reload();
    await item.waitFor();

    assert.deepEqual(errors, [], 'the page logged errors');
    await page.close();
  });
});
