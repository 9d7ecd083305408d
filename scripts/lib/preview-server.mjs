// Serving a production build with `vite preview` and finding Debian's Chromium, shared by the
// scripts that drive a real browser against the built app (tests/browser/run.mjs,
// scripts/audit.mjs). Each caller picks its own port and build folder, so several of them can
// run side by side on one machine.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const HOST = '127.0.0.1';
/** Debian's Chromium; there are no Playwright browser downloads on these machines. */
export const CHROMIUM = '/usr/bin/chromium';
const STARTUP_TIMEOUT_MS = 30_000;

/**
 * Makes sure Debian's Chromium is installed: installs it when running as root, and otherwise
 * calls `fail` with the command to run.
 * @param {string} name prefixes the log line
 * @param {(message: string) => never} fail
 */
export function ensureChromium(name, fail) {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    fail(
      `Chromium is missing (${CHROMIUM}). Install it with:\n\n    sudo apt-get install -y chromium\n`,
    );
  }
  console.log(`${name}: ${CHROMIUM} is missing; installing Debian's chromium package`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    if (result.error) fail(`apt-get ${args.join(' ')} could not start: ${result.error.message}`);
    if (result.status !== 0) fail(`apt-get ${args.join(' ')} failed (exit ${result.status})`);
  }
  if (!existsSync(CHROMIUM)) fail(`apt-get installed chromium but ${CHROMIUM} is still missing`);
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
 * A `vite preview` server for one build folder on one port of 127.0.0.1, run in its own process
 * group so that stop() ends everything it started. Its PID is kept in .tmp/ so that a server
 * orphaned by `kill -9` of an earlier run is stopped by the next one.
 *
 * @param {{ port: number, dist: string, name: string, fail: (message: string) => never }} options
 *   `name` prefixes the log lines; `fail` reports a fatal problem (and must not return)
 */
export function createPreviewServer({ port, dist, name, fail }) {
  const baseUrl = `http://${HOST}:${port}`;
  const pidFile = join(ROOT, '.tmp', `browser-preview-${port}.pid`);
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let server;
  let output = '';

  /** @returns {Promise<boolean>} whether nothing listens on HOST:port */
  function portIsFree() {
    return new Promise((done) => {
      const probe = createServer();
      probe.once('error', () => done(false));
      probe.listen(port, HOST, () => probe.close(() => done(true)));
    });
  }

  /**
   * Stops a preview server left behind by an earlier run that was killed with SIGKILL.
   * @returns {boolean} whether it sent a kill
   */
  function stopStaleServer() {
    if (!existsSync(pidFile)) return false;
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    rmSync(pidFile, { force: true });
    if (!Number.isInteger(pid) || pid <= 1 || !isAlive(pid)) return false;
    let cmdline = '';
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
    } catch {
      return false;
    }
    // Only a process that is recognisably our own preview server.
    if (!cmdline.includes('vite') || !cmdline.includes(`preview --host ${HOST} --port ${port}`)) {
      return false;
    }
    console.log(`${name}: stopping stale preview server (pid ${pid})`);
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
    return true;
  }

  /** Kills the preview server's whole process group. Safe to call more than once, and synchronous. */
  function stop() {
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
    rmSync(pidFile, { force: true });
  }

  async function start() {
    // After killing a stale server, give the kernel a moment to release the port.
    const waits = stopStaleServer() ? 50 : 0;
    for (let i = 0; i < waits && !(await portIsFree()); i++) await delay(100);
    if (!(await portIsFree())) {
      fail(
        `port ${port} on ${HOST} is already in use (a stale preview server?). ` +
          `Find it with: ss -ltnp | grep ${port}`,
      );
    }
    const vite = join(ROOT, 'node_modules', '.bin', 'vite');
    if (!existsSync(vite)) fail('node_modules/.bin/vite is missing: run npm ci first');

    server = spawn(
      vite,
      ['preview', '--host', HOST, '--port', String(port), '--strictPort', '--outDir', dist],
      {
        cwd: ROOT,
        detached: true, // own process group, so stop() can kill everything it started
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      },
    );
    const child = server;
    /** @param {Buffer} chunk */
    const collect = (chunk) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    /** @type {string | undefined} */
    let exited;
    child.once('error', (error) => (exited = `could not start: ${error.message}`));
    child.once(
      'exit',
      (code, signal) => (exited = `exited early (code ${code}, signal ${signal})`),
    );
    if (child.pid !== undefined) {
      mkdirSync(dirname(pidFile), { recursive: true });
      writeFileSync(pidFile, `${child.pid}\n`);
    }

    const deadline = Date.now() + STARTUP_TIMEOUT_MS;
    for (;;) {
      if (exited) break;
      try {
        const response = await fetch(baseUrl, { signal: AbortSignal.timeout(2_000) });
        await response.arrayBuffer();
        if (!exited) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        exited = `did not answer on ${baseUrl} within ${STARTUP_TIMEOUT_MS / 1000} s`;
        break;
      }
      await delay(200);
    }
    stop();
    fail(`vite preview ${exited}\n--- vite preview output ---\n${output}`);
  }

  return {
    baseUrl,
    start,
    stop,
    /** The last 20 kB the server printed. */
    output: () => output,
    /** Whether the server was started and has exited since (rather than being stopped). */
    died: () => server !== undefined && server.exitCode !== null,
  };
}
