// The trash on a phone: deleting an experience or a photo moves it to the trash with undo, the
// trash screen lists deleted records of every kind, restores one, and empties only after an
// explicit confirmation in a dialog. Real Chromium, real IndexedDB, axe on every screen.

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
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
  addExperience,
  countRows,
  makeImage,
  putRecords,
  startDossier,
} from './journey-support.mjs';

/** Fields every record carries, deleted at the given moment. */
function deletedBase(deletedAt) {
  return {
    id: randomUUID(),
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: deletedAt,
    deletedAt,
  };
}

describe('the trash', () => {
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

  test('delete with undo, restore from the trash, and empty it after confirming', async () => {
    const external = trackExternalRequests(context, BASE_URL);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await startDossier(page);
    const photo = await makeImage(page, { width: 1200, height: 900 });
    await addExperience(page, 'Snuffelstage bij de kapper', photo);
    await addExperience(page, 'Open dag Deltion', photo);

    // Delete from the experience screen: to the trash, with undo in the toast.
    const kapper = page.getByRole('article').filter({ hasText: 'Snuffelstage bij de kapper' });
    await kapper.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Ervaring bewerken' }).waitFor();
    await page.getByRole('button', { name: 'Ervaring verwijderen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn dossier' }).waitFor();
    await page.getByText('Naar de prullenbak verplaatst.').waitFor();
    await kapper.waitFor({ state: 'detached' });
    // The toast stays while the pupil reaches for it (axe takes its time on a busy machine).
    await page.locator('.toast').hover();
    await expectNoAxeViolations(page, 'home screen with the undo toast');
    await screenshot(page, 'trash-undo-toast');
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.getByText('Teruggezet.').waitFor();
    await kapper.waitFor();
    await page.getByRole('button', { name: 'Sluiten' }).click();

    // Delete it again, and a photo of the other experience.
    await kapper.getByRole('link').click();
    await page.getByRole('button', { name: 'Ervaring verwijderen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn dossier' }).waitFor();
    await kapper.waitFor({ state: 'detached' });
    await page
      .getByRole('article')
      .filter({ hasText: 'Open dag Deltion' })
      .getByRole('link')
      .click();
    await page.getByRole('button', { name: 'Foto 1 verwijderen' }).click();
    await page.getByText('Naar de prullenbak verplaatst.').waitFor();

    // Records other screens made, already in the trash.
    await putRecords(page, 'goals', [
      {
        ...deletedBase('2026-11-20T09:00:00.000Z'),
        text: 'Een bijbaan zoeken in de zorg',
        competency: 'loopbaansturing',
        dueDate: null,
        status: 'open',
        sourceId: null,
      },
    ]);
    await putRecords(page, 'leermeter', [
      {
        ...deletedBase('2026-11-19T09:00:00.000Z'),
        competency: 'netwerken',
        step: 2,
        scoredBy: 'leerling',
        scorerName: '',
        date: '2026-11-18',
        note: '',
      },
    ]);

    await page.getByRole('link', { name: 'Meer', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Meer' }).waitFor();
    await page.getByRole('link', { name: 'Prullenbak' }).click();
    await page.getByRole('heading', { level: 1, name: 'Prullenbak' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/prullenbak');
    const items = page.getByRole('listitem');
    await page.getByText('4 dingen in de prullenbak').waitFor();
    const texts = await items.allInnerTexts();
    assert.match(texts[0] ?? '', /Foto\s+Foto bij “Open dag Deltion”/);
    assert.match(texts[1] ?? '', /Ervaring\s+Snuffelstage bij de kapper/);
    assert.ok(texts.some((text) => /Doel\s+Een bijbaan zoeken in de zorg/.test(text)));
    assert.ok(texts.some((text) => /Leermeter\s+Netwerken: stap 2/.test(text)));
    await page.waitForFunction(() => {
      const img = document.querySelector('img.trash__thumb');
      return img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0;
    });
    await expectNoAxeViolations(page, 'trash screen');
    await screenshot(page, 'trash-screen');

    // Restore one: it leaves the trash and is back in the dossier.
    await page
      .getByRole('button', { name: /^Terugzetten\s*:\s*Ervaring Snuffelstage bij de kapper$/ })
      .click();
    await page.getByText('“Snuffelstage bij de kapper” is teruggezet.').waitFor();
    await page.getByText('3 dingen in de prullenbak').waitFor();

    // Emptying asks first; Escape cancels and nothing is lost.
    const emptyButton = page.getByRole('button', { name: 'Prullenbak leegmaken' });
    await emptyButton.click();
    const dialog = page.getByRole('alertdialog', { name: 'Prullenbak leegmaken?' });
    await dialog.waitFor();
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent?.trim()),
      'Annuleren',
      'focus starts on the safe choice',
    );
    await expectNoAxeViolations(page, 'confirm dialog');
    await screenshot(page, 'trash-confirm');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('3 dingen in de prullenbak').waitFor();
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent?.trim()),
      'Prullenbak leegmaken',
    );

    const before = await countRows(page);
    await emptyButton.click();
    await dialog.getByRole('button', { name: 'Voor altijd verwijderen' }).click();
    await page.getByText('De prullenbak is leeg.').first().waitFor();
    const afterEmpty = await countRows(page);
    assert.equal(afterEmpty.goals, before.goals - 1);
    assert.equal(afterEmpty.leermeter, before.leermeter - 1);
    assert.equal(afterEmpty.attachments, before.attachments - 1);
    assert.equal(afterEmpty.attachmentBlobs, before.attachmentBlobs - 1);
    assert.equal(afterEmpty.experiences, 2, 'the restored experience was not purged');
    await expectNoAxeViolations(page, 'empty trash screen');

    await page.getByRole('link', { name: 'Dossier', exact: true }).first().click();
    await page.getByRole('article').filter({ hasText: 'Snuffelstage bij de kapper' }).waitFor();

    assert.deepEqual(external, [], 'requests left the app origin');
    assert.deepEqual(errors, [], 'the page logged errors');
    await page.close();
  });
});
