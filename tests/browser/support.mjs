// Shared helpers for the browser tests (run through tests/browser/run.mjs).

import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where run.mjs serves `dist/` (`vite preview`). */
export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:4174';

/** Debian's Chromium; there are no Playwright browser downloads on these machines. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

/** WCAG 2.2 AA, as checked by axe-core. */
export const AXE_TAGS = Object.freeze(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);

/** A phone: 360×740 CSS pixels, Dutch locale, Amsterdam time. */
export const PHONE = Object.freeze({
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'nl-NL',
  timezoneId: 'Europe/Amsterdam',
});

/**
 * Launches Debian's headless Chromium.
 * @param {import('playwright-core').LaunchOptions} [options] merged over the defaults
 * @returns {Promise<import('playwright-core').Browser>}
 */
export function launchBrowser(options = {}) {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    ...options,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}

/**
 * A new browser context that looks like a phone (see PHONE).
 * @param {import('playwright-core').Browser} browser
 * @param {import('playwright-core').BrowserContextOptions} [options] merged over PHONE
 * @returns {Promise<import('playwright-core').BrowserContext>}
 */
export function newPhoneContext(browser, options = {}) {
  return browser.newContext({ ...PHONE, ...options });
}

/**
 * Runs axe (WCAG 2.2 AA tags) on the page and fails with a readable list of violations.
 * @param {import('playwright-core').Page} page
 * @param {string} label names the screen or state in the failure message
 * @param {{ include?: string[], exclude?: string[], disableRules?: string[] }} [options]
 */
export async function expectNoAxeViolations(page, label, options = {}) {
  let builder = new AxeBuilder({ page }).withTags([...AXE_TAGS]);
  for (const selector of options.include ?? []) builder = builder.include(selector);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
  const { violations } = await builder.analyze();
  if (violations.length === 0) return;
  const lines = violations.map((violation) => {
    const targets = violation.nodes.map((node) => `      ${JSON.stringify(node.target)}`);
    return [
      `  - ${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}`,
      `    ${violation.helpUrl}`,
      ...targets,
    ].join('\n');
  });
  throw new assert.AssertionError({
    message:
      `${violations.length} accessibility violation(s) on ${label} (${page.url()}):\n` +
      lines.join('\n'),
    actual: violations.map((violation) => violation.id),
    expected: [],
    operator: 'expectNoAxeViolations',
    stackStartFn: expectNoAxeViolations,
  });
}

/**
 * Records the URL of every request to another origin than baseUrl's (data: and blob: URLs are
 * ignored). Pass a BrowserContext rather than a Page to also see requests of service workers
 * and of pages opened later. The returned array fills up live:
 *
 *     const external = trackExternalRequests(page, BASE_URL);
 *     // ... use the app ...
 *     assert.deepEqual(external, []);
 *
 * @param {import('playwright-core').Page | import('playwright-core').BrowserContext} target
 * @param {string} [baseUrl]
 * @returns {string[]}
 */
export function trackExternalRequests(target, baseUrl = BASE_URL) {
  const origin = new URL(baseUrl).origin;
  /** @type {string[]} */
  const external = [];
  /** @param {import('playwright-core').Request} request */
  const record = (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    let requestOrigin;
    try {
      requestOrigin = new URL(url).origin;
    } catch {
      requestOrigin = url;
    }
    if (requestOrigin !== origin) external.push(url);
  };
  target.on('request', record);
  return external;
}

/**
 * Collects `console.error` messages and uncaught exceptions of a page. The returned array fills
 * up live; assert it is empty at the end of a test:
 *
 *     const errors = collectPageErrors(page);
 *     // ... use the app ...
 *     assert.deepEqual(errors, []);
 *
 * @param {import('playwright-core').Page} page
 * @returns {string[]}
 */
export function collectPageErrors(page) {
  /** @type {string[]} */
  const errors = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber + 1})` : ''}`);
  });
  page.on('pageerror', (error) => {
    errors.push(`uncaught ${error.name}: ${error.message}`);
  });
  return errors;
}

/**
 * Saves a full-page PNG to test-results/screenshots/<name>.png and returns its path.
 * @param {import('playwright-core').Page} page
 * @param {string} name file name without extension; characters other than [\w.-] become '-'
 * @returns {Promise<string>}
 */
export async function screenshot(page, name) {
  const dir = join(ROOT, 'test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Waits until the page's service worker registration has an `activated` worker
 * (`navigator.serviceWorker.ready` can resolve while it is still `activating`). Returns the
 * worker's script URL. In prompt mode (no clientsClaim) reload once afterwards before going
 * offline, so the page is controlled by the worker.
 * @param {import('playwright-core').Page} page
 * @param {number} [timeout] milliseconds
 * @returns {Promise<string>}
 */
export async function waitForActivatedServiceWorker(page, timeout = 15_000) {
  return page.evaluate(async (timeoutMs) => {
    if (!navigator.serviceWorker) {
      throw new Error(`service workers are unavailable on ${location.href}`);
    }
    const deadline = Date.now() + timeoutMs;
    let state = 'no registration';
    while (Date.now() < deadline) {
      const registration = await navigator.serviceWorker.getRegistration();
      const worker = registration?.active ?? registration?.waiting ?? registration?.installing;
      state = worker ? `${worker.state} (${worker.scriptURL})` : state;
      if (registration?.active?.state === 'activated') return registration.active.scriptURL;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no activated service worker after ${timeoutMs} ms; last state: ${state}`);
  }, timeout);
}
