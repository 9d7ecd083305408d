// Helpers for the browser tests of the portable dossier (dossier-*.test.mjs).

import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addExperience, makeImage, putRecords, startDossier } from './journey-support.mjs';
import { readTable } from './entries-support.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const OUT = join(ROOT, 'test-results', 'dossier');
export const HOSTILE_TITLE =
  '<img src=x onerror="window.__pwned=1">Open dag <script>window.__pwned=2</script>';
export const PASSWORD = 'Zomer 2026 bakkerij!';

/** Runs the command-line validator on a file, as a school would. */
export function cli(...args) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/dossier-cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: run.status, stdout: run.stdout };
}

/**
 * Goes to a screen through the Meer menu, as a pupil would.
 * @param {import('playwright-core').Page} page
 * @param {string} link
 * @param {string} heading
 */
export async function openFromMore(page, link, heading) {
  await page.getByRole('link', { name: 'Meer', exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Meer' }).waitFor();
  await page.getByRole('link', { name: link }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/**
 * Clicks the button that makes the export and returns the downloaded file.
 * @param {import('playwright-core').Page} page
 * @param {string} name file name in test-results/dossier/
 */
export async function exportFile(page, name) {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Bestand maken' }).click(),
  ]);
  const path = join(OUT, name);
  await download.saveAs(path);
  return { path, suggested: download.suggestedFilename() };
}

/**
 * Chooses a file on the import screen.
 * @param {import('playwright-core').Page} page
 * @param {string | { name: string, mimeType: string, buffer: Buffer }} file
 */
export async function chooseFile(page, file) {
  await page.getByLabel('Dossierbestand').setInputFiles(file);
}

/**
 * The visible controls smaller than 44 px either way. A checkbox or radio button counts by its
 * label, which is what a finger hits.
 * @param {import('playwright-core').Page} page
 */
export function smallTargets(page) {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll(
        'main a, main button, main input, main select, main textarea, main summary',
      ),
    ]
      .map((element) => {
        const target =
          element instanceof HTMLInputElement &&
          (element.type === 'checkbox' || element.type === 'radio')
            ? (element.closest('label') ?? element)
            : element;
        const box = target.getBoundingClientRect();
        return { html: element.outerHTML.slice(0, 100), width: box.width, height: box.height };
      })
      .filter(({ width, height }) => width > 0 && (width < 44 || height < 44)),
  );
}

/** Everything stored on the device except derived and device-local tables, to compare. */
export async function dossierRows(page) {
  const tables = [
    'profile',
    'experiences',
    'reflections',
    'goals',
    'traits',
    'choices',
    'conversations',
    'leermeter',
    'feedback',
    'attachments',
    'attachmentBlobs',
  ];
  const rows = {};
  for (const table of tables) {
    rows[table] = (await readTable(page, table)).map((row) =>
      table === 'attachmentBlobs' ? row.id : row,
    );
  }
  return rows;
}

/**
 * A pupil's dossier made through the app (profile, an experience with a photo, one whose title
 * holds markup) plus records of every other kind written straight into IndexedDB.
 * @param {import('playwright-core').Page} page
 */
export async function seedDossier(page) {
  mkdirSync(OUT, { recursive: true });
  await startDossier(page, 'Sanne de Vries');
  await addExperience(
    page,
    'Snuffelstage bij de bakker',
    await makeImage(page, { width: 800, height: 600 }),
  );
  await addExperience(page, HOSTILE_TITLE);
  const [bakery] = (await readTable(page, 'experiences')).filter((e) =>
    e.title.startsWith('Snuffel'),
  );
  const stamp = new Date().toISOString();
  const base = (id) => ({ id, createdAt: stamp, updatedAt: stamp, deletedAt: null });
  await putRecords(page, 'experiences', [
    {
      ...bakery,
      competencies: ['werkexploratie', 'netwerken'],
      competencyReflections: { werkexploratie: 'Ik werk graag met mijn handen.' },
      slo: {
        doel: 'Kijken of bakken iets voor mij is',
        resultaat: 'Zelf brood gebakken',
        vondIkErvan: 'Leuk maar vroeg',
        gevolg: 'Open dag bakkersopleiding',
      },
    },
  ]);
  await putRecords(page, 'traits', [
    {
      ...base(crypto.randomUUID()),
      kind: 'kwaliteit',
      name: 'Doorzetten',
      description: 'Ook om 5 uur.',
      evidenceIds: [bakery.id],
    },
  ]);
  await putRecords(page, 'goals', [
    {
      ...base(crypto.randomUUID()),
      text: 'Open dag ROC bezoeken',
      competency: 'werkexploratie',
      dueDate: '2026-12-01',
      status: 'open',
      sourceId: bakery.id,
    },
  ]);
  await putRecords(page, 'conversations', [
    {
      ...base(crypto.randomUUID()),
      kind: 'trialoog',
      date: '2026-11-02',
      participants: [{ name: 'Dhr. Bakker', role: 'mentor' }],
      preparationQuestions: [],
      topics: '',
      summary: 'Goed gesprek',
      afspraken: [{ id: crypto.randomUUID(), text: 'Nog een dag meelopen', done: false }],
      goalIds: [],
      held: true,
    },
  ]);
  await putRecords(page, 'leermeter', [
    {
      ...base(crypto.randomUUID()),
      competency: 'netwerken',
      step: 1,
      scoredBy: 'leerling',
      scorerName: '',
      date: '2026-09-01',
      note: '',
    },
    {
      ...base(crypto.randomUUID()),
      competency: 'netwerken',
      step: 3,
      scoredBy: 'leerling',
      scorerName: '',
      date: '2026-11-01',
      note: '',
    },
  ]);
  await page.reload();
}

/**
 * Starts recording Content-Security-Policy violations in every page of the context, from before
 * the app's first script; read them with `cspViolations`.
 * @param {import('playwright-core').BrowserContext} context
 */
export async function recordCspViolations(context) {
  await context.addInitScript(() => {
    /** @type {any} */ (window).__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      /** @type {any} */ (window).__cspViolations.push(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
}

/** @param {import('playwright-core').Page} page */
export function cspViolations(page) {
  return page.evaluate(() => /** @type {any} */ (window).__cspViolations ?? []);
}
