// Installable (issue "Installable offline PWA", items 1 and 2): the manifest says what the issue
// asks, its icons are real PNGs of the stated sizes, Chromium finds nothing that stops
// installing, and the service worker precaches every file of the build, lazy screens included.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import {
  BASE_URL,
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  PHONE,
  collectPageErrors,
  waitForActivatedServiceWorker,
} from './support.mjs';
import { DIST, ROOT } from './pwa-support.mjs';

/** Width and height from a PNG's IHDR chunk. @param {Buffer} bytes */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', 'not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('installable app', () => {
  // Chromium never offers to install from an incognito-like context, so this test runs in a
  // real profile directory.
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const profile = mkdtempSync(join(ROOT, '.tmp', 'pwa-install-profile-'));
  /** @type {import('playwright-core').BrowserContext} */
  let context;
  /** @type {import('playwright-core').Page} */
  let page;
  /** @type {string[]} */
  let errors;

  before(async () => {
    context = await chromium.launchPersistentContext(profile, {
      ...PHONE,
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    });
    page = await context.newPage();
    errors = collectPageErrors(page);
    await page.goto(BASE_URL);
    await page.getByRole('heading', { level: 1, name: 'Welkom bij je loopbaandossier' }).waitFor();
    await waitForActivatedServiceWorker(page);
  });

  after(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  test('the manifest is Dutch, standalone, and has 192, 512 and maskable icons', async () => {
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    assert.equal(href, '/manifest.webmanifest');
    const response = await page.request.get(`${BASE_URL}${href}`);
    assert.equal(response.status(), 200);
    const manifest = await response.json();
    assert.deepEqual(
      {
        name: manifest.name,
        short_name: manifest.short_name,
        lang: manifest.lang,
        start_url: manifest.start_url,
        scope: manifest.scope,
        display: manifest.display,
        theme_color: manifest.theme_color,
        background_color: manifest.background_color,
      },
      {
        name: 'Loopbaandossier',
        short_name: 'Loopbaan',
        lang: 'nl',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1f5f8b',
        background_color: '#f5f7fa',
      },
    );
    assert.match(manifest.description, /^Je eigen loopbaandossier/);
    assert.equal(
      await page.locator('meta[name="theme-color"]').getAttribute('content'),
      manifest.theme_color,
    );

    const icons = /** @type {{ src: string, sizes: string, type: string, purpose: string }[]} */ (
      manifest.icons
    );
    assert.deepEqual(
      icons.map(({ sizes, purpose }) => `${sizes} ${purpose}`),
      ['192x192 any', '512x512 any', '512x512 maskable'],
    );
    for (const icon of icons) {
      const image = await page.request.get(new URL(icon.src, `${BASE_URL}${href}`).href);
      assert.equal(image.status(), 200, icon.src);
      assert.equal(icon.type, 'image/png');
      const { width, height } = pngSize(await image.body());
      assert.equal(`${width}x${height}`, icon.sizes, icon.src);
    }
    const touch = await page.request.get(
      `${BASE_URL}${await page.locator('link[rel="apple-touch-icon"]').getAttribute('href')}`,
    );
    assert.deepEqual(pngSize(await touch.body()), { width: 180, height: 180 });
  });

  test('Chromium reports nothing that stops installing', async () => {
    // Installability needs a page controlled by the worker.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Welkom bij je loopbaandossier' }).waitFor();
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.deepEqual(manifest.errors, []);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    await cdp.detach();
  });

  test('the worker comes from /sw.js and precaches every file of the build', async () => {
    const registration = await page.evaluate(async () => {
      const found = await navigator.serviceWorker.getRegistration();
      return { script: found?.active?.scriptURL, scope: found?.scope };
    });
    assert.equal(registration.script, `${BASE_URL}/sw.js`);
    assert.equal(registration.scope, `${BASE_URL}/`);

    const cached = await page.evaluate(async () => {
      const urls = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) urls.push(new URL(request.url).pathname);
      }
      return urls;
    });
    const built = [
      '/index.html',
      '/manifest.webmanifest',
      ...readdirSync(DIST)
        .filter((name) => /\.(png|svg)$/.test(name))
        .map((name) => `/${name}`),
      ...readdirSync(join(DIST, 'assets')).map((name) => `/assets/${name}`),
    ];
    const missing = built.filter((path) => !cached.includes(path));
    assert.deepEqual(missing, [], 'files of the build the worker did not precache');
    assert.ok(cached.some((path) => /\/assets\/SettingsView-[\w-]+\.js$/.test(path)));
    assert.deepEqual(errors, []);
  });
});
