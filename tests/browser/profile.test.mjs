// Profile and settings on a phone: the pupil changes their profile (a reload mid-typing loses
// nothing), saves it, sees it used in the app, and switches the app between Dutch and English.
// Real Chromium, axe on every state, screenshots at 360 px.

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

describe('profile and settings', () => {
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

  test('edit the profile, keep the draft over a reload, save it', async () => {
    const external = trackExternalRequests(context, BASE_URL);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await startDossier(page, 'Sanne');

    await page.getByRole('link', { name: 'Meer', exact: true }).first().click();
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Instellingen' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Je profiel' }).waitFor();
    assert.equal(await page.getByLabel('Je naam').inputValue(), 'Sanne');
    await expectNoAxeViolations(page, 'settings screen');
    await screenshot(page, 'profile-settings');

    // An empty name is refused with a message.
    await page.getByLabel('Je naam').fill('');
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();
    await page.getByText('Vul dit in.').waitFor();
    assert.equal(await page.getByLabel('Je naam').getAttribute('aria-invalid'), 'true');
    await expectNoAxeViolations(page, 'settings screen with an error');

    await page.getByLabel('Je naam').pressSequentially('Sanne de Vries');
    await page.getByLabel(/^School/).pressSequentially('Deltion College');
    await page.getByLabel('Opleiding of niveau').selectOption('mbo-2');
    await page.getByLabel('Leerjaar').selectOption({ label: '1' });
    await page.getByLabel(/^Naam van je mentor/).pressSequentially('Mevr. Yilmaz');
    await page.reload();

    await page.getByText('Je was je profiel aan het aanpassen.', { exact: false }).waitFor();
    assert.equal(await page.getByLabel('Je naam').inputValue(), 'Sanne de Vries');
    assert.equal(await page.getByLabel(/^School/).inputValue(), 'Deltion College');
    assert.equal(await page.getByLabel('Opleiding of niveau').inputValue(), 'mbo-2');
    assert.equal(await page.getByLabel(/^Naam van je mentor/).inputValue(), 'Mevr. Yilmaz');
    await expectNoAxeViolations(page, 'settings screen with a restored draft');
    await screenshot(page, 'profile-restored');

    await page.getByRole('button', { name: 'Profiel opslaan' }).click();
    await page.getByText('Je profiel is opgeslagen.').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Je profiel' }).waitFor();
    assert.equal(await page.getByLabel('Je naam').inputValue(), 'Sanne de Vries');
    assert.equal(await page.getByLabel('Leerjaar').inputValue(), await yearValue(page, '1'));
    assert.equal(
      await page.getByText('Je was je profiel aan het aanpassen.', { exact: false }).count(),
      0,
    );

    await page.getByRole('link', { name: 'Dossier', exact: true }).first().click();
    await page.getByText('Hoi Sanne de Vries!').waitFor();
    assert.deepEqual(external, [], 'requests left the app origin');
    assert.deepEqual(errors, [], 'the page logged errors');
    await page.close();
  });

  test('switches the whole app to English and back, and remembers it', async () => {
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${BASE_URL}/instellingen`);
    await page.getByRole('heading', { level: 1, name: 'Instellingen' }).waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(
      await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'),
      'true',
    );
    await page.getByRole('button', { name: 'Save profile' }).waitFor();
    assert.equal(await page.getByLabel('Your name').inputValue(), 'Sanne de Vries');
    await expectNoAxeViolations(page, 'settings screen in English');
    await screenshot(page, 'profile-settings-en');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.getByRole('link', { name: 'More', exact: true }).first().click();
    await page.getByRole('link', { name: 'Trash' }).click();
    await page.getByRole('heading', { level: 1, name: 'Trash' }).waitFor();
    await page.getByText('The trash is empty.').waitFor();
    await expectNoAxeViolations(page, 'trash screen in English');

    await page.goto(`${BASE_URL}/instellingen`);
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Instellingen' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');
    assert.deepEqual(errors, [], 'the page logged errors');
    await page.close();
  });
});

/**
 * The option value of the year select whose label is `label` (vue renders them by index).
 * @param {import('playwright-core').Page} page
 * @param {string} label
 */
function yearValue(page, label) {
  return page
    .getByLabel('Leerjaar')
    .locator('option', { hasText: new RegExp(`^${label}$`) })
    .evaluate((option) => /** @type {HTMLOptionElement} */ (option).value);
}
