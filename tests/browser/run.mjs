// Runs the browser tests against the production build (`dist/`).
//
//   npm run build && npm run test:browser
//   node tests/browser/run.mjs [test files...] [--test-name-pattern=...]
//
// 1. Makes sure Debian's Chromium is installed (installs it when running as root).
// 2. Starts `vite preview` on http://127.0.0.1:4174 in its own process group
//    (scripts/lib/preview-server.mjs, shared with `npm run audit`).
// 3. Runs `node --test` over tests/browser/**/*.test.mjs with BASE_URL set.
// 4. Always stops the preview server again (normal exit, failure, SIGINT, SIGTERM).

import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { createPreviewServer, ensureChromium } from '../../scripts/lib/preview-server.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
// Overridable so several people can run the browser tests side by side on one machine, each
// with their own build (`vite build --outDir .tmp/dist-x`) and port.
const PORT = Number(process.env.BROWSER_TEST_PORT ?? 4174);
const DIST = process.env.BROWSER_TEST_DIST ?? 'dist';
/**
 * Per-test timeout, so a hung browser cannot hang CI forever. The mentor journeys (two browser
 * contexts, several files) need about 80 s on an idle 2-core machine; this leaves room for a busy one.
 */
const TEST_TIMEOUT_MS = Number(process.env.BROWSER_TEST_TIMEOUT_MS ?? 300_000);

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  console.error(`test:browser: ${message}`);
  process.exit(1);
}

/** @param {string} dir @returns {string[]} */
function findTestFiles(dir) {
  /** @type {string[]} */
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...findTestFiles(path));
    else if (entry.isFile() && entry.name.endsWith('.test.mjs')) files.push(path);
  }
  return files;
}

const server = createPreviewServer({ port: PORT, dist: DIST, name: 'test:browser', fail });
const BASE_URL = server.baseUrl;
/** @type {import('node:child_process').ChildProcess | undefined} */
let tests;

/**
 * Signals the test runner's process group (runner, test files, their Chromium processes).
 * @param {NodeJS.Signals} signal
 */
function signalTests(signal) {
  // Also after the runner itself exited: a test file process may outlive it.
  const pid = tests?.pid;
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // group already gone
  }
}

process.on('exit', () => {
  server.stop();
  signalTests('SIGKILL');
});
const SIGNAL_NUMBERS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
/** Exit code once a signal asked us to stop (128 + signal number). */
let stoppedBy = 0;
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
  process.on(signal, async () => {
    if (stoppedBy) return;
    stoppedBy = 128 + SIGNAL_NUMBERS[signal];
    console.error(`test:browser: ${signal}: stopping the tests and the preview server`);
    server.stop();
    signalTests(signal);
    // Give Playwright a moment to close its browsers, then make sure nothing is left.
    for (let i = 0; i < 30 && tests?.exitCode === null; i++) await delay(100);
    process.exit(stoppedBy);
  });
}

async function main() {
  process.chdir(ROOT);
  ensureChromium('test:browser', fail);
  if (!existsSync(join(ROOT, DIST, 'index.html'))) {
    fail(`${DIST}/index.html is missing: run npm run build first`);
  }

  const args = process.argv.slice(2);
  const flags = args.filter((arg) => arg.startsWith('--'));
  const named = args.filter((arg) => !arg.startsWith('--')).map((file) => resolve(file));
  const files = (named.length > 0 ? named : findTestFiles(HERE))
    .map((file) => relative(ROOT, file))
    .sort();
  if (files.length === 0) fail('no tests/browser/**/*.test.mjs files found');

  await server.start();
  console.log(`test:browser: vite preview is serving ${DIST}/ on ${BASE_URL}`);

  const code = await new Promise((done) => {
    tests = spawn(
      process.execPath,
      [
        '--test',
        '--test-concurrency=1',
        `--test-timeout=${TEST_TIMEOUT_MS}`,
        '--test-reporter=tap',
        ...flags,
        ...files,
      ],
      // Own process group, so a signal can stop the runner and everything it started.
      { cwd: ROOT, stdio: 'inherit', detached: true, env: { ...process.env, BASE_URL } },
    );
    tests.once('error', (error) => {
      console.error(`test:browser: could not start node --test: ${error.message}`);
      done(1);
    });
    tests.once('exit', (exitCode, signal) => done(exitCode ?? (signal ? 1 : 0)));
  });

  if (server.died()) {
    console.error(`test:browser: vite preview stopped during the tests\n${server.output()}`);
  }
  server.stop();
  process.exit(stoppedBy || code);
}

main().catch((error) => {
  server.stop();
  console.error(error);
  process.exit(1);
});
