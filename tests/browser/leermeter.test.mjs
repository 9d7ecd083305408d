// The leermeter on a phone-size screen in real Chromium: the pupil scores themselves twice,
// reloads halfway through typing a note and finds it back, sees the chart of their growth (and
// a mentor's view beside it), changes and deletes a round. Every screen is checked with axe.

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
  putRaw,
  score,
  smallControls,
  today,
} from './timeline-support.mjs';

/** The radio of one step of one competency on the round form. */
function step(page, competency, n) {
  return page
    .getByRole('group', { name: new RegExp(`^${competency}`) })
    .getByRole('radio', { name: new RegExp(`^Stap ${n}:`) });
}

/** Waits until the form's draft holds a text, so a reload tests what the pupil would get. */
async function waitForDraft(page, key, text) {
  await page.waitForFunction(
    async ({ key, text }) => {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('loopbaandossier');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const draft = await new Promise((resolve) => {
        const request = db.transaction('drafts').objectStore('drafts').get(key);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => resolve(undefined);
      });
      db.close();
      return JSON.stringify(draft?.value ?? null).includes(text);
    },
    { key, text },
  );
}

describe('the leermeter', () => {
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

  test('score yourself over time and see your growth', async () => {
    const external = trackExternalRequests(context, BASE_URL);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await createDossier(page);

    // Found on the "Meer" screen.
    await page.getByRole('link', { name: 'Meer' }).first().click();
    await page.getByRole('link', { name: 'Leermeter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Leermeter' }).waitFor();
    await page.getByText('Je hebt jezelf nog niet gescoord.').waitFor();
    await expectNoAxeViolations(page, 'empty leermeter');

    // First round, dated in the past; the note survives a reload halfway through.
    const earlier = dayBefore(today(), 120);
    await page.getByRole('link', { name: 'Nieuwe meting' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe meting' }).waitFor();
    await expectNoAxeViolations(page, 'new leermeter round');
    assert.deepEqual(await smallControls(page), [], 'controls smaller than 44 px');
    await page.getByLabel('Datum van de meting').fill(earlier);
    await step(page, 'Netwerken', 1).check();
    await step(page, 'Werkexploratie', 2).check();
    const note = page
      .getByRole('group', { name: /^Netwerken/ })
      .getByLabel(/^Waarom kies je deze stap\?/);
    await note.fill('Ik vind het nog spannend om te bell');
    await waitForDraft(page, 'leermeter:new', 'spannend om te bell');
    await page.reload();
    await page.getByText('Je was hier eerder mee bezig.').waitFor();
    assert.equal(await step(page, 'Netwerken', 1).isChecked(), true);
    assert.equal(await step(page, 'Werkexploratie', 2).isChecked(), true);
    assert.equal(await page.getByLabel('Datum van de meting').inputValue(), earlier);
    assert.equal(await note.inputValue(), 'Ik vind het nog spannend om te bell');
    await note.pressSequentially('en.');
    await screenshot(page, 'leermeter-form');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Leermeter' }).waitFor();
    await page.getByText('Ik vind het nog spannend om te bellen.').waitFor();

    // Second round, today, by keyboard: arrow keys move within a competency's steps.
    await page.getByRole('link', { name: 'Nieuwe meting' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe meting' }).waitFor();
    await step(page, 'Netwerken', 1).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal(await step(page, 'Netwerken', 3).isChecked(), true);
    await step(page, 'Werkexploratie', 2).check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Leermeter' }).waitFor();

    const netwerken = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { level: 3, name: 'Netwerken' }),
    });
    await netwerken.getByText('Nu: Goed op weg').waitFor();
    await netwerken.getByText('Gegroeid van Net begonnen naar Goed op weg.').waitFor();
    await page.getByText('Net als bij je eerste meting.').waitFor();
    // The chart: two points on the pupil's line, and its text alternative.
    assert.equal(await netwerken.locator('[data-scored-by="leerling"] path').count(), 3);
    await netwerken.getByText('Bekijk de scores als tabel').click();
    assert.deepEqual(await netwerken.locator('tbody td:last-child').allInnerTexts(), [
      '1 – Net begonnen',
      '3 – Goed op weg',
    ]);
    await expectNoAxeViolations(page, 'leermeter with two rounds');
    await screenshot(page, 'leermeter-two-rounds');

    // A second round on the same day is refused with a way out.
    await page.getByRole('link', { name: 'Nieuwe meting' }).click();
    await step(page, 'Loopbaansturing', 2).check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Op deze datum heb je al een meting.').waitFor();
    await expectNoAxeViolations(page, 'leermeter form with an error');
    await page.getByRole('link', { name: 'Annuleren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Leermeter' }).waitFor();

    // A mentor's scores (from a feedback file) are drawn beside the pupil's, with a legend.
    await putRaw(page, {
      leermeter: [
        score({
          competency: 'netwerken',
          step: 2,
          date: dayBefore(today(), 30),
          scoredBy: 'mentor',
          scorerName: 'Dhr. Bakker',
        }),
      ],
    });
    await page.reload();
    await netwerken.getByRole('list', { name: 'Wie scoorde' }).waitFor();
    assert.deepEqual(
      await netwerken
        .getByRole('list', { name: 'Wie scoorde' })
        .getByRole('listitem')
        .allInnerTexts(),
      ['Zelf', 'Mentor (Dhr. Bakker)'],
    );
    await netwerken.getByText('Bekijk de scores als tabel').click();
    await netwerken.getByRole('cell', { name: 'Mentor (Dhr. Bakker)' }).waitFor();
    await expectNoAxeViolations(page, 'leermeter with a mentor’s view');
    await netwerken.scrollIntoViewIfNeeded();
    await screenshot(page, 'leermeter-with-mentor');

    // Change the first round, then delete it and undo.
    const firstRound = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { level: 3, name: /^Meting van/ }),
    });
    await firstRound
      .last()
      .getByRole('link', { name: /aanpassen$/ })
      .click();
    await page.getByRole('heading', { level: 1, name: /^Meting van .* aanpassen$/ }).waitFor();
    assert.equal(await step(page, 'Netwerken', 1).isChecked(), true);
    await expectNoAxeViolations(page, 'change a leermeter round');
    await step(page, 'Netwerken', 2).check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await netwerken.getByText('Gegroeid van Op weg naar Goed op weg.').waitFor();

    await firstRound
      .last()
      .getByRole('button', { name: /verwijderen$/ })
      .click();
    await page.getByText('Naar de prullenbak verplaatst.').waitFor();
    await netwerken.getByText('Je eerste meting.').waitFor();
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await netwerken.getByText('Gegroeid van Op weg naar Goed op weg.').waitFor();

    // The rounds are on the timeline and open the leermeter.
    await page.getByRole('link', { name: 'Dossier', exact: true }).first().click();
    const rounds = page.locator('.home__list article', { hasText: 'Leermeter-meting' });
    await rounds.first().waitFor();
    assert.equal(await rounds.count(), 3, 'two rounds of the pupil, one of the mentor');
    await rounds.first().getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Leermeter' }).waitFor();

    assert.deepEqual(external, [], 'requests left the app origin');
    assert.deepEqual(errors, [], 'the page logged errors');
    await page.close();
  });
});
