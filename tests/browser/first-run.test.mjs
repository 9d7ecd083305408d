// The first journey a pupil makes, on a phone-size screen in real Chromium with real IndexedDB:
// first run → create the profile → add one experience → reload → it is still there.
// Every screen on the way is checked with axe (WCAG 2.x A/AA).

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

describe('first run on a phone', () => {
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

  test('create a profile, add an experience, reload: it is still there', async () => {
    const external = trackExternalRequests(context, BASE_URL);
    const page = await context.newPage();
    const errors = collectPageErrors(page);

    // A first visit to the dossier itself lands on the welcome screen.
    await page.goto(BASE_URL);
    await page.getByRole('heading', { level: 1, name: 'Welkom bij je loopbaandossier' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/welkom');
    await expectNoAxeViolations(page, 'first-run screen');
    await screenshot(page, 'first-run');

    // Submitting without a name explains what to do and creates nothing.
    await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
    await page.getByText('Vul dit in.').waitFor();
    assert.equal(await page.getByLabel('Je naam').getAttribute('aria-invalid'), 'true');
    await expectNoAxeViolations(page, 'first-run screen with an error');

    await page.getByLabel('Je naam').fill('Sanne');
    await page.getByLabel(/^School/).fill('Het Baken');
    await page.getByLabel('Opleiding of niveau').selectOption('vmbo-kb');
    await page.getByLabel('Leerjaar').selectOption({ label: '3' });
    await page.getByRole('button', { name: 'Dossier aanmaken' }).click();

    await page.getByRole('heading', { level: 1, name: 'Mijn dossier' }).waitFor();
    await page.getByText('Hoi Sanne!').waitFor();
    await page.getByText('Je hebt nog niets vastgelegd.', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'empty home screen');

    await page.getByRole('link', { name: 'Ervaring toevoegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe ervaring' }).waitFor();
    await expectNoAxeViolations(page, 'new experience form');
    await page.getByLabel('Soort ervaring').selectOption('snuffelstage');
    await page.getByLabel('Titel').fill('Snuffelstage bij bakkerij De Korenbloem');
    await page.getByLabel('Datum').fill('2026-11-20');
    await page.getByLabel(/^Plaats of organisatie/).fill('Zwolle');
    await page.getByLabel(/^Contactpersoon/).fill('Henk Bos');
    await page.getByLabel(/^Rol van de contactpersoon/).fill('eigenaar');
    await page.getByLabel(/^Wat heb je gedaan\?/).fill('Brood gebakken en klanten geholpen.');
    await page.getByRole('button', { name: 'Opslaan' }).click();

    const entry = page
      .getByRole('article')
      .filter({ hasText: 'Snuffelstage bij bakkerij De Korenbloem' });
    await entry.waitFor();
    // The timeline counts every kind of entry, not only experiences.
    await page.getByText('1 item', { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'home screen with one experience');

    await page.reload();
    await entry.waitFor();
    assert.match(await entry.innerText(), /Snuffelstage\s*·\s*20 nov\. 2026\s*·\s*Zwolle/);
    await screenshot(page, 'home-after-reload');

    // The saved experience opens again with everything the pupil typed.
    await entry.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Ervaring bewerken' }).waitFor();
    assert.equal(
      await page.getByLabel('Titel').inputValue(),
      'Snuffelstage bij bakkerij De Korenbloem',
    );
    assert.equal(await page.getByLabel(/^Contactpersoon/).inputValue(), 'Henk Bos');
    assert.equal(
      await page.getByLabel(/^Wat heb je gedaan\?/).inputValue(),
      'Brood gebakken en klanten geholpen.',
    );
    await expectNoAxeViolations(page, 'edit experience form');

    await page.getByRole('link', { name: 'Meer' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Meer' }).waitFor();
    await expectNoAxeViolations(page, 'more screen');
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Instellingen' }).waitFor();
    await expectNoAxeViolations(page, 'settings screen');

    assert.deepEqual(external, [], 'requests left the app origin');
    assert.deepEqual(errors, [], 'the page logged errors');
    await page.close();
  });

  test('works by keyboard alone and every control is at least 44 px tall', async () => {
    const page = await context.newPage();
    await page.goto(BASE_URL);
    await page.getByRole('heading', { level: 1, name: 'Mijn dossier' }).waitFor();

    // The skip link is the first stop and moves focus to the main content.
    await page.keyboard.press('Tab');
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent?.trim()),
      'Naar de inhoud',
    );
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');

    // Tab to "Ervaring toevoegen" and open it with Enter.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      const text = await page.evaluate(() => document.activeElement?.textContent?.trim());
      if (text === 'Ervaring toevoegen') break;
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Nieuwe ervaring' }).waitFor();

    const small = await page.evaluate(() =>
      [...document.querySelectorAll('a, button, input, select, textarea')]
        .filter((el) => el.getBoundingClientRect().width > 0)
        .filter((el) => !el.classList.contains('skip-link'))
        .map((el) => ({ el: el.outerHTML.slice(0, 80), height: el.getBoundingClientRect().height }))
        .filter(({ height }) => height < 44),
    );
    assert.deepEqual(small, [], 'controls smaller than 44 px');
    await page.close();
  });
});
