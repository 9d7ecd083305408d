// Privacy and security (issue "Installable offline PWA", item 6): the built app carries the
// strict Content-Security-Policy, needs no inline script or style to run under it, and the main
// journey sends no request to another origin and triggers no CSP violation.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  BASE_URL,
  collectPageErrors,
  launchBrowser,
  newPhoneContext,
  trackExternalRequests,
} from './support.mjs';
import { DIST, addExperience, collectCspViolations, createDossier } from './pwa-support.mjs';

const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
  "worker-src 'self'; manifest-src 'self'";

describe('Content-Security-Policy', () => {
  /** @type {import('playwright-core').Browser} */
  let browser;

  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  test('the built index.html has the exact policy and nothing inline', async () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html);
    assert.equal(meta?.[1], POLICY);
    assert.doesNotMatch(POLICY, /unsafe-/);
    // Every script is a file (the service worker is registered from the bundle, not inline).
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.ok(scripts.length > 0);
    for (const [, attributes, body] of scripts) {
      assert.match(attributes ?? '', /\bsrc="\/assets\/[^"]+\.js"/);
      assert.equal(body?.trim(), '');
    }
    assert.doesNotMatch(html, /<style\b/, 'inline <style> in index.html');
    assert.doesNotMatch(html, /\sstyle="/, 'inline style attribute in index.html');
    assert.doesNotMatch(html, /registerSW\.js/);
  });

  test('the main journey works under the policy: no violation, no request off the origin', async () => {
    const context = await newPhoneContext(browser);
    try {
      const violations = await collectCspViolations(context);
      const external = trackExternalRequests(context, BASE_URL);
      const page = await context.newPage();
      const errors = collectPageErrors(page);

      await page.goto(BASE_URL);
      await createDossier(page, 'Sanne');
      await addExperience(page, { title: 'Open dag Deltion', place: 'Zwolle' });
      await page.getByRole('link', { name: 'Meer' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Meer' }).waitFor();
      await page.getByRole('link', { name: 'Instellingen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Instellingen' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Opslag', exact: true }).waitFor();
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();

      // The styles came from the CSS files: scoped component styles and the global sheet apply,
      // and the app injected no <style> element at run time.
      const look = await page.evaluate(() => ({
        header: getComputedStyle(/** @type {Element} */ (document.querySelector('header')))
          .backgroundColor,
        card: getComputedStyle(/** @type {Element} */ (document.querySelector('.card')))
          .borderRadius,
        styleElements: document.querySelectorAll('style').length,
        sheets: [...document.styleSheets].map((sheet) => new URL(sheet.href ?? 'inline:').pathname),
      }));
      assert.equal(look.header, 'rgb(31, 95, 139)');
      assert.equal(look.card, '10px');
      assert.equal(look.styleElements, 0);
      assert.ok(look.sheets.every((path) => path.startsWith('/assets/') && path.endsWith('.css')));

      assert.deepEqual(violations, [], 'CSP violations');
      assert.deepEqual(external, [], 'requests left the app origin');
      assert.deepEqual(errors, [], 'the page logged errors');

      // The policy is really enforced, and the collector really hears violations: an inline
      // script is refused and reported.
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true';
        document.body.append(script);
      });
      for (let i = 0; i < 50 && violations.length === 0; i++) await page.waitForTimeout(20);
      assert.equal(await page.evaluate(() => '__inlineRan' in window), false);
      assert.equal(violations.length, 1);
      assert.match(violations[0] ?? '', /^script-src-elem blocked inline/);
    } finally {
      await context.close();
    }
  });
});
