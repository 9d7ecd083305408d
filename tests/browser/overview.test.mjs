// The overview per competency on a phone-size screen in real Chromium: counts, last activity,
// leermeter growth and gaps in plain words, and the links from there. Checked with axe.

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
import {
  createDossier,
  dayBefore,
  experience,
  goal,
  putRaw,
  reflection,
  score,
  smallControls,
  today,
} from './timeline-support.mjs';

/** The month as the app names it in a gap: "maart", or "maart 2025" in another year. */
function monthName(day, locale = 'nl-NL') {
  const [year, month] = day.split('-').map(Number);
  const sameYear = day.slice(0, 4) === today().slice(0, 4);
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: sameYear ? undefined : 'numeric',
  }).format(new Date(year, month - 1, 1));
}

describe('the overview per competency', () => {
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

  test('shows where each competency stands and what is missing', async () => {
    const external = trackExternalRequests(context, BASE_URL);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await createDossier(page);

    const now = today();
    const longAgo = dayBefore(now, 150);
    await putRaw(page, {
      experiences: [
        experience({
          title: 'Snuffelstage bij de garage',
          date: dayBefore(now, 6),
          competencies: ['werkexploratie', 'netwerken'],
        }),
        experience({
          title: 'Open dag ROC',
          date: dayBefore(now, 40),
          competencies: ['werkexploratie'],
        }),
        // Netwerken's only other entry is long ago; kwaliteiten only long ago: a gap.
        experience({ title: 'Gastles', date: longAgo, competencies: ['kwaliteitenreflectie'] }),
      ],
      reflections: [
        reflection({
          title: 'Wat wil ik later?',
          date: dayBefore(now, 3),
          competencies: ['loopbaansturing'],
        }),
      ],
      goals: [
        goal({
          text: 'Een tweede snuffelstage regelen',
          competency: 'werkexploratie',
          createdAt: new Date().toISOString(),
        }),
      ],
      leermeter: [
        score({ competency: 'werkexploratie', step: 1, date: dayBefore(now, 200) }),
        score({ competency: 'werkexploratie', step: 3, date: dayBefore(now, 6) }),
      ],
    });
    await page.reload();

    // In the bottom navigation.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).last().waitFor();
    const nav = page.locator('.shell__bottom-nav');
    assert.deepEqual(await nav.getByRole('link').allInnerTexts(), [
      'Dossier',
      'Toevoegen',
      'Overzicht',
      'Meer',
    ]);
    await nav.getByRole('link', { name: 'Overzicht' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overzicht per competentie' }).waitFor();
    assert.equal(
      await nav.getByRole('link', { name: 'Overzicht' }).getAttribute('aria-current'),
      'page',
    );

    const card = (name) =>
      page.getByRole('article').filter({ has: page.getByRole('heading', { level: 2, name }) });
    await card('Werkexploratie').getByText('3 items').waitFor();
    assert.match(
      await card('Werkexploratie').innerText(),
      /2 ervaringen, 1 doel[\s\S]*van Net begonnen naar Goed op weg \(\+2\)/,
    );
    assert.equal(
      await card('Kwaliteitenreflectie').locator('.competency-card__gap').innerText(),
      `Je hebt sinds ${monthName(longAgo)} niets over je kwaliteiten vastgelegd.`,
    );
    assert.equal(
      await card('Motievenreflectie').locator('.competency-card__gap').innerText(),
      'Je hebt nog nooit iets over je motieven vastgelegd.',
    );
    await card('Motievenreflectie').getByText('nog nooit', { exact: true }).waitFor();
    assert.equal(await card('Netwerken').locator('.competency-card__gap').count(), 0);
    await expectNoAxeViolations(page, 'overview per competency');
    assert.deepEqual(await smallControls(page), [], 'controls smaller than 44 px');
    await screenshot(page, 'overview');

    // "Bekijk in je tijdlijn" opens the timeline filtered on that competency.
    await card('Werkexploratie')
      .getByRole('button', { name: /^Bekijk in je tijdlijn/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Mijn dossier' }).waitFor();
    // The three entries, and the two leermeter rounds that scored werkexploratie.
    await page.getByRole('status').filter({ hasText: '5 resultaten' }).waitFor();
    // The count can announce before the list has finished swapping in the filtered page.
    const kindsShown = async () =>
      (await page.locator('.home__list .timeline-item__kind').allInnerTexts())
        .map((kind) => kind.toLowerCase())
        .sort();
    let kinds = await kindsShown();
    for (let tries = 0; tries < 20 && (kinds.length !== 5 || kinds.includes('')); tries++) {
      await page.waitForTimeout(250);
      kinds = await kindsShown();
    }
    assert.deepEqual(kinds, ['doel', 'ervaring', 'ervaring', 'leermeter', 'leermeter']);
    assert.equal(await page.getByLabel('Competentie').inputValue(), 'werkexploratie');
    await expectNoAxeViolations(page, 'timeline filtered from the overview');

    // Adding something for a competency from its card.
    await nav.getByRole('link', { name: 'Overzicht' }).click();
    await card('Motievenreflectie')
      .getByRole('link', { name: 'Ervaring toevoegen: Motievenreflectie' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe ervaring' }).waitFor();
    await page.goBack();
    await card('Motievenreflectie')
      .getByRole('link', { name: 'Reflectie schrijven: Motievenreflectie' })
      .click();
    await page.waitForURL(/\/reflectie\/nieuw\?competentie=motievenreflectie$/);

    // The same in English.
    await page.goto(`${BASE_URL}/instellingen`);
    await page.getByRole('heading', { level: 1, name: 'Instellingen' }).waitFor();
    await page
      .getByRole('group', { name: 'Taal' })
      .getByRole('button', { name: 'English' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.goto(`${BASE_URL}/overzicht`);
    await page.getByRole('heading', { level: 1, name: 'Overview per competency' }).waitFor();
    assert.equal(
      await card('Reflecting on motives').locator('.competency-card__gap').innerText(),
      'You have never recorded anything about your motives.',
    );
    await expectNoAxeViolations(page, 'overview in English');

    assert.deepEqual(external, [], 'requests left the app origin');
    assert.deepEqual(errors, [], 'the page logged errors');
    await page.close();
  });
});
