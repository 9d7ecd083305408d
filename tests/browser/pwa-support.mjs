// Helpers for the browser tests of the installable app (service worker, updates, CSP, nginx):
// servers the tests start themselves, and the app steps those tests share.

import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The build run.mjs serves; the servers below serve the same folder. */
export const DIST = resolve(ROOT, process.env.BROWSER_TEST_DIST ?? 'dist');

/** The nginx configuration that docs/deploy.md tells hosts to use, included verbatim. */
export const NGINX_SNIPPET = join(ROOT, 'deploy', 'nginx', 'loopbaandossier.conf');

const NGINX = '/usr/sbin/nginx';
const HOST = '127.0.0.1';

/** @returns {Promise<number>} a TCP port nothing listens on right now */
export function freePort() {
  return new Promise((done, fail) => {
    const probe = createNetServer();
    probe.once('error', fail);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

/** @param {string} url */
async function waitUntilServing(url, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`${url} did not answer`, { cause: error });
      await delay(100);
    }
  }
}

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * A tiny static server for a built app whose folder can be swapped while it runs, as a host does
 * when it deploys a new version. Like any SPA host it answers unknown paths with index.html, and
 * it tells browsers to revalidate everything (so a swap is seen at once).
 * @param {string} root
 * @returns {Promise<{ url: string, serve(root: string): void, close(): Promise<void> }>}
 */
export async function startSwappableServer(root) {
  let current = root;
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(current, path));
    if (!file.startsWith(current + sep) && file !== current) {
      response.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      if (path.startsWith('/assets/')) {
        response.writeHead(404).end();
        return;
      }
      file = join(current, 'index.html');
    }
    const type = CONTENT_TYPES[/** @type {keyof CONTENT_TYPES} */ (extname(file))];
    response.writeHead(200, {
      'Content-Type': type ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    response.end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, HOST, () => done(undefined)));
  const address = server.address();
  const url = `http://${HOST}:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url,
    serve(next) {
      current = resolve(next);
    },
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/**
 * Builds the app into `outDir` with its own version string, as a host would receive a new
 * release. Returns the path of the entry script in its index.html.
 * @param {string} outDir
 * @param {string} version
 */
export function buildVersion(outDir, version) {
  const vite = join(ROOT, 'node_modules', '.bin', 'vite');
  const result = spawnSync(
    vite,
    ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      env: { ...process.env, APP_VERSION: version, NO_COLOR: '1' },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) {
    throw new Error(`vite build of ${version} failed:\n${result.stdout}\n${result.stderr}`);
  }
  return entryScript(outDir);
}

/** @param {string} dist @returns {string} e.g. /assets/index-AbC123.js */
export function entryScript(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const match = /<script type="module"[^>]*src="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error(`no entry script in ${dist}/index.html`);
  return match[1];
}

/** Installs Debian's nginx when it is missing and we are root; otherwise says what to run. */
export function ensureNginx() {
  if (existsSync(NGINX)) return NGINX;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `nginx is missing (${NGINX}). Install it with:\n\n    sudo apt-get install -y nginx\n`,
    );
  }
  // Should the package start its own service (port 80), it does not disturb the tests: they run
  // their own nginx on a free port.
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'nginx']]) {
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (${result.status})`);
  }
  if (!existsSync(NGINX)) throw new Error(`apt-get installed nginx but ${NGINX} is missing`);
  return NGINX;
}

/**
 * Serves `root` with Debian's nginx, using deploy/nginx/loopbaandossier.conf verbatim inside the
 * kind of server block docs/deploy.md shows. nginx runs in the foreground as a child process,
 * with its pid file, logs and temporary files in a folder of its own under .tmp/.
 * @param {string} root
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function startNginx(root) {
  const nginx = ensureNginx();
  const port = await freePort();
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const prefix = mkdtempSync(join(ROOT, '.tmp', 'nginx-'));
  const config = join(prefix, 'nginx.conf');
  writeFileSync(
    config,
    [
      // Root's nginx would hand the work to "nobody", who may not read the checkout.
      process.getuid?.() === 0 ? 'user root;' : '',
      'daemon off;',
      'master_process off;',
      `pid ${prefix}/nginx.pid;`,
      `error_log ${prefix}/error.log warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (kind) => `  ${kind}_temp_path ${prefix}/${kind};`,
      ),
      '  server {',
      `    listen ${HOST}:${port};`,
      `    root ${resolve(root)};`,
      `    include ${NGINX_SNIPPET};`,
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  const test = spawnSync(
    nginx,
    ['-t', '-p', `${prefix}/`, '-c', config, '-e', `${prefix}/error.log`],
    {
      encoding: 'utf8',
    },
  );
  if (test.status !== 0) throw new Error(`nginx rejected the configuration:\n${test.stderr}`);

  const child = spawn(nginx, ['-p', `${prefix}/`, '-c', config, '-e', `${prefix}/error.log`], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk.toString()));
  const url = `http://${HOST}:${port}`;
  try {
    await waitUntilServing(url);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`nginx did not start: ${stderr}`, { cause: error });
  }
  return {
    url,
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await Promise.race([exited, delay(5_000)]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

/**
 * Collects every `securitypolicyviolation` of every page in the context, across navigations.
 * The listener is installed by the browser itself, so the page's CSP does not apply to it.
 * @param {import('playwright-core').BrowserContext} context
 * @returns {Promise<string[]>} fills up live
 */
export async function collectCspViolations(context) {
  /** @type {string[]} */
  const violations = [];
  await context.exposeBinding('__reportCspViolation', (_source, text) => {
    violations.push(String(text));
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = /** @type {any} */ (window).__reportCspViolation;
      const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
      report(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}${where}`);
    });
  });
  return violations;
}

// These tests open the app from servers of their own, so they make the dossier on the welcome
// screen that is already showing.
export { makeDossier as createDossier } from './journey-support.mjs';

/**
 * Adds an experience through the form and waits until the dossier lists it.
 * @param {import('playwright-core').Page} page
 * @param {{ title: string, date?: string, place?: string,
 *   photo?: { name: string, mimeType: string, buffer: Buffer } }} experience
 */
export async function addExperience(page, { title, date = '2026-03-14', place = '', photo }) {
  await page.getByRole('link', { name: 'Ervaring toevoegen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Nieuwe ervaring' }).waitFor();
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Datum').fill(date);
  if (place) await page.getByLabel(/^Plaats of organisatie/).fill(place);
  if (photo) {
    await page.getByLabel('Kies uit galerij').setInputFiles(photo);
    await page.getByRole('button', { name: 'Foto 1 groter bekijken' }).waitFor();
  }
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mijn dossier' }).waitFor();
  await page.getByRole('article').filter({ hasText: title }).waitFor();
}
