// The pupil's side of mentor feedback (issue 6, items 4 and 5) in real Chromium at 360 px: a
// pupil's dossier (the committed v1 fixture) is imported through /importeren, then the committed
// feedback fixture through the same screen; the comment shows beside the experience, the talk in
// gesprekken (read-only, its agreed goal taken over as the pupil's own), the mentor's series in
// the leermeter. Importing it again changes nothing; feedback for another dossier is refused.
// axe on every screen the pupil sees.

import assert from 'node:assert/strict';
import { join } from 'node:path';
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
import { readTable } from './entries-support.mjs';
import { ROOT, smallTargets } from './dossier-support.mjs';

const FIXTURES = join(ROOT, 'tests', 'fixtures');
const DOSSIER = join(FIXTURES, 'dossier', 'loopbaandossier-v1-fixture.zip');
const FEEDBACK = join(FIXTURES, 'feedback', 'loopbaanfeedback-v1-fixture.zip');
const ENCRYPTED = join(FIXTURES, 'feedback', 'loopbaanfeedback-v1-encrypted-fixture.enc');
const OTHER = join(FIXTURES, 'feedback', 'loopbaanfeedback-v1-other-dossier.zip');
const BAKERY = '00000000-0000-4000-8000-000000000101';
const TALK = '00000000-0000-4000-8000-000000000a03';
const AGREED_GOAL = '00000000-0000-4000-8000-000000000a05';
const COMMENT = 'Mooi dat je zelf klanten hielp. Welke kwaliteit liet je daar zien?';
const PUPIL_TABLES = [
  'profile',
  'experiences',
  'reflections',
  'traits',
  'choices',
  'conversations',
  'attachments',
];

describe('pupil side of mentor feedback', () => {
  /** @type {import('playwright-core').Browser} */
  let browser;
  /** @type {import('playwright-core').BrowserContext} */
  let context;
  /** @type {import('playwright-core').Page} */
  let page;
  /** @type {string[]} */
  let errors;
  /** @type {string[]} */
  let external;

  /** Every table the pupil writes and every table a feedback import writes, to compare. */
  async function allRows() {
    const rows = {};
    for (const table of [...PUPIL_TABLES, 'goals', 'leermeter', 'feedback', 'mentorTalks']) {
      rows[table] = await readTable(page, table);
    }
    return rows;
  }

  /** @param {string} file */
  async function chooseAtImport(file) {
    await page.goto(`${BASE_URL}/importeren`);
    await page.getByRole('heading', { level: 1, name: 'Dossier importeren' }).waitFor();
    await page.getByLabel('Dossierbestand').setInputFiles(file);
  }

  before(async () => {
    browser = await launchBrowser();
    context = await newPhoneContext(browser);
    external = trackExternalRequests(context, BASE_URL);
    page = await context.newPage();
    errors = collectPageErrors(page);
  });

  after(async () => {
    await context?.close();
    await browser?.close();
  });

  test('the pupil’s dossier arrives through the import screen', async () => {
    await chooseAtImport(DOSSIER);
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await page.getByText(/^Je dossier staat nu op dit apparaat/).waitFor();
    assert.equal((await readTable(page, 'experiences')).length, 3);
  });

  test('the feedback file is recognised, previewed, and merged beside the pupil’s text', async () => {
    const before = await allRows();
    await chooseAtImport(FEEDBACK);
    await page.getByRole('heading', { level: 2, name: 'Feedback van Dhr. Bakker' }).waitFor();
    await page.getByText('Nieuw: 3. Bijgewerkt: 0. Had je al: 0.').waitFor();
    await expectNoAxeViolations(page, 'feedback import preview');
    await screenshot(page, 'pupil-feedback-import-preview');
    assert.deepEqual(await allRows(), before, 'the preview writes nothing');

    await page.getByRole('button', { name: 'Feedback inlezen' }).click();
    await page.getByText('Feedback ingelezen: 3 nieuw, 0 bijgewerkt.').waitFor();
    await expectNoAxeViolations(page, 'feedback import done');

    const after = await allRows();
    for (const table of [...PUPIL_TABLES, 'goals']) {
      assert.deepEqual(after[table], before[table], `${table} is untouched`);
    }
    // Every score already there (the pupil's own, and an earlier one of the mentor) is kept.
    assert.deepEqual(
      after.leermeter.filter((score) => before.leermeter.some((old) => old.id === score.id)),
      before.leermeter,
      'the scores already there are untouched',
    );
    assert.equal(after.leermeter.length, before.leermeter.length + 1);
    assert.deepEqual(
      after.feedback
        .filter((row) => !before.feedback.some((old) => old.id === row.id))
        .map((row) => row.text),
      [COMMENT],
    );
    assert.deepEqual(
      after.mentorTalks.map((talk) => talk.id),
      [TALK],
    );
  });

  test('the comment shows beside the experience, marked as the mentor’s', async () => {
    await page.goto(`${BASE_URL}/ervaring/${BAKERY}`);
    const comment = page.locator('.mentor-feedback__item').filter({ hasText: COMMENT });
    await comment.waitFor();
    assert.equal(await comment.locator('.mentor-feedback__badge').innerText(), 'Van je mentor');
    await comment.getByRole('heading', { name: 'Feedback van je mentor Dhr. Bakker' }).waitFor();
    await expectNoAxeViolations(page, 'experience with mentor feedback');
    await screenshot(page, 'pupil-feedback-experience');
  });

  test('the talk is in gesprekken, read-only, and its goal can be taken over once', async () => {
    await page.goto(`${BASE_URL}/gesprekken`);
    await page.getByRole('heading', { level: 2, name: 'Vastgelegd door je mentor' }).waitFor();
    await expectNoAxeViolations(page, 'conversations with a mentor talk');
    await screenshot(page, 'pupil-feedback-conversations');
    await page.getByRole('link', { name: /^Bekijk het verslag van Voortgangsgesprek/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Voortgangsgesprek' }).waitFor();
    await page
      .getByText('We bespraken je snuffelstage en de open dagen die eraan komen.')
      .waitFor();
    assert.equal(await page.locator('main textarea, main input').count(), 0, 'nothing to edit');
    assert.deepEqual(await smallTargets(page), []);
    await expectNoAxeViolations(page, 'mentor talk detail');
    await screenshot(page, 'pupil-feedback-talk');

    const goalsBefore = (await readTable(page, 'goals')).length;
    await page.getByRole('button', { name: /^Neem over als doel/ }).click();
    await page.getByText('Overgenomen als je eigen doel.').waitFor();
    assert.equal(await page.getByRole('button', { name: /^Neem over als doel/ }).count(), 0);
    const goals = await readTable(page, 'goals');
    assert.equal(goals.length, goalsBefore + 1);
    const adopted = goals.find((goal) => goal.id === AGREED_GOAL);
    assert.equal(adopted?.text, 'Een open dag bij een mbo bezoeken');
    assert.equal(adopted?.status, 'open');
    await expectNoAxeViolations(page, 'mentor talk after taking a goal over');
    await screenshot(page, 'pupil-feedback-talk-adopted');
  });

  test('the leermeter shows the mentor’s series beside the pupil’s own', async () => {
    await page.goto(`${BASE_URL}/leermeter`);
    const netwerken = page.locator('li.card').filter({
      has: page.getByRole('heading', { level: 3, name: 'Netwerken' }),
    });
    await netwerken.locator('[data-scored-by="mentor"]').waitFor();
    await netwerken.locator('[data-scored-by="leerling"]').waitFor();
    await netwerken.getByText('Volgens Mentor (Dhr. Bakker): Goed op weg').waitFor();
    assert.deepEqual(await netwerken.locator('.leermeter-chart__legend li').allInnerTexts(), [
      'Zelf',
      'Mentor (Dhr. Bakker)',
    ]);
    await netwerken.getByText('Bekijk de scores als tabel').click();
    await netwerken.getByRole('cell', { name: 'Mentor (Dhr. Bakker)' }).first().waitFor();
    await expectNoAxeViolations(page, 'leermeter with the mentor’s scores');
    await screenshot(page, 'pupil-feedback-leermeter');
  });

  test('the same feedback again (also encrypted) changes nothing', async () => {
    const before = await allRows();
    await chooseAtImport(FEEDBACK);
    await page.getByText(/^Niets nieuws:/).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Feedback inlezen' }).count(), 0);
    await expectNoAxeViolations(page, 'feedback import, nothing new');
    await screenshot(page, 'pupil-feedback-nothing-new');

    await chooseAtImport(ENCRYPTED);
    await page.getByLabel('Wachtwoord van het bestand').fill('fixture-wachtwoord');
    await page.getByRole('button', { name: 'Openen' }).click();
    await page.getByText(/^Niets nieuws:/).waitFor({ timeout: 30_000 });
    assert.deepEqual(await allRows(), before);
  });

  test('feedback for another dossier is refused with a clear message, nothing changes', async () => {
    const before = await allRows();
    await chooseAtImport(OTHER);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /^Deze feedback hoort bij het dossier van iemand anders/);
    assert.equal(await page.getByRole('button', { name: 'Feedback inlezen' }).count(), 0);
    await expectNoAxeViolations(page, 'feedback for another dossier');
    await screenshot(page, 'pupil-feedback-other-dossier');
    assert.deepEqual(await allRows(), before);
  });

  test('no errors, no requests off the device', () => {
    assert.deepEqual(errors, []);
    assert.deepEqual(external, []);
  });
});
