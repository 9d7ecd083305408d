// Runs the browser tests against the production build (`dist/`).
//
//   npm run build && npm run test:browser
//   node tests/browser/run.mjs [test files...] [--test-name-pattern=...]
//
// 1. Makes sure Debian's Chromium is installed (installs it when running as root).
// 2. Starts `vite preview` on http://127.0.0.1:4174 in its own process group.
// 3. Runs `node --test` over tests/browser/**/*.test.mjs with BASE_URL set.
// 4. Always stops the preview server again (normal exit, failure, SIGINT, SIGTERM).

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, relative, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const HOST = '127.0.0.1';
// Overridable so several people can run the browser tests side by side on one machine, each
// with their own build (`vite build --outDir .tmp/dist-x`) and port.
const PORT = Number(process.env.BROWSER_TEST_PORT ?? 4174);
const DIST = process.env.BROWSER_TEST_DIST ?? 'dist';
const BASE_URL = `http://${HOST}:${PORT}`;
const CHROMIUM = '/usr/bin/chromium';
const STARTUP_TIMEOUT_MS = 30_000;
/** Per-test timeout, so a hung browser cannot hang CI forever. */
const TEST_TIMEOUT_MS = Number(process.env.BROWSER_TEST_TIMEOUT_MS ?? 180_000);
/** Remembers the preview server between runs, so a server orphaned by `kill -9` can be stopped. */
const PID_FILE = join(ROOT, '.tmp', `browser-preview-${PORT}.pid`);

/** @param {string} message */
function fail(message) {
  console.error(`test:browser: ${message}`);
  process.exit(1);
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    fail(
      `Chromium is missing (${CHROMIUM}). Install it with:\n\n    sudo apt-get install -y chromium\n`,
    );
  }
  console.log(`test:browser: ${CHROMIUM} is missing; installing Debian's chromium package`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    if (result.error) fail(`apt-get ${args.join(' ')} could not start: ${result.error.message}`);
    if (result.status !== 0) fail(`apt-get ${args.join(' ')} failed (exit ${result.status})`);
  }
  if (!existsSync(CHROMIUM)) fail(`apt-get installed chromium but ${CHROMIUM} is still missing`);
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

/** @returns {Promise<boolean>} whether nothing listens on HOST:PORT */
function portIsFree() {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen(PORT, HOST, () => probe.close(() => done(true)));
  });
}

/** @param {number} pid */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Stops a preview server left behind by an earlier run that was killed with SIGKILL.
 * @returns {boolean} whether it sent a kill
 */
function stopStaleServer() {
  if (!existsSync(PID_FILE)) return false;
  const pid = Number(readFileSync(PID_FILE, 'utf8').trim());
  rmSync(PID_FILE, { force: true });
  if (!Number.isInteger(pid) || pid <= 1 || !isAlive(pid)) return false;
  let cmdline = '';
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return false;
  }
  // Only a process that is recognisably our own preview server.
  if (!cmdline.includes('vite') || !cmdline.includes(`preview --host ${HOST} --port ${PORT}`)) {
    return false;
  }
  console.log(`test:browser: stopping stale preview server (pid ${pid})`);
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
  return true;
}

/** @type {import('node:child_process').ChildProcess | undefined} */
let server;
/** @type {import('node:child_process').ChildProcess | undefined} */
let tests;
let serverOutput = '';

/** Kills the preview server's whole process group. Safe to call more than once, and synchronous. */
function stopServer() {
  const pid = server?.pid;
  if (pid === undefined) return;
  server = undefined;
  for (const signal of /** @type {const} */ (['SIGTERM', 'SIGKILL'])) {
    try {
      process.kill(-pid, signal);
    } catch {
      // group already gone
    }
  }
  rmSync(PID_FILE, { force: true });
}

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
  stopServer();
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
    stopServer();
    signalTests(signal);
    // Give Playwright a moment to close its browsers, then make sure nothing is left.
    for (let i = 0; i < 30 && tests?.exitCode === null; i++) await delay(100);
    process.exit(stoppedBy);
  });
}

async function startServer() {
  // After killing a stale server, give the kernel a moment to release the port.
  const waits = stopStaleServer() ? 50 : 0;
  for (let i = 0; i < waits && !(await portIsFree()); i++) await delay(100);
  if (!(await portIsFree())) {
    fail(
      `port ${PORT} on ${HOST} is already in use (a stale preview server?). ` +
        `Find it with: ss -ltnp | grep ${PORT}`,
    );
  }
  const vite = join(ROOT, 'node_modules', '.bin', 'vite');
  if (!existsSync(vite)) fail('node_modules/.bin/vite is missing: run npm ci first');

  server = spawn(
    vite,
    ['preview', '--host', HOST, '--port', String(PORT), '--strictPort', '--outDir', DIST],
    {
      cwd: ROOT,
      detached: true, // own process group, so stopServer() can kill everything it started
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    },
  );
  const child = server;
  /** @param {Buffer} chunk */
  const collect = (chunk) => {
    serverOutput = (serverOutput + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  /** @type {string | undefined} */
  let exited;
  child.once('error', (error) => (exited = `could not start: ${error.message}`));
  child.once('exit', (code, signal) => (exited = `exited early (code ${code}, signal ${signal})`));
  if (child.pid !== undefined) {
    mkdirSync(dirname(PID_FILE), { recursive: true });
    writeFileSync(PID_FILE, `${child.pid}\n`);
  }

  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  for (;;) {
    if (exited) break;
    try {
      const response = await fetch(BASE_URL, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (!exited) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      exited = `did not answer on ${BASE_URL} within ${STARTUP_TIMEOUT_MS / 1000} s`;
      break;
    }
    await delay(200);
  }
  stopServer();
  fail(`vite preview ${exited}\n--- vite preview output ---\n${serverOutput}`);
}

async function main() {
  process.chdir(ROOT);
  ensureChromium();
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

  await startServer();
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

  if (server && server.exitCode !== null) {
    console.error(`test:browser: vite preview stopped during the tests\n${serverOutput}`);
  }
  stopServer();
  process.exit(stoppedBy || code);
}

main().catch((error) => {
  stopServer();
  console.error(error);
  process.exit(1);
});
