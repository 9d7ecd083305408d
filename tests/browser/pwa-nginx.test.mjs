// Deployable anywhere static (issue "Installable offline PWA", item 7): Debian's nginx serves the
// build with deploy/nginx/loopbaandossier.conf exactly as docs/deploy.md tells hosts to use it.
// The headers that matter are checked, and then the offline test runs against it.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, newPhoneContext } from './support.mjs';
import { runOfflineJourney } from './offline-journey.mjs';
import { DIST, startNginx } from './pwa-support.mjs';

const NO_CACHE = 'no-cache';
const IMMUTABLE = 'public, max-age=31536000, immutable';

describe('served by nginx with the deployment configuration', () => {
  /** @type {Awaited<ReturnType<typeof startNginx>>} */
  let nginx;
  /** @type {import('playwright-core').Browser} */
  let browser;

  before(async () => {
    nginx = await startNginx(DIST);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await nginx?.close();
  });

  test('sends the headers docs/deploy.md promises', async () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const metaPolicy = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];
    assert.ok(metaPolicy);
    const asset = `/assets/${readdirSync(join(DIST, 'assets')).find((name) => name.endsWith('.js'))}`;

    /** @param {string} path */
    const head = async (path) => {
      const response = await fetch(`${nginx.url}${path}`);
      await response.arrayBuffer();
      return {
        status: response.status,
        type: response.headers.get('content-type'),
        cache: response.headers.get('cache-control'),
        csp: response.headers.get('content-security-policy'),
        nosniff: response.headers.get('x-content-type-options'),
        referrer: response.headers.get('referrer-policy'),
      };
    };

    const root = await head('/');
    assert.deepEqual(root, {
      status: 200,
      type: 'text/html',
      cache: NO_CACHE,
      // The policy of the <meta> tag, plus what only a header can carry.
      csp: `${metaPolicy}; frame-ancestors 'none'`,
      nosniff: 'nosniff',
      referrer: 'no-referrer',
    });
    assert.deepEqual(
      { ...(await head('/sw.js')), csp: undefined },
      { ...root, type: 'application/javascript', csp: undefined },
    );
    assert.equal((await head('/index.html')).cache, NO_CACHE);
    // Deep links are screens of the app: index.html, not a 404.
    assert.deepEqual(await head('/ervaring/nieuw'), root);
    assert.deepEqual(
      [await head('/manifest.webmanifest')].map(({ status, type, cache }) => ({
        status,
        type,
        cache,
      })),
      [{ status: 200, type: 'application/manifest+json', cache: NO_CACHE }],
    );
    const hashed = await head(asset);
    assert.deepEqual(
      { status: hashed.status, type: hashed.type, cache: hashed.cache, csp: hashed.csp },
      { status: 200, type: 'application/javascript', cache: IMMUTABLE, csp: root.csp },
    );
    // A missing asset is a real 404 (never index.html), and is not cached for a year.
    const missing = await head('/assets/index-weg.js');
    assert.equal(missing.status, 404);
    assert.notEqual(missing.type, 'text/html; charset=utf-8');
    assert.equal(missing.cache, null);
  });

  test('the offline test passes against nginx', async () => {
    const context = await newPhoneContext(browser);
    try {
      await runOfflineJourney(context, nginx.url, 'nginx');
    } finally {
      await context.close();
    }
  });
});
