// Helpers for the browser tests of the timeline, the overview and the leermeter.

import { randomUUID } from 'node:crypto';

export { startDossier as createDossier, putRaw } from './journey-support.mjs';

/** A day `days` before `from`, as `YYYY-MM-DD` (UTC arithmetic on a calendar day). */
export function dayBefore(from, days) {
  const date = new Date(`${from}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/** The local calendar day of the test machine, as the app computes "today". */
export function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function base(createdAt) {
  return { id: randomUUID(), createdAt, updatedAt: createdAt, deletedAt: null };
}

const EMPTY_SLO = { doel: '', resultaat: '', vondIkErvan: '', gevolg: '' };

/**
 * A valid experience record (src/domain/records.ts).
 * @param {Partial<Record<string, unknown>> & { title: string, date: string }} fields
 */
export function experience(fields) {
  return {
    ...base(`${fields.date}T10:00:00.000Z`),
    kind: 'snuffelstage',
    place: '',
    contact: { name: '', role: '' },
    description: '',
    competencies: [],
    competencyReflections: {},
    slo: EMPTY_SLO,
    starr: null,
    rating: null,
    private: false,
    attachmentIds: [],
    ...fields,
  };
}

/** @param {Partial<Record<string, unknown>> & { title: string, date: string }} fields */
export function reflection(fields) {
  return {
    ...base(`${fields.date}T11:00:00.000Z`),
    competencies: [],
    competencyReflections: {},
    slo: EMPTY_SLO,
    starr: null,
    private: false,
    ...fields,
  };
}

/** @param {Partial<Record<string, unknown>> & { text: string, createdAt: string }} fields */
export function goal(fields) {
  return {
    ...base(fields.createdAt),
    competency: null,
    dueDate: null,
    status: 'open',
    sourceId: null,
    ...fields,
  };
}

/** @param {Partial<Record<string, unknown>> & { option: string, date: string }} fields */
export function choice(fields) {
  return {
    ...base(`${fields.date}T12:00:00.000Z`),
    kind: 'opleiding',
    pros: [],
    cons: [],
    status: 'overwegen',
    note: '',
    ...fields,
  };
}

/** @param {Partial<Record<string, unknown>> & { date: string }} fields */
export function conversation(fields) {
  return {
    ...base(`${fields.date}T13:00:00.000Z`),
    kind: 'voortgangsgesprek',
    participants: [],
    preparationQuestions: [],
    topics: '',
    summary: '',
    afspraken: [],
    goalIds: [],
    held: true,
    ...fields,
  };
}

/** @param {Partial<Record<string, unknown>> & { name: string, createdAt: string }} fields */
export function trait(fields) {
  return {
    ...base(fields.createdAt),
    kind: 'kwaliteit',
    description: '',
    evidenceIds: [],
    ...fields,
  };
}

/**
 * @param {Partial<Record<string, unknown>> & { competency: string, step: number, date: string }} fields
 */
export function score(fields) {
  return {
    ...base(`${fields.date}T14:00:00.000Z`),
    scoredBy: 'leerling',
    scorerName: '',
    note: '',
    ...fields,
  };
}

/**
 * Interactive elements on screen smaller than 44 px tall (the touch-target minimum).
 * @param {import('playwright-core').Page} page
 */
export function smallControls(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('a, button, input, select, textarea, summary, label:has(input)')]
      .filter((el) => el.getBoundingClientRect().width > 0)
      .filter((el) => !el.classList.contains('skip-link'))
      // A timeline entry's link covers its whole card (a stretched ::after): the card counts.
      .map((el) => (el.classList.contains('timeline-item__link') ? el.closest('article') : el))
      // A radio button's touch target is its whole label row, checked above.
      .filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio'))
      .map((el) => ({ el: el.outerHTML.slice(0, 90), height: el.getBoundingClientRect().height }))
      .filter(({ height }) => height < 44),
  );
}
