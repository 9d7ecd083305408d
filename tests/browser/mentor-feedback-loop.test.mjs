// The whole mentor loop (issue 6) in real Chromium at 360 px, with TWO separate browser contexts
// (separate IndexedDB, like two phones): the pupil writes entries and exports; the mentor imports
// the dossier, comments on an experience, scores the leermeter, records a trialoog with an
// afspraak and an agreed goal, and exports a feedback file; the pupil imports it and sees the
// mentor's work beside their own; importing it again changes nothing. axe on every mentor screen.

import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import {
  BASE_URL,
  collectPageErrors,
  expectNoAxeViolations,
  launchBrowser,
  newPhoneContext,
  screenshot,
  trackExternalRequests,
} from './support.mjs';
import { addExperience, countRows, makeImage, startDossier } from './journey-support.mjs';
import { readTable } from './entries-support.mjs';
import { OUT, exportFile } from './dossier-support.mjs';

const FEEDBACK_OUT = join(OUT, 'mentor-feedback');
const COMMENT = 'Mooi dat je zelf om hulp vroeg bij de bakker!';
const AFSPRAAK = 'Stageverslag inleveren bij de praktijkopleider';
const TALK_SUMMARY = 'De stage gaat goed; Sanne wil meer weten over de opleiding.';
const AGREED_GOAL = 'Drie vragen voorbereiden voor de open dag';
const FEEDBACK_PASSWORD = 'Herfst 2026 mentor!';

/**
 * Every row of one table of the mentor database, read without going through the app.
 * @param {import('playwright-core').Page} page
 * @param {string} table
 * @returns {Promise<any[]>}
 */
function readMentorTable(page, table) {
  return page.evaluate(async (store) => {
    /** @type {IDBDatabase} */
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('loopbaandossier-begeleiden');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows;
  }, table);
}

/**
 * Clicks the button that makes a file and keeps the download.
 * @param {import('playwright-core').Page} page
 * @param {string} button
 * @param {string} name
 */
async function download(page, button, name) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = join(FEEDBACK_OUT, name);
  await file.saveAs(path);
  return { path, suggested: file.suggestedFilename() };
}

describe('mentor feedback loop', () => {
  /** @type {import('playwright-core').Browser} */
  let browser;
  /** @type {import('playwright-core').BrowserContext} */
  let pupilContext;
  /** @type {import('playwright-core').BrowserContext} */
  let mentorContext;
  /** @type {import('playwright-core').Page} */
  let pupil;
  /** @type {import('playwright-core').Page} */
  let mentor;
  /** @type {string[]} */
  let errors;
  /** @type {string[]} */
  let external;
  /** @type {{ dossierId: string, experienceId: string, reflectionId: string, goalId: string }} */
  const ids = { dossierId: '', experienceId: '', reflectionId: '', goalId: '' };
  /** @type {{ path: string, suggested: string }} */
  let dossierFile;
  /** @type {{ path: string, suggested: string }} */
  let feedbackFile;
  /** @type {{ path: string, suggested: string }} */
  let encryptedFile;

  before(async () => {
    mkdirSync(FEEDBACK_OUT, { recursive: true });
    browser = await launchBrowser();
    pupilContext = await newPhoneContext(browser, { acceptDownloads: true });
    mentorContext = await newPhoneContext(browser, { acceptDownloads: true });
    external = [
      ...trackExternalRequests(pupilContext, BASE_URL),
      ...trackExternalRequests(mentorContext, BASE_URL),
    ];
    pupil = await pupilContext.newPage();
    mentor = await mentorContext.newPage();
    errors = [...collectPageErrors(pupil), ...collectPageErrors(mentor)];
  });

  after(async () => {
    await pupilContext?.close();
    await mentorContext?.close();
    await browser?.close();
  });

  test('the pupil writes an experience, a reflection and a goal, and exports', async () => {
    await startDossier(pupil, 'Sanne de Vries');
    const photo = await makeImage(pupil, { width: 640, height: 480 });
    await addExperience(pupil, 'Snuffelstage bij bakkerij De Korenschoof', photo);

    await pupil.goto(`${BASE_URL}/reflectie/nieuw`);
    await pupil.getByLabel('Titel').fill('Wat ik leerde van mijn bijbaan');
    await pupil.getByLabel(/^Doel:/).fill('Weten of ik met klanten wil werken.');
    await pupil.getByRole('button', { name: 'Opslaan' }).click();
    await pupil.waitForURL((url) => !url.pathname.endsWith('/nieuw'));

    await pupil.goto(`${BASE_URL}/doelen/nieuw`);
    await pupil.getByLabel(/^Wat is je doel/).fill('Een open dag van de bakkersopleiding bezoeken');
    await pupil.getByRole('button', { name: 'Opslaan' }).click();
    await pupil.waitForURL((url) => !url.pathname.endsWith('/nieuw'));

    const [profile] = await readTable(pupil, 'profile');
    const [experience] = await readTable(pupil, 'experiences');
    const [reflection] = await readTable(pupil, 'reflections');
    const [goal] = await readTable(pupil, 'goals');
    assert.ok(profile && experience && reflection && goal, 'the three entries were stored');
    Object.assign(ids, {
      dossierId: profile.dossierId,
      experienceId: experience.id,
      reflectionId: reflection.id,
      goalId: goal.id,
    });

    await pupil.goto(`${BASE_URL}/exporteren`);
    await pupil.getByRole('heading', { level: 1 }).first().waitFor();
    dossierFile = await exportFile(pupil, 'mentor-loop-dossier.zip');
    assert.match(dossierFile.suggested, /\.zip$/);
  });

  test('the mentor imports the dossier and comments on the experience', async () => {
    await mentor.goto(`${BASE_URL}/begeleiden`);
    await mentor.getByRole('heading', { level: 1, name: 'Begeleiden' }).waitFor();
    await mentor.getByLabel('Dossierbestanden').setInputFiles(dossierFile.path);
    await mentor
      .getByRole('link', { name: /Sanne de Vries/ })
      .first()
      .waitFor();
    assert.equal((await readMentorTable(mentor, 'pupils')).length, 1);

    await mentor.goto(`${BASE_URL}/begeleiden/${ids.dossierId}/item/${ids.experienceId}`);
    await mentor
      .getByRole('heading', { level: 2, name: 'Snuffelstage bij bakkerij De Korenschoof' })
      .waitFor();
    // The pupil's photo comes from the copy's own attachment store.
    const photo = mentor.getByRole('img', {
      name: 'Foto 1 bij Snuffelstage bij bakkerij De Korenschoof',
    });
    await photo.waitFor();
    assert.ok(await photo.evaluate((img) => img.complete && img.naturalWidth > 0), 'photo shows');
    // No name yet: the screen asks for it before anything can be written.
    await mentor.getByRole('heading', { name: 'Wie ben jij?' }).waitFor();
    await expectNoAxeViolations(mentor, 'mentor entry asking for the mentor name');
    await mentor.getByLabel('Jouw naam').fill('Mevrouw Jansen');
    await mentor.getByLabel('Jouw rol').selectOption('mentor');
    await mentor.getByRole('button', { name: 'Naam en rol bewaren' }).click();
    await mentor.getByText('Je schrijft als Mevrouw Jansen (Mentor).').waitFor();

    await mentor.getByRole('textbox', { name: 'Jouw opmerking' }).fill(COMMENT);
    await mentor.getByRole('button', { name: 'Opmerking toevoegen' }).click();
    await mentor.getByRole('listitem').filter({ hasText: COMMENT }).waitFor();
    assert.equal(await mentor.getByRole('textbox', { name: 'Jouw opmerking' }).inputValue(), '');

    await expectNoAxeViolations(mentor, 'mentor entry with a comment');
    await screenshot(mentor, 'mentor-entry');
    const comments = await readMentorTable(mentor, 'feedback');
    assert.deepEqual(
      comments.map((row) => [row.dossierId, row.targetId, row.text, row.authorName]),
      [[ids.dossierId, ids.experienceId, COMMENT, 'Mevrouw Jansen']],
    );
  });

  test('the mentor scores the leermeter and records a trialoog', async () => {
    await mentor.goto(`${BASE_URL}/begeleiden/${ids.dossierId}/leermeter`);
    await mentor.getByRole('heading', { level: 1, name: 'Leermeter van Sanne de Vries' }).waitFor();
    await mentor
      .getByRole('group', { name: /^Netwerken/ })
      .getByLabel(/^Stap 3/)
      .check();
    await mentor.getByRole('button', { name: 'Scores bewaren' }).click();
    await mentor.getByText('Je scores zijn bewaard.').waitFor();
    // The mentor's series shows beside the pupil's, with the table alternative.
    await mentor.locator('[data-scored-by="mentor"]').first().waitFor();
    await expectNoAxeViolations(mentor, 'mentor leermeter');
    await screenshot(mentor, 'mentor-leermeter');
    const scores = await readMentorTable(mentor, 'leermeter');
    assert.deepEqual(
      scores.map((score) => [score.competency, score.step, score.scoredBy, score.scorerName]),
      [['netwerken', 3, 'mentor', 'Mevrouw Jansen']],
    );

    await mentor.goto(`${BASE_URL}/begeleiden/${ids.dossierId}/gesprek`);
    await mentor.getByRole('heading', { level: 1, name: 'Gesprek vastleggen' }).waitFor();
    await mentor.getByLabel('Soort gesprek').selectOption('trialoog');
    await mentor.getByRole('button', { name: 'Persoon toevoegen' }).click();
    await mentor.getByLabel(/^Naam/).last().fill('Karin de Bakker');
    await mentor.getByLabel(/^Rol/).last().fill('praktijkopleider');
    await mentor.getByLabel('Samenvatting').fill(TALK_SUMMARY);
    await mentor.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await mentor.getByRole('textbox', { name: 'Afspraak 1' }).fill(AFSPRAAK);
    await mentor.getByRole('button', { name: 'Ontwikkeldoel toevoegen' }).click();
    await mentor.getByLabel(/^Wat wil de leerling bereiken\?/).fill(AGREED_GOAL);
    await mentor.getByLabel(/^Competentie/).selectOption('werkexploratie');
    await expectNoAxeViolations(mentor, 'mentor talk, filled');
    await screenshot(mentor, 'mentor-talk');
    await mentor.getByRole('button', { name: 'Gesprek bewaren' }).click();
    await mentor.waitForURL((url) => url.pathname === `/begeleiden/${ids.dossierId}`);
    const [talk] = await readMentorTable(mentor, 'talks');
    assert.equal(talk.kind, 'trialoog');
    assert.deepEqual(talk.participants, [{ name: 'Karin de Bakker', role: 'praktijkopleider' }]);
    assert.deepEqual(
      talk.afspraken.map((a) => [a.text, a.done]),
      [[AFSPRAAK, false]],
    );
    assert.deepEqual(
      talk.agreedGoals.map((g) => [g.title, g.competency]),
      [[AGREED_GOAL, 'werkexploratie']],
    );

    // Editing the talk later: tick the afspraak off.
    await mentor.goto(`${BASE_URL}/begeleiden/${ids.dossierId}/gesprek/${talk.id}`);
    await mentor.getByRole('heading', { level: 1, name: 'Gesprek aanpassen' }).waitFor();
    await mentor.getByRole('checkbox', { name: /Gedaan/ }).check();
    await mentor.getByRole('button', { name: 'Gesprek bewaren' }).click();
    await mentor.waitForURL((url) => url.pathname === `/begeleiden/${ids.dossierId}`);
    const [edited] = await readMentorTable(mentor, 'talks');
    assert.equal(edited.id, talk.id);
    assert.equal(edited.afspraken[0].done, true);
  });

  test('the mentor exports the feedback file: only what the mentor wrote', async () => {
    await mentor.goto(`${BASE_URL}/begeleiden/${ids.dossierId}/feedback`);
    await mentor.getByRole('heading', { level: 1, name: 'Feedback voor Sanne de Vries' }).waitFor();
    await mentor.getByText('Alleen wat jij schreef, plus verwijzingen').waitFor();
    await mentor.getByText('1 opmerking', { exact: true }).waitFor();
    await mentor.getByText('1 leermeterscore', { exact: true }).waitFor();
    await mentor.getByText('1 gesprek', { exact: true }).waitFor();
    feedbackFile = await download(mentor, 'Feedbackbestand maken', 'feedback.zip');
    assert.match(feedbackFile.suggested, /^loopbaanfeedback-\d{4}-\d{2}-\d{2}\.zip$/);
    // Only what the mentor wrote, addressed to this pupil's dossier: no pupil text travels.
    const entries = unzipSync(new Uint8Array(readFileSync(feedbackFile.path)));
    assert.deepEqual(Object.keys(entries), ['feedback.json']);
    const json = strFromU8(entries['feedback.json']);
    const document = JSON.parse(json);
    assert.equal(document.dossierId, ids.dossierId);
    assert.deepEqual(document.author, { name: 'Mevrouw Jansen', role: 'mentor' });
    assert.deepEqual(
      document.feedback.map((row) => [row.targetId, row.text]),
      [[ids.experienceId, COMMENT]],
    );
    assert.equal(document.leermeter.length, 1);
    assert.equal(document.mentorTalks.length, 1);
    for (const pupilText of [
      'Snuffelstage bij bakkerij',
      'Sanne de Vries',
      'Weten of ik met klanten',
    ]) {
      assert.ok(!json.includes(pupilText), `the file holds none of the pupil's text: ${pupilText}`);
    }
    await mentor.getByText(/^Klaar: loopbaanfeedback-/).waitFor();
    await expectNoAxeViolations(mentor, 'mentor export');
    await screenshot(mentor, 'mentor-export');

    // A protected copy: the same rules as the pupil's export.
    await mentor.getByRole('checkbox', { name: 'Beveiligen met een wachtwoord' }).check();
    await mentor.getByLabel('Wachtwoord', { exact: true }).fill('kort');
    await mentor.getByLabel('Wachtwoord nog een keer').fill('kort');
    await mentor.getByRole('button', { name: 'Feedbackbestand maken' }).click();
    await mentor.getByText('Kies een wachtwoord van minstens 8 tekens.').waitFor();
    await mentor.getByLabel('Wachtwoord', { exact: true }).fill(FEEDBACK_PASSWORD);
    await mentor.getByLabel('Wachtwoord nog een keer').fill(FEEDBACK_PASSWORD);
    encryptedFile = await download(mentor, 'Feedbackbestand maken', 'feedback.enc');
    assert.match(encryptedFile.suggested, /^loopbaanfeedback-\d{4}-\d{2}-\d{2}\.enc$/);
  });

  test('the pupil imports the feedback and sees it beside their own text; twice changes nothing', async () => {
    const pupilExperience = async () =>
      (await readTable(pupil, 'experiences')).find((row) => row.id === ids.experienceId);
    const before = await pupilExperience();

    await pupil.goto(`${BASE_URL}/importeren`);
    await pupil.getByLabel('Dossierbestand').setInputFiles(feedbackFile.path);
    await pupil.getByRole('heading', { name: 'Feedback van Mevrouw Jansen' }).waitFor();
    await pupil.getByRole('button', { name: 'Feedback inlezen' }).click();
    await pupil.getByText(/^Feedback ingelezen:/).waitFor();
    const countsAfterFirst = await countRows(pupil);

    // The pupil's own text is untouched; the comment sits beside it, tagged with its entry.
    assert.deepEqual(await pupilExperience(), before);
    const feedback = await readTable(pupil, 'feedback');
    assert.deepEqual(
      feedback.map((row) => [row.targetId, row.text, row.authorName]),
      [[ids.experienceId, COMMENT, 'Mevrouw Jansen']],
    );
    const [talk] = await readTable(pupil, 'mentorTalks');
    assert.equal(talk?.kind, 'trialoog');
    assert.deepEqual(
      talk.afspraken.map((a) => [a.text, a.done]),
      [[AFSPRAAK, true]],
    );

    // Beside the experience.
    await pupil.goto(`${BASE_URL}/ervaring/${ids.experienceId}`);
    await pupil.getByText(COMMENT).waitFor();
    await screenshot(pupil, 'pupil-experience-with-feedback');

    // In gesprekken.
    await pupil.goto(`${BASE_URL}/gesprekken`);
    await pupil.getByText(TALK_SUMMARY).first().waitFor();

    // In the leermeter: the mentor's series beside the pupil's.
    await pupil.goto(`${BASE_URL}/leermeter`);
    await pupil.locator('[data-scored-by="mentor"]').first().waitFor();

    // A second import: nothing new, nothing changed.
    await pupil.goto(`${BASE_URL}/importeren`);
    await pupil.getByLabel('Dossierbestand').setInputFiles(feedbackFile.path);
    await pupil
      .getByText(/^Niets nieuws:/)
      .first()
      .waitFor();
    assert.equal(await pupil.getByRole('button', { name: 'Feedback inlezen' }).count(), 0);
    assert.deepEqual(await countRows(pupil), countsAfterFirst);

    // The password-protected copy of the same feedback: opened with the password, nothing new.
    await pupil.goto(`${BASE_URL}/importeren`);
    await pupil.getByLabel('Dossierbestand').setInputFiles(encryptedFile.path);
    await pupil.getByLabel('Wachtwoord van het bestand').fill(FEEDBACK_PASSWORD);
    await pupil.getByRole('button', { name: 'Openen' }).click();
    await pupil.getByRole('heading', { name: 'Feedback van Mevrouw Jansen' }).waitFor();
    await pupil
      .getByText(/^Niets nieuws:/)
      .first()
      .waitFor();
    assert.deepEqual(await countRows(pupil), countsAfterFirst);

    assert.deepEqual(errors, []);
    assert.deepEqual(external, []);
  });
});
