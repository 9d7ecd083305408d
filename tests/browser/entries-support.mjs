// Helpers for the browser tests of kwaliteiten, keuzes and loopbaangesprekken.

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { putRecords } from './journey-support.mjs';

/**
 * Stores experiences straight into IndexedDB, as valid records, so a test about something else
 * has entries to link to without going through the experience form. Reload or navigate
 * afterwards: the app only notices its own writes live.
 * @param {import('playwright-core').Page} page
 * @param {{ title: string, date: string }[]} entries
 * @returns {Promise<string[]>} the ids, in the order given
 */
export async function seedExperiences(page, entries) {
  const stamp = new Date().toISOString();
  const records = entries.map(({ title, date }) => ({
    id: randomUUID(),
    createdAt: stamp,
    updatedAt: stamp,
    deletedAt: null,
    kind: 'snuffelstage',
    title,
    date,
    place: '',
    contact: { name: '', role: '' },
    description: '',
    competencies: [],
    competencyReflections: {},
    slo: { doel: '', resultaat: '', vondIkErvan: '', gevolg: '' },
    starr: null,
    rating: null,
    private: false,
    attachmentIds: [],
  }));
  await putRecords(page, 'experiences', records);
  return records.map((record) => record.id);
}

/**
 * Every row of one IndexedDB table of the app, read without going through the app.
 * @param {import('playwright-core').Page} page
 * @param {string} table
 * @returns {Promise<any[]>}
 */
export function readTable(page, table) {
  return page.evaluate(async (store) => {
    /** @type {IDBDatabase} */
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('loopbaandossier');
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
 * Waits until the autosaved draft of a form satisfies `check`, so a reload afterwards tests
 * what a pupil would get back rather than a race with the save timer.
 * @param {import('playwright-core').Page} page
 * @param {string} key e.g. `choice:new`
 * @param {(value: any) => boolean} check
 */
export async function waitForDraft(page, key, check, timeout = 5000) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = (await readTable(page, 'drafts')).find((draft) => draft.key === key)?.value;
    if (last !== undefined && check(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`draft ${key} never matched; last value: ${JSON.stringify(last)}`);
}

/**
 * Asserts that the element has keyboard focus.
 * @param {import('playwright-core').Locator} locator
 * @param {string} what names the element in the failure message
 */
export async function expectFocused(locator, what) {
  const focused = await locator.evaluate((element) => element === document.activeElement);
  if (!focused) {
    const actual = await locator
      .page()
      .evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
    assert.fail(`${what} should have focus, but focus is on ${actual}`);
  }
}

/**
 * The visible controls smaller than 44 px in either direction. A checkbox counts by its label,
 * which is what a finger or mouse hits.
 * @param {import('playwright-core').Page} page
 */
export function smallTargets(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('main a, main button, main input, main select, main textarea')]
      .map((element) => {
        const target =
          element instanceof HTMLInputElement && element.type === 'checkbox'
            ? (element.closest('label') ?? element.labels?.[0] ?? element)
            : element;
        const box = target.getBoundingClientRect();
        return { html: element.outerHTML.slice(0, 100), width: box.width, height: box.height };
      })
      .filter(({ width, height }) => width > 0 && (width < 44 || height < 44)),
  );
}

/**
 * Waits until an app setting is stored, e.g. the language before a reload.
 * @param {import('playwright-core').Page} page
 * @param {string} key
 * @param {unknown} value
 */
export async function waitForSetting(page, key, value, timeout = 5000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const row = (await readTable(page, 'settings')).find((setting) => setting.key === key);
    if (row?.value === value) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`setting ${key} never became ${JSON.stringify(value)}`);
}
