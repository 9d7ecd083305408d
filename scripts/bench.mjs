// `npm run bench`: the app against the raw IndexedDB / JSON floor, in Debian's Chromium, on a
// deterministic six-year dossier. See the README section "How to run and read the benchmark".
//
// 1. Builds the app into .tmp/bench-dist (its own folder, so it never touches dist/ or the browser
//    tests' builds) and the in-page harness (scripts/bench-harness.ts) into .tmp/bench-dist/__bench.
// 2. Makes the dossier file (scripts/lib/bench-dossier.mjs) and serves the build with
//    `vite preview` on 127.0.0.1:4305.
// 3. Seeds the dossier through the app's own import screen, waits for the service worker, then
//    measures (a)–(f), each app number beside its floor measured in the same browser and run.
// 4. Prints a table and writes bench/results.json.
//
// Environment: BENCH_RUNS (default 5 measured runs, after one warm-up), BENCH_PORT (4305),
// BENCH_DIST (.tmp/bench-dist), BENCH_SKIP_BUILD=1 to reuse an existing build while iterating (=app: rebuild the harness only),
// BENCH_PROFILE=<dir> to save a CPU profile of one app run of each metric (open it in Chrome's
// DevTools, Performance panel), BENCH_ONLY=start,search,export,import to measure only some
// metrics while iterating (the results file is then not written), BENCH_UNMINIFIED=1 for
// readable CPU profiles (build into another BENCH_DIST; such numbers are not the app's).

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { makeBenchDossier } from './lib/bench-dossier.mjs';
import { ROOT, createPreviewServer, ensureChromium } from './lib/preview-server.mjs';
import {
  launchBrowser,
  newPhoneContext,
  waitForActivatedServiceWorker,
} from '../tests/browser/support.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4305);
const DIST = process.env.BENCH_DIST ?? '.tmp/bench-dist';
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : null;
const wanted = (metric) => ONLY === null || ONLY.has(metric);
const PROFILE_DIR = process.env.BENCH_PROFILE ? resolve(process.env.BENCH_PROFILE) : null;
/** Readable function names in CPU profiles; the numbers of such a build are not the app's. */
const UNMINIFIED = process.env.BENCH_UNMINIFIED === '1';
const WORK_DIR = join(ROOT, '.tmp', 'bench');
const RESULTS = join(ROOT, 'bench', 'results.json');
const QUERY_COUNT = 20;
/** The store's typing pause before a search runs (src/stores/timeline.ts), by design. */
const SEARCH_DELAY_MS = Number(
  /SEARCH_DELAY_MS = (\d+)/.exec(readFileSync(join(ROOT, 'src/stores/timeline.ts'), 'utf8'))?.[1],
);
/** Targets from the issue: they are reported, never asserted (timings depend on the machine). */
const TARGET_RATIO = 1.5;
const TARGET_SEARCH_P95_MS = 50;

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

const log = (message) => console.log(`bench: ${message}`);

/**
 * Fails the run when a step takes longer than `ms`, naming the step, rather than hanging.
 * @template T @param {Promise<T>} promise @param {string} what @param {number} [ms]
 * @returns {Promise<T>}
 */
function within(promise, what, ms = 120_000) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`bench: ${what} took longer than ${ms / 1000} s`)),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// ---------------------------------------------------------------------------------------------
// Building

function buildApp() {
  log(`building the app into ${DIST}/`);
  const vite = join(ROOT, 'node_modules', '.bin', 'vite');
  if (!existsSync(vite)) fail('node_modules/.bin/vite is missing: run npm ci first');
  const result = spawnSync(
    vite,
    [
      'build',
      '--outDir',
      DIST,
      '--emptyOutDir',
      '--logLevel',
      'warn',
      ...(UNMINIFIED ? ['--minify', 'false'] : []),
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, NO_COLOR: '1' },
    },
  );
  if (result.status !== 0) fail(`vite build failed (exit ${result.status})`);
}

async function buildHarness() {
  log(`building the bench harness into ${DIST}/__bench/`);
  const { build } = await import('vite');
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const outDir = join(ROOT, DIST, '__bench');
  await build({
    configFile: false,
    root: ROOT,
    base: '/__bench/',
    logLevel: 'warn',
    resolve: { alias: { '@': join(ROOT, 'src') } },
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      modulePreload: false,
      minify: !UNMINIFIED,
      copyPublicDir: false,
      rollupOptions: {
        input: { harness: join(ROOT, 'scripts', 'bench-harness.ts') },
        output: { entryFileNames: '[name].js' },
      },
    },
  });
  for (const page of ['harness.html', 'floor-start.html']) {
    copyFileSync(join(ROOT, 'bench', 'pages', page), join(outDir, page));
  }
}

// ---------------------------------------------------------------------------------------------
// Statistics

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Nearest-rank percentile. @param {number[]} values @param {number} p 0–100 */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round1 = (value) => Math.round(value * 10) / 10;
const ratioOf = (app, floor) => Math.round((app / floor) * 100) / 100;

/**
 * The words to search for: words of the dossier's own texts, spread over how many entries hold
 * them (from nearly all to a handful), plus "stage", which mostly occurs inside words.
 * @param {ReturnType<typeof makeBenchDossier>} dossier
 */
function chooseQueries(dossier) {
  const texts = entryTexts(dossier.document);
  const candidates = [...new Set(dossier.vocabulary)]
    .filter((word) => /^[a-z]{4,}$/.test(word) && word !== 'stage')
    .map((word) => ({ word, entries: texts.filter((text) => text.includes(word)).length }))
    .filter((candidate) => candidate.entries > 0)
    .sort((a, b) => b.entries - a.entries || (a.word < b.word ? -1 : 1));
  const picked = [];
  for (let i = 0; i < QUERY_COUNT - 1; i++) {
    picked.push(candidates[Math.round((i * (candidates.length - 1)) / (QUERY_COUNT - 2))].word);
  }
  return [...new Set(picked), 'stage'];
}

/** Lower-cased text of every record, one string per record: what the floor searches. */
function entryTexts(document) {
  const names = ['experiences', 'reflections', 'goals', 'traits', 'choices', 'conversations'];
  return names.flatMap((name) => document[name].map((record) => flatText(record).toLowerCase()));
}

/** Every string value in a record, except its id and timestamps. */
function flatText(value, key = '') {
  if (typeof value === 'string') {
    return /^(id|createdAt|updatedAt|deletedAt|date|dueDate|sourceId|ownerId)$/.test(key)
      ? ''
      : value;
  }
  if (Array.isArray(value)) return value.map((item) => flatText(item)).join('\n');
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .map(([name, item]) => flatText(item, name))
      .join('\n');
  }
  return '';
}

// ---------------------------------------------------------------------------------------------
// The browser side

/** Installed in every page: notes when the timeline shows its first entry. */
function markFirstEntries() {
  if (location.pathname.startsWith('/__bench/')) return;
  const observer = new MutationObserver(() => {
    if (document.querySelector('.home__entry')) {
      window.__benchFirstEntries = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * A page whose requests skip the service worker, for the floor and harness pages under
 * /__bench/ (the app's worker would answer every navigation with the app's index.html).
 * @param {import('playwright-core').BrowserContext} context
 */
async function benchPage(context, path) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setBypassServiceWorker', { bypass: true });
  await page.goto(`${BASE_URL}/__bench/${path}`);
  return { page, cdp };
}

/** @param {import('playwright-core').CDPSession} cdp */
async function collectGarbage(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
}

let BASE_URL = '';

/**
 * Starts a CPU profile of a page, when BENCH_PROFILE is set; returns a function that stops it
 * and saves the .cpuprofile.
 * @param {import('playwright-core').CDPSession} cdp
 * @param {string} name
 */
async function profile(cdp, name) {
  if (!PROFILE_DIR) return async () => undefined;
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile: data } = await cdp.send('Profiler.stop');
    mkdirSync(PROFILE_DIR, { recursive: true });
    writeFileSync(join(PROFILE_DIR, `${name}.cpuprofile`), JSON.stringify(data));
    log(`CPU profile saved: ${join(PROFILE_DIR, `${name}.cpuprofile`)}`);
  };
}

/**
 * Seeds the dossier through the app's own import screen, as a pupil with a file would.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} file
 */
async function seed(context, file) {
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/`);
  await page.getByRole('link', { name: 'Ik heb al een dossier' }).click();
  await page.getByLabel('Dossierbestand').setInputFiles(file);
  await page.getByRole('button', { name: 'Importeren' }).click({ timeout: 120_000 });
  await page.getByRole('link', { name: 'Naar je dossier' }).waitFor({ timeout: 120_000 });
  await waitForActivatedServiceWorker(page, 60_000);
  await page.close();
}

/**
 * (a) + (f): a fresh page starts the app from the warm service-worker cache; returns the time
 * from navigation start to the first timeline entry on screen, and the JS heap after start.
 * @param {import('playwright-core').BrowserContext} context
 */
async function appStart(context, profileName) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const stopProfile = profileName ? await profile(cdp, profileName) : null;
  await page.goto(`${BASE_URL}/`);
  await page.waitForFunction(() => window.__benchFirstEntries !== undefined, null, {
    timeout: 60_000,
  });
  const ms = await page.evaluate(() => window.__benchFirstEntries);
  await stopProfile?.();
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!controlled) fail('the app page is not controlled by the service worker');
  // Start is over once the count is in and nothing is loading; then the heap is what stays.
  await page
    .getByText(/^\d+ items?$/)
    .first()
    .waitFor({ timeout: 60_000 });
  await delay(1000);
  await collectGarbage(cdp);
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return { page, cdp, ms, heap: usedSize };
}

/** @param {import('playwright-core').BrowserContext} context */
async function floorStart(context) {
  const { page, cdp } = await benchPage(context, 'floor-start.html');
  await page.waitForFunction(() => window.__benchShown !== undefined || window.__benchError, null, {
    timeout: 60_000,
  });
  const { ms, rows, error } = await page.evaluate(() => ({
    ms: window.__benchShown,
    rows: window.__benchRows,
    error: window.__benchError,
  }));
  if (error) fail(`floor start page: ${error}`);
  if (rows !== 31) fail(`floor start page read ${rows} rows instead of 31`);
  await collectGarbage(cdp);
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await page.close();
  return { ms, heap: usedSize };
}

/**
 * (c): from the home screen, a tap on "Overzicht" until the five competency cards show.
 * @param {import('playwright-core').Page} page
 */
function openOverview(page) {
  return page.evaluate(
    () =>
      new Promise((done) => {
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (document.querySelectorAll('.competency-card').length === 5) {
            observer.disconnect();
            done(performance.now() - start);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
        /** @type {HTMLElement} */ (document.querySelector('a[href="/overzicht"]')).click();
      }),
  );
}

/**
 * (c) floor: one raw read transaction of the rows the overview counts (live experiences,
 * reflections, goals and leermeter scores).
 * @param {import('playwright-core').Page} page
 */
function readOverviewRaw(page) {
  return page.evaluate(async () => {
    const request = (req) =>
      new Promise((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const db = await request(indexedDB.open('loopbaandossier'));
    const start = performance.now();
    const stores = ['experiences', 'reflections', 'goals', 'leermeter'];
    const transaction = db.transaction(stores, 'readonly');
    const all = await Promise.all(
      stores.map((name) => request(transaction.objectStore(name).getAll())),
    );
    const live = all.map((records) => records.filter((record) => record.deletedAt === null));
    const ms = performance.now() - start;
    db.close();
    return { ms, rows: live.reduce((sum, records) => sum + records.length, 0) };
  });
}

/**
 * Init script: `window.__benchNewEntries(store, before, accept)` resolves with performance.now()
 * once the timeline store's entries have changed and the screen has been patched with them. Vue
 * patches in a microtask after the change and a MutationObserver calls back after that patch.
 * (The bench observes from outside: the app is built without Vue's Options API, so a component's
 * $watch is a no-op there.)
 */
function defineWaitForNewEntries() {
  window.__benchNewEntries = (store, before, accept) =>
    new Promise((resolve) => {
      let waiting = true;
      const check = () => {
        if (!waiting || store.entries === before || !accept()) return false;
        waiting = false;
        observer.disconnect();
        resolve(performance.now());
        return true;
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
      // New entries that render exactly as the old ones change nothing on the page: the next
      // frame then counts as shown.
      const frame = () => check() || (waiting && requestAnimationFrame(frame));
      requestAnimationFrame(frame);
    });
}

/**
 * (b): types a query into the timeline's search box and measures until the results are on
 * screen: from the end of the typing pause (the store's debounce firing) and from the key press.
 * @param {import('playwright-core').Page} page
 * @param {string} query
 */
function searchInApp(page, query) {
  return page.evaluate(
    ({ text, pauseMs }) => {
      const store = document.querySelector('#app')._vnode.component.proxy.$pinia._s.get('timeline');
      const input = document.querySelector('input[type="search"]');
      // The entries change only once the first page of results is in (the store keeps the old
      // ones on screen meanwhile), so their first change after typing is the answer.
      const shown = window.__benchNewEntries(store, store.entries, () => store.filtered);
      const stuck = new Promise((resolve) => setTimeout(() => resolve(null), 30_000));
      const typed = performance.now();
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return Promise.race([shown, stuck]).then((at) =>
        at === null
          ? { stuck: true, search: store.search, error: String(store.error) }
          : {
              ms: at - typed - pauseMs,
              typedMs: at - typed,
              shown: store.entries.length,
              more: store.hasMore,
              filtered: store.filtered,
            },
      );
    },
    { text: query, pauseMs: SEARCH_DELAY_MS },
  );
}

/** Empties the search box and waits until the whole timeline is back. */
async function clearSearch(page) {
  await page.evaluate(() => {
    const store = document.querySelector('#app')._vnode.component.proxy.$pinia._s.get('timeline');
    const input = document.querySelector('input[type="search"]');
    if (!store.filtered) return undefined;
    const back = window.__benchNewEntries(store, store.entries, () => !store.filtered);
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return back;
  });
  await delay(50);
}

/**
 * (b) floor: loads every record's text (untimed), then times a plain lower-case substring
 * search per query over all of them.
 * @param {import('playwright-core').Page} page
 * @param {string[]} queries
 * @param {number} runs
 */
function searchFloor(page, queries, runs) {
  return page.evaluate(
    async ({ words, times }) => {
      const request = (req) =>
        new Promise((resolve, reject) => {
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      const skip = /^(id|createdAt|updatedAt|deletedAt|date|dueDate|sourceId|ownerId)$/;
      const flat = (value, key = '') => {
        if (typeof value === 'string') return skip.test(key) ? '' : value;
        if (Array.isArray(value)) return value.map((item) => flat(item)).join('\n');
        if (value && typeof value === 'object') {
          return Object.entries(value)
            .map(([name, item]) => flat(item, name))
            .join('\n');
        }
        return '';
      };
      const db = await request(indexedDB.open('loopbaandossier'));
      const stores = ['experiences', 'reflections', 'goals', 'traits', 'choices', 'conversations'];
      const transaction = db.transaction(stores, 'readonly');
      const all = await Promise.all(
        stores.map((name) => request(transaction.objectStore(name).getAll())),
      );
      db.close();
      const texts = all
        .flat()
        .filter((record) => record.deletedAt === null)
        .map((record) => flat(record).toLowerCase());
      return words.map((word) => {
        const samples = [];
        let found = 0;
        for (let run = 0; run < times; run++) {
          const start = performance.now();
          found = texts.filter((text) => text.includes(word)).length;
          samples.push(performance.now() - start);
        }
        samples.sort((a, b) => a - b);
        return { query: word, ms: samples[samples.length >> 1], found };
      });
    },
    { words: queries, times: runs },
  );
}

// ---------------------------------------------------------------------------------------------
// The run

async function main() {
  process.chdir(ROOT);
  if (!(SEARCH_DELAY_MS >= 0)) fail('SEARCH_DELAY_MS not found in src/stores/timeline.ts');
  ensureChromium(fail);
  const skip = process.env.BENCH_SKIP_BUILD;
  if (skip !== '1') {
    if (skip !== 'app') buildApp();
    await buildHarness();
  } else if (!existsSync(join(ROOT, DIST, '__bench', 'harness.js'))) {
    fail(`BENCH_SKIP_BUILD=1 but ${DIST}/__bench/harness.js is missing`);
  }

  log('making the six-year dossier');
  mkdirSync(WORK_DIR, { recursive: true });
  const dossier = makeBenchDossier();
  const dossierFile = join(WORK_DIR, 'loopbaandossier-bench.zip');
  writeFileSync(dossierFile, dossier.zip);
  const queries = chooseQueries(dossier);

  const server = createPreviewServer({ port: PORT, dist: DIST, name: 'bench', fail });
  process.on('exit', () => server.stop());
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      server.stop();
      process.exit(130);
    });
  }
  await server.start();
  BASE_URL = server.baseUrl;
  log(`serving ${DIST}/ on ${BASE_URL}`);

  const browser = await launchBrowser();
  try {
    const context = await newPhoneContext(browser);
    await context.addInitScript(markFirstEntries);
    await context.addInitScript(defineWaitForNewEntries);

    log(`seeding through the import screen (${(dossier.zip.length / 1e6).toFixed(1)} MB file)`);
    const seedStart = Date.now();
    await seed(context, dossierFile);
    log(`seeded in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`);

    /** @type {Record<string, { app: number[], floor: number[] }>} */
    const samples = {
      start: { app: [], floor: [] },
      overview: { app: [], floor: [] },
      export: { app: [], floor: [] },
      import: { app: [], floor: [] },
      heap: { app: [], floor: [] },
    };
    const importWriteFloor = [];

    log(`(a) start, (c) overview, (f) heap: 1 warm-up + ${RUNS} runs`);
    let overviewRows = 0;
    for (let run = 0; run <= (wanted('start') ? RUNS : -1); run++) {
      const profileName = run === 1 && PROFILE_DIR ? 'start' : null;
      const started = await appStart(context, profileName);
      const floor = await floorStart(context);
      const stopProfile = run === 1 && PROFILE_DIR ? await profile(started.cdp, 'overview') : null;
      const overviewMs = await within(openOverview(started.page), 'opening the overview');
      await stopProfile?.();
      const overviewFloor = await readOverviewRaw(started.page);
      overviewRows = overviewFloor.rows;
      await started.page.close();
      if (run === 0) continue;
      samples.start.app.push(started.ms);
      samples.start.floor.push(floor.ms);
      samples.heap.app.push(started.heap);
      samples.heap.floor.push(floor.heap);
      samples.overview.app.push(overviewMs);
      samples.overview.floor.push(overviewFloor.ms);
      log(
        `  run ${run}: start ${round1(started.ms)} / ${round1(floor.ms)} ms, ` +
          `overview ${round1(overviewMs)} / ${round1(overviewFloor.ms)} ms`,
      );
    }

    log(`(b) search: ${queries.length} queries × (1 warm-up + ${RUNS} runs)`);
    if (!wanted('search')) queries.length = 0;
    const searchPage = (await appStart(context, null)).page;
    const searchCdp = await context.newCDPSession(searchPage);
    const stopSearchProfile = PROFILE_DIR ? await profile(searchCdp, 'search') : null;
    const appSearch = [];
    /** Queries whose results never showed within 30 s (reported, not hidden). */
    const stuck = [];
    for (const query of queries) {
      if (stuck.length >= 3) break;
      const runs = [];
      for (let run = 0; run <= RUNS; run++) {
        await within(clearSearch(searchPage), `clearing the search before "${query}"`);
        const result = await within(searchInApp(searchPage, query), `searching "${query}"`);
        if (result.stuck) {
          log(`  "${query}": no results on screen after 30 s (${JSON.stringify(result)})`);
          stuck.push(query);
          await searchPage.reload();
          await searchPage
            .getByText(/^\d+ items?$/)
            .first()
            .waitFor({ timeout: 60_000 });
          break;
        }
        if (!result.filtered) fail(`searching "${query}" went wrong: ${JSON.stringify(result)}`);
        if (run > 0) runs.push(result);
      }
      if (runs.length === 0) continue;
      appSearch.push({
        query,
        ms: median(runs.map((result) => result.ms)),
        typedMs: median(runs.map((result) => result.typedMs)),
        shown: runs[0].shown,
        more: runs[0].more,
      });
      const last = appSearch.at(-1);
      log(
        `  "${query}": ${round1(last.ms)} ms after the typing pause, ${round1(last.typedMs)} ms after typing`,
      );
    }
    await stopSearchProfile?.();
    await within(clearSearch(searchPage), 'clearing the search');
    const floorSearch = await searchFloor(searchPage, queries, RUNS);
    await searchPage.close();

    log(`(d) export and (e) import: 1 warm-up + ${RUNS} runs each`);
    const { page: harness, cdp } = await benchPage(context, 'harness.html');
    await harness.waitForFunction(() => window.benchHarness !== undefined);
    const appCounts = [];
    const directSearch = [];
    for (const query of queries) {
      const times = [];
      let count = 0;
      for (let run = 0; run <= RUNS; run++) {
        const result = await harness.evaluate((q) => window.benchHarness.app.searchPage(q), query);
        if (run > 0) times.push(result.ms);
        count = result.count;
      }
      appCounts.push(await harness.evaluate((q) => window.benchHarness.app.searchCount(q), query));
      directSearch.push({ query, ms: median(times), count });
    }
    let exportBytes = 0;
    const importRuns = wanted('import') ? RUNS : -1;
    for (let run = 0; run <= (wanted('export') || importRuns >= 0 ? RUNS : -1); run++) {
      await collectGarbage(cdp);
      const stopProfile = run === 1 && PROFILE_DIR ? await profile(cdp, 'export') : null;
      const app = await harness.evaluate(() => window.benchHarness.app.exportDossier());
      await stopProfile?.();
      await collectGarbage(cdp);
      const floor = await harness.evaluate(() => window.benchHarness.floor.exportDossier());
      exportBytes = app.bytes;
      if (run === 0) continue;
      samples.export.app.push(app.ms);
      samples.export.floor.push(floor.ms);
      log(`  export run ${run}: ${round1(app.ms)} / ${round1(floor.ms)} ms`);
    }
    const schema = await harness.evaluate(() => window.benchHarness.app.schema());
    let imported = 0;
    for (let run = 0; run <= importRuns; run++) {
      await harness.evaluate(() => window.benchHarness.app.emptyDatabase());
      await collectGarbage(cdp);
      const stopProfile = run === 1 && PROFILE_DIR ? await profile(cdp, 'import') : null;
      const app = await harness.evaluate(() => window.benchHarness.app.importDossier());
      await stopProfile?.();
      await harness.evaluate((stores) => window.benchHarness.floor.emptyDatabase(stores), schema);
      await collectGarbage(cdp);
      const floor = await harness.evaluate(() => window.benchHarness.floor.importDossier());
      imported = app.added;
      if (run === 0) continue;
      samples.import.app.push(app.ms);
      samples.import.floor.push(floor.ms);
      importWriteFloor.push(floor.writeMs);
      log(
        `  import run ${run}: ${round1(app.ms)} / ${round1(floor.ms)} ms (app: read and check ` +
          `${round1(app.readMs)}, preview ${round1(app.planMs)}, write ${round1(app.writeMs)}; ` +
          `floor's write alone ${round1(floor.writeMs)} ms)`,
      );
    }
    await harness.close();
    await context.close();
    if (ONLY !== null || UNMINIFIED) {
      log(`BENCH_ONLY=${process.env.BENCH_ONLY}: not writing ${RESULTS}`);
      return;
    }

    // ------------------------------------------------------------------------------------------
    // Report

    const metric = (name) => {
      const app = median(samples[name].app);
      const floor = median(samples[name].floor);
      return { app_ms: round1(app), floor_ms: round1(floor), ratio: ratioOf(app, floor) };
    };
    // Through the screen when every query answered there; otherwise through the store's query
    // function, and the queries the screen never answered are named.
    const throughUi = stuck.length === 0 && appSearch.length === queries.length;
    const searchMs = (throughUi ? appSearch : directSearch).map((result) => result.ms);
    const directMs = directSearch.map((result) => result.ms);
    const floorMs = floorSearch.map((result) => result.ms);
    const typedMs = appSearch.map((result) => result.typedMs);
    const importFloorWrite = median(importWriteFloor);
    const results = {
      start: metric('start'),
      search: {
        app_ms: round1(percentile(searchMs, 50)),
        floor_ms: round1(percentile(floorMs, 50)),
        ratio: ratioOf(percentile(searchMs, 50), percentile(floorMs, 50)),
        p50_ms: round1(percentile(searchMs, 50)),
        p95_ms: round1(percentile(searchMs, 95)),
        measured_through: throughUi ? 'search box' : 'queryTimeline (store query function)',
        floor_p50_ms: round1(percentile(floorMs, 50)),
        floor_p95_ms: round1(percentile(floorMs, 95)),
        store_query_p50_ms: round1(percentile(directMs, 50)),
        store_query_p95_ms: round1(percentile(directMs, 95)),
        typed_to_shown_p50_ms: typedMs.length ? round1(percentile(typedMs, 50)) : null,
        typed_to_shown_p95_ms: typedMs.length ? round1(percentile(typedMs, 95)) : null,
        ui_no_answer_within_30_s: stuck,
        queries: queries.map((query, index) => ({
          query,
          app_ms: round1((throughUi ? appSearch[index] : directSearch[index])?.ms ?? Number.NaN),
          floor_ms: round1(floorSearch[index].ms),
          app_results: appCounts[index],
          floor_results: floorSearch[index].found,
        })),
      },
      overview: metric('overview'),
      export: metric('export'),
      import: {
        ...metric('import'),
        floor_write_only_ms: round1(importFloorWrite),
        ratio_to_write_only: ratioOf(median(samples.import.app), importFloorWrite),
      },
      heap_after_start: {
        app_bytes: Math.round(median(samples.heap.app)),
        floor_bytes: Math.round(median(samples.heap.floor)),
        ratio: ratioOf(median(samples.heap.app), median(samples.heap.floor)),
      },
    };
    mkdirSync(join(ROOT, 'bench'), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);

    printReport(results, {
      runs: RUNS,
      overviewRows,
      exportBytes,
      imported,
      seedBytes: dossier.zip.length,
    });
    log(`wrote ${RESULTS}`);
  } finally {
    await browser.close();
    server.stop();
  }
}

function printReport(results, facts) {
  const ok = (met) => (met ? 'ok' : 'MISSED');
  const rows = [
    ['(a) start until first entries', results.start, 'ratio', TARGET_RATIO],
    ['(c) overview per competency', results.overview, 'ratio', TARGET_RATIO],
    ['(d) export whole dossier', results.export, 'ratio', TARGET_RATIO],
    ['(e) import into empty database', results.import, 'ratio', TARGET_RATIO],
  ];
  const pad = (text, width) => String(text).padEnd(width);
  const num = (value) => String(value).padStart(9);
  console.log('');
  console.log(`${pad('metric', 34)}${num('app ms')}${num('floor ms')}${num('ratio')}  target`);
  console.log('-'.repeat(72));
  for (const [label, value, , target] of rows) {
    console.log(
      `${pad(label, 34)}${num(value.app_ms)}${num(value.floor_ms)}${num(value.ratio)}  ≤ ${target} ${ok(value.ratio <= target)}`,
    );
  }
  const search = results.search;
  console.log(
    `${pad('(b) search p50', 34)}${num(search.p50_ms)}${num(search.floor_p50_ms)}${num(search.ratio)}`,
  );
  console.log(
    `${pad('(b) search p95', 34)}${num(search.p95_ms)}${num(search.floor_p95_ms)}${num('')}  ≤ ${TARGET_SEARCH_P95_MS} ms ${ok(search.p95_ms <= TARGET_SEARCH_P95_MS)}`,
  );
  const heap = results.heap_after_start;
  console.log(
    `${pad('(f) JS heap after start (MiB)', 34)}${num((heap.app_bytes / 2 ** 20).toFixed(1))}${num((heap.floor_bytes / 2 ** 20).toFixed(1))}${num(heap.ratio)}  (no target)`,
  );
  console.log('');
  console.log(
    `Medians of ${facts.runs} runs after a warm-up. Dossier file ${(facts.seedBytes / 1e6).toFixed(1)} MB; ` +
      `the overview reads ${facts.overviewRows} rows; the app's export is ${(facts.exportBytes / 1e6).toFixed(1)} MB ` +
      `and its import wrote ${facts.imported} records.`,
  );
  console.log(
    `Search measured through the ${search.measured_through}` +
      (search.ui_no_answer_within_30_s.length
        ? ` because the search box showed no results within 30 s for: ${search.ui_no_answer_within_30_s.join(', ')}. `
        : '. ') +
      `Store query function alone: ${search.store_query_p50_ms} ms p50 / ${search.store_query_p95_ms} ms p95. ` +
      `Search box: from the key press until the results are rendered, minus the store's ${SEARCH_DELAY_MS} ms ` +
      `typing pause (with it: ${search.typed_to_shown_p50_ms} ms p50 / ${search.typed_to_shown_p95_ms} ms p95). ` +
      `Import floor's write transaction alone: ${results.import.floor_write_only_ms} ms ` +
      `(app ratio to it ${results.import.ratio_to_write_only}).`,
  );
  console.log('');
  console.log(
    `${pad('query', 18)}${num('app ms')}${num('floor ms')}${num('app hits')}${num('floor')}`,
  );
  for (const query of search.queries) {
    const note =
      query.app_results < query.floor_results
        ? `  the app finds ${query.floor_results - query.app_results} fewer: it matches word beginnings, not the middle of words`
        : '';
    console.log(
      `${pad(query.query, 18)}${num(query.app_ms)}${num(query.floor_ms)}${num(query.app_results)}${num(query.floor_results)}${note}`,
    );
  }
  console.log('');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
