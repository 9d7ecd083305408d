// The app works offline after one visit (issue "Installable offline PWA", item 8), served by
// `vite preview` (run.mjs). The journey itself is in offline-journey.mjs; pwa-nginx.test.mjs runs
// it again behind nginx with the deployment configuration.

import { after, before, describe, test } from 'node:test';
import { BASE_URL, launchBrowser, newPhoneContext } from './support.mjs';
import { runOfflineJourney } from './offline-journey.mjs';

describe('offline after one visit (vite preview)', () => {
  /** @type {import('playwright-core').Browser} */
  let browser;

  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  test('everything the app can do works with the network cut, and stays after reloads', async () => {
    const context = await newPhoneContext(browser);
    try {
      await runOfflineJourney(context, BASE_URL, 'preview');
    } finally {
      await context.close();
    }
  });
});
