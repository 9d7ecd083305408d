// The timeline of everything with a long dossier, on a phone-size screen in real Chromium:
// 2,000+ entries of every kind are written straight into IndexedDB, then the pupil scrolls,
// searches (case- and accent-insensitive) and filters. Every state is checked with axe.

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
  choice,
  conversation,
  createDossier,
  dayBefore,
  experience,
  goal,
  putRaw,
  reflection,
  score,
  smallControls,
  trait,
} from './timeline-support.mjs';

const NEWEST = '2026-11-01';
const KINDS = ['snuffelstage', 'bijbaan', 'open-dag', 'bpv', 'gastles', 'project'];
const COMPETENCIES = [
  'kwaliteitenreflectie',
  'motievenreflectie',
  'werkexploratie',
  'loopbaansturing',
  'netwerken',
];
const WORDS =
  'klanten geholpen kassa vakken vullen collega team planning werkplaats gereedschap zorg ouderen koffie schenken presentatie docent vragen gesteld vroeg opstaan samenwerken zelfstandig'.split(
    ' ',
  );

/** Deterministic filler text, so every run seeds the same dossier. */
function words(seed, count) {
  return Array.from({ length: count }, (_, i) => WORDS[(seed * 7 + i * 3) % WORDS.length]).join(
    ' ',
  );
}

/**
 * 1,800 experiences with reflections, 150 standalone reflections, 60 goals, 30 choices,
 * 20 conversations, 20 kwaliteiten/motieven and 8 leermeter rounds: 2,088 timeline entries,
 * spread over about five years, newest on NEWEST. A few carry words the test searches for.
 */
function longDossier() {
  const experiences = Array.from({ length: 1800 }, (_, i) =>
    experience({
      title: `${i % 2 ? 'Werkdag' : 'Stagedag'} ${1800 - i}`,
      kind: KINDS[i % KINDS.length],
      date: dayBefore(NEWEST, i),
      place: i % 3 ? 'Zwolle' : 'Deventer',
      description: words(i, 40),
      competencies: [COMPETENCIES[i % 5], COMPETENCIES[(i + 2) % 5]],
      competencyReflections: { [COMPETENCIES[i % 5]]: words(i + 1, 30) },
      slo: {
        doel: words(i + 2, 15),
        resultaat: words(i + 3, 15),
        vondIkErvan: words(i + 4, 15),
        gevolg: words(i + 5, 15),
      },
    }),
  );
  // Searched for: an accented title near the top, and a word only in the reflection text of
  // an entry far down the timeline (page 50 or so).
  experiences[3].title = 'Snuffelstage bij Café De Zwaan';
  experiences[1500].slo = { ...experiences[1500].slo, gevolg: 'Ik wil dierenarts worden.' };
  const reflections = Array.from({ length: 150 }, (_, i) =>
    reflection({
      title: i === 10 ? 'Refléctie op mijn bijbaan' : `Terugblik ${i}`,
      date: dayBefore(NEWEST, i * 12 + 5),
      competencies: [COMPETENCIES[(i + 1) % 5]],
      competencyReflections: { [COMPETENCIES[(i + 1) % 5]]: words(i + 9, 40) },
    }),
  );
  const goals = Array.from({ length: 60 }, (_, i) =>
    goal({
      text: `Doel ${i}: ${words(i, 6)}`,
      competency: COMPETENCIES[i % 5],
      status: ['open', 'bezig', 'gedaan'][i % 3],
      createdAt: `${dayBefore(NEWEST, i * 30 + 2)}T09:00:00.000Z`,
    }),
  );
  const choices = Array.from({ length: 30 }, (_, i) =>
    choice({ option: `Opleiding ${i}`, date: dayBefore(NEWEST, i * 50 + 7) }),
  );
  const conversations = Array.from({ length: 20 }, (_, i) =>
    conversation({
      kind: i % 4 === 0 ? 'trialoog' : 'voortgangsgesprek',
      date: dayBefore(NEWEST, i * 80 + 9),
      participants: [{ name: 'Mevr. Öztürk', role: 'mentor' }],
      summary: words(i, 20),
    }),
  );
  const traits = Array.from({ length: 20 }, (_, i) =>
    trait({
      kind: i % 2 ? 'motief' : 'kwaliteit',
      name: `Eigenschap ${i}`,
      createdAt: `${dayBefore(NEWEST, i * 70 + 11)}T09:00:00.000Z`,
    }),
  );
  const leermeter = Array.from({ length: 8 }, (_, round) =>
    COMPETENCIES.map((competency, c) =>
      score({ competency, step: 1 + ((round + c) % 4), date: dayBefore(NEWEST, round * 200 + 13) }),
    ),
  ).flat();
  return { experiences, reflections, goals, choices, conversations, traits, leermeter };
}

const TOTAL = 1800 + 150 + 60 + 30 + 20 + 20 + 8;

/** The rendered timeline entries, as [kind label, title, date]. */
function renderedEntries(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.home__list article')].map((article) => [
      article.querySelector('.timeline-item__kind')?.textContent?.trim() ?? '',
      article.querySelector('h3')?.textContent?.trim() ?? '',
      article.querySelector('time')?.getAttribute('datetime') ?? '',
    ]),
  );
}

/**
 * Types a search and waits until the screen shows its answer: the status line, and the first
 * entry's title when given. Returns the milliseconds from typing to the answer on screen.
 */
async function search(page, text, status, firstTitle = null) {
  const started = Date.now();
  await page.getByLabel('Zoeken in je dossier').fill(text);
  await page.waitForFunction(
    ({ status, firstTitle }) => {
      const shown = document.querySelector('.home__status')?.textContent?.trim();
      const first = document.querySelector('.home__list article h3')?.textContent?.trim();
      return shown === status && (firstTitle === null || first === firstTitle);
    },
    { status, firstTitle },
  );
  return Date.now() - started;
}

describe('the timeline with 2,000 entries', () => {
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

  test('scrolls lazily, searches and filters a long dossier', async () => {
    const external = trackExternalRequests(context, BASE_URL);
    const page = await context.newPage();
    const errors = collectPageErrors(page);

    await createDossier(page);
    await putRaw(page, longDossier());
    await page.reload();
    // The app notices records it did not index itself and indexes them once.
    await page.getByText(`${TOTAL} items`, { exact: true }).waitFor({ timeout: 120_000 });
    await page.locator('.home__list article').first().waitFor();

    // Only the first page is in the DOM, newest first.
    let entries = await renderedEntries(page);
    assert.equal(entries.length, 30);
    assert.deepEqual(entries[0], ['Ervaring', 'Stagedag 1800', NEWEST]);
    const dates = entries.map(([, , date]) => date);
    assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
    assert.ok(
      entries.some(([kind]) => kind === 'Reflectie'),
      'other kinds are mixed in by date',
    );
    await expectNoAxeViolations(page, 'timeline with 2,000 entries');
    await screenshot(page, 'timeline-2000');
    assert.deepEqual(await smallControls(page), [], 'controls smaller than 44 px');

    // Scrolling near the end loads the next pages by itself.
    for (let round = 0; round < 3; round++) {
      const shown = (await renderedEntries(page)).length;
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForFunction(
        (count) => document.querySelectorAll('.home__list article').length > count,
        shown,
      );
    }
    entries = await renderedEntries(page);
    assert.ok(entries.length >= 120 && entries.length <= 180, `${entries.length} rendered`);
    const scrolledDates = entries.map(([, , date]) => date);
    assert.deepEqual(scrolledDates, [...scrolledDates].sort().reverse(), 'still newest first');
    const links = await page
      .locator('.home__list article h3 a')
      .evaluateAll((all) => all.map((link) => link.getAttribute('href')));
    // Leermeter rounds all open the leermeter screen; every other entry opens itself.
    const ownLinks = links.filter((href) => href !== '/leermeter');
    assert.equal(new Set(ownLinks).size, ownLinks.length, 'no entry twice');

    // "Meer laden" does the same by keyboard, and moves focus to the first new entry.
    const more = page.getByRole('button', { name: 'Meer laden' });
    await more.focus();
    // Focusing scrolls the button into view, which may load a page by itself: let it finish.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Meer laden'),
    );
    // Wait until that page has rendered: the count must hold still before Enter adds the next.
    let before = -1;
    for (let settled = (await renderedEntries(page)).length; settled !== before;) {
      before = settled;
      await page.waitForTimeout(700);
      settled = (await renderedEntries(page)).length;
    }
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (count) =>
        document.activeElement?.closest('li') ===
        document.querySelectorAll('.home__list > li')[count],
      before,
    );

    // Search: case and accents do not matter.
    const timings = [];
    timings.push(await search(page, 'zwaan', '1 resultaat', 'Snuffelstage bij Café De Zwaan'));
    timings.push(await search(page, 'reflectie', '1 resultaat', 'Refléctie op mijn bijbaan'));
    timings.push(await search(page, 'CAFE', '1 resultaat', 'Snuffelstage bij Café De Zwaan'));
    // Öztürk without the diaeresis finds all 20 conversations.
    timings.push(await search(page, 'ozturk', '20 resultaten', 'Gesprek met Mevr. Öztürk'));
    assert.equal((await renderedEntries(page)).length, 20);
    // A word only in the reflection of an entry some 1,500 entries down.
    timings.push(await search(page, 'dierenarts', '1 resultaat', 'Stagedag 300'));
    assert.equal((await renderedEntries(page)).length, 1);
    await expectNoAxeViolations(page, 'timeline search results');
    await screenshot(page, 'timeline-search');
    // A common word matches hundreds: the first page shows, and there is more.
    timings.push(await search(page, 'klanten', 'Meer dan 30 resultaten'));
    assert.equal((await renderedEntries(page)).length, 30);
    await search(page, 'xylofoon', 'Niets gevonden');
    await page.getByText('Probeer een ander woord').waitFor();
    assert.equal((await renderedEntries(page)).length, 0);
    await expectNoAxeViolations(page, 'timeline search without results');
    console.log(`search round trips incl. 150 ms typing pause (ms): ${timings.join(', ')}`);

    // Filters: kind, kind of experience, competency and period.
    await page.getByRole('button', { name: 'Zoeken en filters wissen' }).click();
    await page.getByText(`${TOTAL} items`, { exact: true }).waitFor();
    await page.locator('summary', { hasText: 'Filters' }).click();
    await page.getByLabel('Wat', { exact: true }).selectOption({ label: 'Doelen' });
    await page.getByRole('status').filter({ hasText: 'Meer dan 30 resultaten' }).waitFor();
    entries = await renderedEntries(page);
    assert.ok(
      entries.every(([kind]) => kind === 'Doel'),
      'only goals',
    );

    await page.getByLabel('Wat', { exact: true }).selectOption({ label: 'Ervaringen' });
    await page.getByLabel('Soort ervaring').selectOption({ label: 'Bijbaan' });
    await page.getByLabel('Competentie').selectOption({ label: 'Netwerken' });
    await page.getByLabel('Periode').selectOption({ label: 'Zelf kiezen' });
    await page.getByLabel(/^Vanaf/).fill('2026-01-01');
    await page.getByLabel(/^Tot en met/).fill('2026-03-31');
    // Bijbaan is every 6th experience, and 2 in 5 touch netwerken: a handful in three months.
    await page.waitForFunction(() => {
      const days = [...document.querySelectorAll('.home__list time')].map((time) =>
        time.getAttribute('datetime'),
      );
      return days.length > 0 && days.every((day) => day >= '2026-01-01' && day <= '2026-03-31');
    });
    await page
      .getByRole('status')
      .filter({ hasText: /^\d+ resultaten?$/ })
      .waitFor();
    entries = await renderedEntries(page);
    assert.ok(entries.length > 0 && entries.length < 30, `${entries.length} results`);
    for (const [kind, , date] of entries) {
      assert.equal(kind, 'Ervaring');
      assert.ok(date >= '2026-01-01' && date <= '2026-03-31', date);
    }
    const metas = await page.locator('.home__list .timeline-item__meta').allInnerTexts();
    assert.ok(
      metas.every((meta) => meta.startsWith('Bijbaan')),
      metas.join(' | '),
    );
    const competencies = await page
      .locator('.home__list .timeline-item__competencies')
      .allInnerTexts();
    assert.ok(competencies.every((text) => text.includes('Netwerken')));
    await expectNoAxeViolations(page, 'timeline with filters');
    await screenshot(page, 'timeline-filters');

    // An entry opens its own screen.
    await page.locator('.home__list article a').first().click();
    await page.waitForURL(/\/ervaring\/[0-9a-f-]+$/);
    await page.goBack();
    await page.locator('.home__list article').first().waitFor();

    assert.deepEqual(external, [], 'requests left the app origin');
    assert.deepEqual(errors, [], 'the page logged errors');
    await page.close();
  });

  test('new entries appear at the top at once, and the trash stays out', async () => {
    const page = await context.newPage();
    await page.goto(BASE_URL);
    await page.getByText(`${TOTAL} items`, { exact: true }).waitFor({ timeout: 60_000 });

    await page.getByRole('link', { name: 'Ervaring toevoegen' }).click();
    await page.getByLabel('Titel').fill('Meeloopdag bij de brandweer');
    await page.getByLabel('Datum').fill('2026-11-20');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText(`${TOTAL + 1} items`, { exact: true }).waitFor();
    await page.waitForFunction(
      () =>
        document.querySelector('.home__list article h3')?.textContent?.trim() ===
        'Meeloopdag bij de brandweer',
    );

    await page.getByLabel('Zoeken in je dossier').fill('brandweer');
    await page.getByRole('status').filter({ hasText: '1 resultaat' }).waitFor();

    // Deleted, it leaves the timeline and its search; undo brings it back.
    await page.locator('.home__list article a').first().click();
    await page.getByRole('button', { name: 'Ervaring verwijderen' }).click();
    await page.getByRole('status').filter({ hasText: 'Niets gevonden' }).waitFor();
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.getByRole('status').filter({ hasText: '1 resultaat' }).waitFor();
    await page.close();
  });
});
