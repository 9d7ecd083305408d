// The offline test (issue "Installable offline PWA", item 8), shared by the test against
// `vite preview` (pwa-offline.test.mjs) and the one against nginx (pwa-nginx.test.mjs):
//
//   visit once → wait for the service worker → reload (prompt mode has no clientsClaim) →
//   cut the network → reload → do everything in OFFLINE_STEPS → reload offline →
//   go back online → reload → everything is still there.
//
// To cover a new feature offline, add a step to OFFLINE_STEPS (and, when it leaves something
// behind, check it in STILL_THERE). Covered now: the first run, an experience with a photo,
// editing it, every screen of the "Meer" menu and of the main navigation, and deep links.
// Still to add as their screens settle: a reflection on the experience
// (/ervaring/:id/reflectie) and checks on the overview's content.

import assert from 'node:assert/strict';
import {
  collectPageErrors,
  screenshot,
  trackExternalRequests,
  waitForActivatedServiceWorker,
} from './support.mjs';
import { makeImage } from './journey-support.mjs';
import { addExperience, createDossier } from './pwa-support.mjs';

/**
 * @typedef {{ page: import('playwright-core').Page, baseUrl: string, label: string }} Journey
 * @typedef {{ name: string, run: (journey: Journey) => Promise<void> }} Step
 */

/** What the pupil writes about werkexploratie while offline. */
const REFLECTION = 'Ik wil met dieren werken, maar niet alleen binnen.';

export const EXPERIENCE = Object.freeze({
  title: 'Snuffelstage bij de dierenarts',
  place: 'Dierenkliniek Zwolle',
});

/** @param {import('playwright-core').Page} page @param {string | RegExp} name */
function heading(page, name) {
  return page.getByRole('heading', { level: 1, name }).waitFor();
}

/** @type {Step[]} everything done with the network cut, in this order */
export const OFFLINE_STEPS = [
  {
    name: 'create the dossier on the welcome screen',
    run: ({ page }) => createDossier(page, 'Sanne'),
  },
  {
    name: 'add an experience with a photo',
    run: async ({ page }) => {
      const photo = await makeImage(page, { width: 1600, height: 1200 });
      await addExperience(page, {
        ...EXPERIENCE,
        date: '2026-03-14',
        photo: { name: 'IMG_0412.jpg', mimeType: 'image/jpeg', buffer: photo },
      });
    },
  },
  {
    name: 'open it again to change it',
    run: async ({ page }) => {
      await page
        .getByRole('article')
        .filter({ hasText: EXPERIENCE.title })
        .getByRole('link')
        .click();
      await heading(page, 'Ervaring bewerken');
      assert.equal(await page.getByLabel('Titel').inputValue(), EXPERIENCE.title);
      await page.getByRole('link', { name: 'Annuleren' }).click();
      await heading(page, 'Mijn dossier');
    },
  },
  {
    name: 'reflect on it',
    run: async ({ page }) => {
      await page
        .getByRole('article')
        .filter({ hasText: EXPERIENCE.title })
        .getByRole('link')
        .click();
      await heading(page, 'Ervaring bewerken');
      await page.getByRole('link', { name: 'Reflecteren', exact: true }).click();
      await heading(page, 'Reflecteren');
      await page.getByRole('checkbox', { name: 'Werkexploratie' }).check();
      await page.getByLabel('Welk werk en welke opleiding passen bij mij?').fill(REFLECTION);
      await page.getByLabel(/^Gevolg:/).fill('Meelopen bij de dierenambulance.');
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await heading(page, 'Mijn dossier');
    },
  },
  {
    name: 'the overview counts the reflected experience under werkexploratie',
    run: async ({ page }) => {
      await page.getByRole('navigation').last().locator('a[href="/overzicht"]').click();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      const card = page.getByRole('article', { name: /^Werkexploratie/ });
      await card.waitFor();
      assert.match(await card.innerText(), /1 ervaring/);
    },
  },
  {
    // Every screen the "Meer" screen lists: each is a lazily loaded chunk that must be precached.
    name: 'open every screen in the menu',
    run: async ({ page, label }) => {
      await page.getByRole('link', { name: 'Meer' }).first().click();
      await heading(page, 'Meer');
      const names = await page.locator('main li a').allInnerTexts();
      assert.ok(names.includes('Instellingen'), `menu without Instellingen: ${names.join(', ')}`);
      for (const name of names) {
        const link = page.locator('main li a').filter({ hasText: name });
        const path = (await link.getAttribute('href')) ?? '';
        await link.click();
        try {
          await page.waitForURL((url) => url.pathname === path, { timeout: 10_000 });
          await page
            .getByRole('heading', { level: 1 })
            .filter({ hasNotText: /^Meer$/ })
            .waitFor({ timeout: 10_000 });
        } catch (error) {
          throw new Error(`the menu screen "${name}" (${path}) did not open`, { cause: error });
        }
        await page.goBack();
        await heading(page, 'Meer');
      }
      await page.getByRole('link', { name: 'Instellingen' }).click();
      await heading(page, 'Instellingen');
      await page.getByRole('heading', { level: 2, name: 'Opslag', exact: true }).waitFor();
      await screenshot(page, `offline-${label}-settings`);
    },
  },
  {
    // The bottom navigation: the dossier, adding, the overview, "Meer".
    name: 'open every screen of the main navigation',
    run: async ({ page }) => {
      const navigation = page.getByRole('navigation').last();
      const paths = await navigation
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      assert.ok(paths.length >= 3, `navigation links: ${paths.join(', ')}`);
      for (const path of paths) {
        await navigation.locator(`a[href="${path}"]`).click();
        await page.waitForURL((url) => url.pathname === path);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
      }
    },
  },
  {
    name: 'open deep links directly (navigation fallback to index.html)',
    run: async ({ page, baseUrl }) => {
      const form = await page.goto(`${baseUrl}/ervaring/nieuw`);
      assert.ok(form?.fromServiceWorker(), '/ervaring/nieuw was not answered by the worker');
      await heading(page, 'Nieuwe ervaring');
      await page.goto(`${baseUrl}/instellingen`);
      await heading(page, 'Instellingen');
      await page.goto(`${baseUrl}/bestaat/niet`);
      await heading(page, 'Deze pagina bestaat niet');
    },
  },
];

/** @type {Step[]} what must still be there after reloads, offline and online */
export const STILL_THERE = [
  {
    name: 'the experience is in the dossier',
    run: async ({ page, baseUrl }) => {
      await page.goto(baseUrl);
      await heading(page, 'Mijn dossier');
      await page.getByText('Hoi Sanne!').waitFor();
      const entry = page.getByRole('article').filter({ hasText: EXPERIENCE.title });
      await entry.waitFor();
      assert.match(await entry.innerText(), new RegExp(EXPERIENCE.place));
    },
  },
  {
    name: 'its photo is stored with it and shows',
    run: async ({ page }) => {
      await page
        .getByRole('article')
        .filter({ hasText: EXPERIENCE.title })
        .getByRole('link')
        .click();
      await heading(page, 'Ervaring bewerken');
      const image = page.getByRole('button', { name: 'Foto 1 groter bekijken' }).locator('img');
      await image.waitFor();
      await page.waitForFunction(
        (img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0,
        await image.elementHandle(),
      );
      assert.match((await image.getAttribute('src')) ?? '', /^blob:/);
      await page.getByRole('link', { name: 'Annuleren' }).click();
      await heading(page, 'Mijn dossier');
    },
  },
  {
    name: 'its reflection is stored with it',
    run: async ({ page }) => {
      await page
        .getByRole('article')
        .filter({ hasText: EXPERIENCE.title })
        .getByRole('link')
        .click();
      await heading(page, 'Ervaring bewerken');
      await page.getByRole('link', { name: 'Reflectie bekijken of aanpassen' }).click();
      await heading(page, 'Reflecteren');
      assert.equal(
        await page.getByLabel('Welk werk en welke opleiding passen bij mij?').inputValue(),
        REFLECTION,
      );
      await page.getByRole('link', { name: 'Dossier' }).last().click();
      await heading(page, 'Mijn dossier');
    },
  },
];

/**
 * Runs the whole offline journey in a fresh context and checks that nothing left the origin
 * and nothing logged an error.
 * @param {import('playwright-core').BrowserContext} context a fresh one (no worker yet)
 * @param {string} baseUrl
 * @param {string} label names the server in screenshots and messages
 */
export async function runOfflineJourney(context, baseUrl, label) {
  const external = trackExternalRequests(context, baseUrl);
  const page = await context.newPage();
  const errors = collectPageErrors(page);

  // One visit, online.
  await page.goto(baseUrl);
  await heading(page, 'Welkom bij je loopbaandossier');
  const script = await waitForActivatedServiceWorker(page);
  assert.equal(new URL(script).pathname, '/sw.js');
  // Prompt mode does not claim open pages: only a page loaded after activation is controlled.
  await page.reload();
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller !== null), true);

  await context.setOffline(true);
  assert.equal(await page.evaluate(() => navigator.onLine), false);
  const offlineLoad = await page.reload();
  assert.ok(offlineLoad?.fromServiceWorker(), 'the offline reload did not come from the worker');
  await heading(page, 'Welkom bij je loopbaandossier');

  /** @type {Journey} */
  const journey = { page, baseUrl, label };
  for (const step of OFFLINE_STEPS) {
    await runStep(step, journey, 'offline');
  }

  await page.reload();
  for (const step of STILL_THERE) await runStep(step, journey, 'offline, after a reload');
  await screenshot(page, `offline-${label}-home`);

  await context.setOffline(false);
  await page.reload();
  for (const step of STILL_THERE) await runStep(step, journey, 'back online, after a reload');

  assert.deepEqual(external, [], 'requests left the app origin');
  assert.deepEqual(errors, [], 'the page logged errors');
  await page.close();
}

/** @param {Step} step @param {Journey} journey @param {string} when */
async function runStep(step, journey, when) {
  try {
    await step.run(journey);
  } catch (error) {
    if (error instanceof Error) error.message = `${when}: "${step.name}": ${error.message}`;
    throw error;
  }
}
