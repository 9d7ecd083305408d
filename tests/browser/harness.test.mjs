// Tests of the browser-test harness itself: the preview server answers with the built app shell,
// and the helpers in support.mjs really report what they are meant to catch.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  BASE_URL,
  collectPageErrors,
  expectNoAxeViolations,
  launchBrowser,
  newPhoneContext,
  trackExternalRequests,
} from './support.mjs';

describe('browser test harness', () => {
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

  test('serves the built app shell in Dutch without external requests', async () => {
    const external = trackExternalRequests(context, BASE_URL);
    const page = await context.newPage();
    const response = await page.goto(BASE_URL, { waitUntil: 'load' });
    assert.ok(response, 'no response for BASE_URL');
    assert.equal(response.status(), 200);
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');
    assert.notEqual((await page.title()).trim(), '', 'document title is empty');
    assert.deepEqual(
      await page.evaluate(() => ({ width: window.innerWidth, language: navigator.language })),
      { width: 360, language: 'nl-NL' },
    );
    assert.deepEqual(external, []);
    await page.close();
  });

  test('trackExternalRequests records requests to other origins only', async () => {
    const page = await context.newPage();
    const external = trackExternalRequests(page, BASE_URL);
    // A same-origin document without the app's Content-Security-Policy, which would block the
    // off-origin probe before any request is made.
    await page.goto(`${BASE_URL}/favicon.svg`);
    await page.evaluate(async () => {
      await fetch('/').then((response) => response.text());
      await fetch('data:text/plain,x');
      // Nothing listens on 127.0.0.2:9, so this fails fast and offline.
      await fetch('http://127.0.0.2:9/probe').catch(() => undefined);
    });
    assert.deepEqual(external, ['http://127.0.0.2:9/probe']);
    await page.close();
  });

  test('collectPageErrors records console errors and uncaught exceptions', async () => {
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.setContent('<p>ok</p>');
    assert.deepEqual(errors, []);
    await page.evaluate(() => {
      console.error('kapot');
      setTimeout(() => {
        throw new Error('boem');
      });
    });
    for (let i = 0; i < 100 && errors.length < 2; i++) await page.waitForTimeout(20);
    assert.deepEqual(errors, ['console.error: kapot', 'uncaught Error: boem']);
    await page.close();
  });

  test('expectNoAxeViolations passes a clean page and lists violations of a bad one', async () => {
    const page = await context.newPage();
    await page.setContent(
      '<!doctype html><html lang="nl"><head><title>Goed</title></head>' +
        '<body><main><h1>Hallo</h1><img src="data:," alt="Leeg plaatje"></main></body></html>',
    );
    await expectNoAxeViolations(page, 'clean page');

    await page.setContent(
      '<!doctype html><html><head><title>Fout</title></head>' +
        '<body><main><h1>Hallo</h1><img id="naamloos" src="data:,">' +
        '<button id="leeg"></button></main></body></html>',
    );
    await assert.rejects(expectNoAxeViolations(page, 'bad page'), (error) => {
      assert.ok(error instanceof assert.AssertionError);
      assert.match(error.message, /violation\(s\) on bad page/);
      assert.match(error.message, /- html-has-lang \(serious\): <html> element must have a lang/);
      assert.match(error.message, /- image-alt \(critical\):.*\n.*\n\s+\["#naamloos"\]/);
      assert.match(error.message, /- button-name \(critical\):.*\n.*\n\s+\["#leeg"\]/);
      return true;
    });
    await page.close();
  });
});
