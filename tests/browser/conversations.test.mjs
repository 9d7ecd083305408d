// Loopbaangesprekken on a phone: prepare a trialoog, record it afterwards with who was there,
// afspraken and new goals, autosave across a reload, keyboard use of the lists, delete with undo.

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
import { expectFocused, readTable, smallTargets, waitForDraft } from './entries-support.mjs';

describe('loopbaangesprekken on a phone', () => {
  /** @type {import('playwright-core').Browser} */
  let browser;

  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  test('prepare a trialoog, record it with afspraken and goals, keep it through reloads', async () => {
    const context = await newPhoneContext(browser);
    const external = trackExternalRequests(context, BASE_URL);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await startDossier(page);

    await page.getByRole('link', { name: 'Meer' }).first().click();
    await page.getByRole('link', { name: 'Loopbaangesprekken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Loopbaangesprekken' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/gesprekken');
    await page.getByText('Je hebt nu geen gesprek voorbereid.').waitFor();
    await expectNoAxeViolations(page, 'empty conversations screen');

    // Prepare.
    await page.getByRole('link', { name: 'Gesprek voorbereiden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gesprek voorbereiden' }).waitFor();
    await expectNoAxeViolations(page, 'new conversation form');
    await page.getByLabel('Soort gesprek').selectOption('trialoog');
    await page.getByLabel('Datum van het gesprek').fill('2099-03-02');
    await page.getByLabel(/^Waar wil je over praten\?/).fill('Hoe mijn stage gaat');
    await page.getByRole('button', { name: 'Vraag toevoegen' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Wat doe ik goed?');
    await page.keyboard.press('Enter');
    await expectFocused(page.getByRole('textbox', { name: 'Vraag 2', exact: true }), 'question 2');
    await page.keyboard.type('Wat kan beter?');
    await expectNoAxeViolations(page, 'conversation form with questions');
    assert.deepEqual(await smallTargets(page), [], 'controls smaller than 44 px');
    await screenshot(page, 'conversations-prepare');
    await page.getByRole('button', { name: 'Opslaan' }).click();

    const upcoming = page.getByRole('region', { name: 'Komende gesprekken' });
    const card = upcoming.getByRole('article').filter({ hasText: 'Hoe mijn stage gaat' });
    await card.waitFor();
    await card.getByText('2 vragen voorbereid').waitFor();
    await page.reload();
    await card.waitFor();
    await expectNoAxeViolations(page, 'conversations screen with a prepared talk');

    // Record it afterwards.
    await card.getByRole('link', { name: /Trialoog/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Gesprek bewerken' }).waitFor();
    assert.equal(
      await page.getByRole('textbox', { name: 'Vraag 1', exact: true }).inputValue(),
      'Wat doe ik goed?',
    );
    await page.getByLabel('Het gesprek is geweest').check();
    await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
    await page.keyboard.type('Mevr. Jansen');
    await page.keyboard.press('Enter');
    await expectFocused(page.getByLabel('Rol (Persoon 1)'), 'the role of person 1');
    await page.keyboard.type('mentor');
    await page.keyboard.press('Enter');
    await expectFocused(page.getByLabel('Naam (Persoon 2)'), 'the name of a new person 2');
    await page.keyboard.type('Kees Bos');
    await page.getByLabel('Rol (Persoon 2)').fill('praktijkopleider');
    await page.getByLabel(/^Waar hebben jullie over gepraat\?/).fill('Het gaat goed op stage.');

    await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await page.keyboard.type('Stageverslag inleveren');
    // Tab reaches the "done" box of the same afspraak; Space ticks it.
    await page.keyboard.press('Tab');
    await expectFocused(page.getByRole('checkbox', { name: 'Gedaan (Afspraak 1)' }), 'done box');
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await page.keyboard.type('Open dag ROC bezoeken');
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    await page.keyboard.type('Zelf vaker vragen stellen op stage');

    // Reload before saving: the whole record, lists and all, comes back.
    const conversationId = new URL(page.url()).pathname.split('/').pop();
    await waitForDraft(
      page,
      `conversation:${conversationId}`,
      (draft) =>
        draft.afspraken.length === 2 &&
        draft.afspraken[1].text === 'Open dag ROC bezoeken' &&
        draft.newGoals[0] === 'Zelf vaker vragen stellen op stage',
    );
    await page.reload();
    await page.getByText('We hebben teruggezet wat je had getypt.').waitFor();
    assert.equal(await page.getByLabel('Het gesprek is geweest').isChecked(), true);
    assert.equal(await page.getByLabel('Naam (Persoon 2)').inputValue(), 'Kees Bos');
    assert.equal(
      await page.getByRole('checkbox', { name: 'Gedaan (Afspraak 1)' }).isChecked(),
      true,
    );
    assert.equal(
      await page.getByRole('textbox', { name: 'Nieuw doel 1', exact: true }).inputValue(),
      'Zelf vaker vragen stellen op stage',
    );
    await expectNoAxeViolations(page, 'conversation record form');
    assert.deepEqual(await smallTargets(page), [], 'controls smaller than 44 px');
    await screenshot(page, 'conversations-record');
    await page.getByRole('button', { name: 'Opslaan' }).click();

    // Held now, with the goal as a link to the goals screen.
    const held = page.getByRole('region', { name: 'Gehouden gesprekken' });
    const heldCard = held.getByRole('article');
    await heldCard.getByText('Met: Mevr. Jansen (mentor), Kees Bos (praktijkopleider)').waitFor();
    await heldCard.getByText('1 van 2 afspraken gedaan').waitFor();
    const goalLink = heldCard.getByRole('link', { name: 'Zelf vaker vragen stellen op stage' });
    await goalLink.waitFor();
    await page.getByText('Je hebt nu geen gesprek voorbereid.').waitFor();
    await page.reload();
    await goalLink.waitFor();
    await expectNoAxeViolations(page, 'conversations screen with a held talk');
    await screenshot(page, 'conversations-list');

    const [conversation] = await readTable(page, 'conversations');
    const [goal] = await readTable(page, 'goals');
    assert.equal(conversation.held, true);
    assert.deepEqual(conversation.goalIds, [goal.id]);
    assert.equal(goal.sourceId, conversation.id);
    assert.equal(goal.status, 'open');
    assert.equal(await goalLink.getAttribute('href'), `/doelen/${goal.id}`);
    await goalLink.click();
    await page.waitForURL(`${BASE_URL}/doelen/${goal.id}`);
    await page.goBack();

    // Delete, then undo from the toast.
    await heldCard.getByRole('link', { name: /Trialoog/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Gesprek bewerken' }).waitFor();
    await page.getByRole('button', { name: 'Gesprek verwijderen' }).click();
    await page.getByText('Naar de prullenbak verplaatst.').waitFor();
    await page.getByText('Je hebt nog geen gesprek vastgelegd.').waitFor();
    await expectNoAxeViolations(page, 'conversations screen with the undo toast');
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await heldCard.waitFor();

    assert.deepEqual(external, [], 'requests left the app origin');
    assert.deepEqual(errors, [], 'the page logged errors');
    await context.close();
  });
});
