/**
 * The first-load size budget (scripts/size-budget.mjs) on small fake builds written to a temp
 * dir: which files count (the page's entry, modulepreloads and stylesheets, and their static
 * imports, transitively) and which never do (dynamic imports, text that only looks like an
 * import), and the exit codes `npm run size` gives.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import {
  collectFirstLoad,
  firstLoadUrls,
  JS_BUDGET_BYTES,
  SizeBudgetInputError,
  staticImportSpecifiers,
} from '../../../scripts/size-budget.mjs';

const SCRIPT = join(import.meta.dirname, '../../../scripts/size-budget.mjs');
const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes a fake build: file path inside the dist → content. */
function fakeDist(files: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'size-budget-'));
  dirs.push(dist);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), content);
  }
  return dist;
}

/** A page shaped like Vite's output: entry after the title, then preloads and the stylesheet. */
function page(head: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="UTF-8" />
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <title>Test</title>
    ${head}
  <link rel="manifest" href="/manifest.webmanifest"></head><body><div id="app"></div></body></html>`;
}

/** JavaScript of about `bytes` characters that gzip cannot shrink much (random base64). */
function incompressible(bytes: number): string {
  return `export const blob="${randomBytes(Math.ceil((bytes * 3) / 4)).toString('base64')}";`;
}

function run(dist: string) {
  const result = spawnSync(process.execPath, [SCRIPT, dist], { encoding: 'utf8', timeout: 20_000 });
  return { code: result.status, output: result.stdout + result.stderr };
}

describe('firstLoadUrls', () => {
  it('finds module entry scripts, modulepreloads and stylesheets, whatever the attribute order', () => {
    const urls = firstLoadUrls(
      page(`<script type="module" crossorigin src="/assets/index.js"></script>
        <link crossorigin href='/assets/vendor.js' rel="modulepreload">
        <link rel=stylesheet href=/assets/index.css>
        <!-- <script type="module" src="/assets/commented-out.js"></script> -->
        <script src="/assets/classic.js"></script>
        <link rel="preload" href="/assets/font.woff2" as="font">`),
    );
    expect(urls).toEqual({
      scripts: ['/assets/index.js', '/assets/vendor.js'],
      styles: ['/assets/index.css'],
    });
  });
});

describe('staticImportSpecifiers', () => {
  it('lists import and re-export statements, not dynamic imports or look-alike text', () => {
    const code = [
      'import{a as b}from"./named.js";',
      'import"./side-effect.js";',
      'import*as ns from"./namespace.js";',
      'export{c}from"./re-export.js";',
      'export*from"./star.js";',
      'const lazy=()=>import("./lazy.js");',
      'const text="import x from \'./in-a-string.js\'";',
      'const tpl=`import "./in-a-template.js"`;',
      '/* import "./in-a-comment.js" */',
      'console.log(b,ns,lazy,text,tpl);',
    ].join('\n');
    expect(staticImportSpecifiers(code)).toEqual([
      './named.js',
      './side-effect.js',
      './namespace.js',
      './re-export.js',
      './star.js',
    ]);
  });
});

describe('collectFirstLoad', () => {
  it('follows static imports transitively and leaves dynamically imported chunks out', () => {
    const entry =
      'import{s}from"./shared.js";export{r}from"./re-export.js";' +
      'const open=()=>import("./lazy-view.js");console.log(s,open);';
    const dist = fakeDist({
      'index.html': page(`<script type="module" crossorigin src="/assets/entry.js"></script>
        <link rel="modulepreload" crossorigin href="/assets/vendor.js">
        <link rel="stylesheet" crossorigin href="/assets/index.css">`),
      'assets/entry.js': entry,
      'assets/vendor.js': 'import"./shared.js";export const v=1;',
      'assets/shared.js': 'import{d}from"./deep/deeper.js";export const s=d;',
      'assets/deep/deeper.js': 'import"../vendor.js";export const d=2;',
      'assets/re-export.js': 'export const r=3;',
      'assets/lazy-view.js': 'import{x}from"./lazy-only.js";export default x;',
      'assets/lazy-only.js': 'export const x=4;',
      'assets/index.css': 'body{margin:0}',
      'assets/lazy-view.css': '.lazy{color:red}',
    });

    const { js, css } = collectFirstLoad(dist);

    expect(js.map((entry) => entry.file)).toEqual([
      'assets/entry.js',
      'assets/vendor.js',
      'assets/shared.js',
      'assets/re-export.js',
      'assets/deep/deeper.js',
    ]);
    expect(css.map((entry) => entry.file)).toEqual(['assets/index.css']);
    expect(js[0]).toEqual({
      file: 'assets/entry.js',
      raw: Buffer.byteLength(entry),
      gzip: gzipSync(entry, { level: 9 }).length,
    });
  });

  it('says the build is missing when there is no index.html', () => {
    const dist = fakeDist({ 'assets/entry.js': 'export {};' });
    expect(() => collectFirstLoad(dist)).toThrow(SizeBudgetInputError);
    expect(() => collectFirstLoad(dist)).toThrow(/npm run build/);
  });

  it('refuses a chunk that imports a file the build does not have', () => {
    const dist = fakeDist({
      'index.html': page('<script type="module" src="/assets/entry.js"></script>'),
      'assets/entry.js': 'import"./gone.js";',
    });
    expect(() => collectFirstLoad(dist)).toThrow(/assets\/entry\.js refers to assets\/gone\.js/);
  });
});

describe('npm run size', () => {
  const overBudget = incompressible(JS_BUDGET_BYTES * 1.5);

  it('fails when a statically imported chunk takes the JavaScript over 100 KiB', () => {
    const dist = fakeDist({
      'index.html': page('<script type="module" src="/assets/entry.js"></script>'),
      'assets/entry.js': 'import{blob}from"./big.js";console.log(blob);',
      'assets/big.js': overBudget,
    });
    const { code, output } = run(dist);
    expect(code).toBe(1);
    expect(output).toMatch(/assets\/big\.js/);
    expect(output).toMatch(/over the 100\.00 KiB budget/);
  });

  it('passes when the same chunk is only imported dynamically', () => {
    const dist = fakeDist({
      'index.html': page('<script type="module" src="/assets/entry.js"></script>'),
      'assets/entry.js': 'const load=()=>import("./big.js");console.log(load);',
      'assets/big.js': overBudget,
    });
    const { code, output } = run(dist);
    expect(code).toBe(0);
    expect(output).not.toMatch(/big\.js/);
    expect(output).toMatch(/within the 100\.00 KiB budget/);
  });

  it('exits 2 with a hint when there is no build', () => {
    const { code, output } = run(join(tmpdir(), 'size-budget-no-such-dist'));
    expect(code).toBe(2);
    expect(output).toMatch(/build the app first with `npm run build`/);
  });
});
