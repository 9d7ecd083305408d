/**
 * The first-load size budget: how much JavaScript and CSS the browser must fetch before the first
 * screen can paint, measured on the production build (`npm run build`, then `npm run size`).
 *
 * "First load" is what the built index.html asks for — the entry `<script type="module">`, every
 * `<link rel="modulepreload">` and every `<link rel="stylesheet">` — plus everything those
 * chunks import statically, followed transitively. Dynamic `import()` is lazy (route screens,
 * English messages, export/import code) and is deliberately not counted. Sizes are gzip level 9,
 * which is deterministic, so the budget can fail `npm test` without being flaky.
 *
 * Usage: node scripts/size-budget.mjs [dist-dir]   (default: dist)
 * Exit 0 within budget, 1 over budget, 2 when the build is missing or unreadable.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'vite';

/** The budget for first-load JavaScript, gzipped: 100 KiB. */
export const JS_BUDGET_BYTES = 100 * 1024;

/** A file the budget cannot count: the build is missing, or a chunk refers to something absent. */
export class SizeBudgetInputError extends Error {}

/** Attributes of one HTML start tag, lower-cased names; a bare attribute has the value ''. */
function attributesOf(tagSource) {
  const attributes = {};
  const pattern = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const match of tagSource.matchAll(pattern)) {
    attributes[match[1].toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return attributes;
}

/**
 * What the HTML page loads before it can paint: module entry scripts, module preloads and
 * stylesheets, as the URLs written in the page, in document order.
 */
export function firstLoadUrls(html) {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  const scripts = [];
  const styles = [];
  for (const match of withoutComments.matchAll(/<(script|link)\b([^>]*)>/gi)) {
    const tag = match[1].toLowerCase();
    const attributes = attributesOf(match[2]);
    if (tag === 'script') {
      if (attributes.type === 'module' && attributes.src) scripts.push(attributes.src);
      continue;
    }
    const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
    if (!attributes.href) continue;
    if (rel.includes('modulepreload')) scripts.push(attributes.href);
    else if (rel.includes('stylesheet')) styles.push(attributes.href);
  }
  return { scripts, styles };
}

/**
 * The specifiers a built ES module imports statically: `import … from "x"`, `import "x"`,
 * `export … from "x"`. Dynamic `import("x")` is left out on purpose: it loads later, on demand.
 * A real parser (Vite's, already a dependency) rather than a regular expression, so strings,
 * template literals and comments that merely contain the word "import" are never counted.
 */
export function staticImportSpecifiers(code) {
  const program = parseAst(code, { lang: 'js' });
  const specifiers = [];
  for (const node of program.body) {
    if (
      (node.type === 'ImportDeclaration' ||
        node.type === 'ExportNamedDeclaration' ||
        node.type === 'ExportAllDeclaration') &&
      node.source
    ) {
      specifiers.push(node.source.value);
    }
  }
  return specifiers;
}

/** Maps a URL from index.html (`/assets/x.js`, `./assets/x.js`) to a file inside the build. */
function fileForPageUrl(distDir, url) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
    throw new SizeBudgetInputError(
      `index.html loads ${url} from outside the build; the budget only counts the app's own files.`,
    );
  }
  const path = url.split(/[?#]/)[0];
  return path.startsWith('/') ? join(distDir, path) : resolve(distDir, path);
}

function readBuildFile(distDir, file, referrer) {
  const inside = relative(distDir, file);
  if (inside.startsWith('..') || !existsSync(file)) {
    throw new SizeBudgetInputError(
      `${referrer} refers to ${inside.split(sep).join('/')}, which is not in ${distDir}. Rebuild with \`npm run build\`.`,
    );
  }
  return readFileSync(file);
}

function measure(distDir, file, bytes) {
  return {
    file: relative(distDir, file).split(sep).join('/'),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
  };
}

/**
 * Every JavaScript and CSS file the first screen loads, with raw and gzipped sizes. JavaScript
 * is listed in the order it is found: the page's own scripts first, then what they import.
 */
export function collectFirstLoad(distDir) {
  const root = resolve(distDir);
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) {
    throw new SizeBudgetInputError(
      `There is no ${join(distDir, 'index.html')}: build the app first with \`npm run build\`.`,
    );
  }
  const { scripts, styles } = firstLoadUrls(readFileSync(indexFile, 'utf8'));

  const js = [];
  const seen = new Set();
  const queue = scripts.map((url) => ({ file: fileForPageUrl(root, url), referrer: 'index.html' }));
  while (queue.length > 0) {
    const { file, referrer } = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const bytes = readBuildFile(root, file, referrer);
    const entry = measure(root, file, bytes);
    js.push(entry);
    for (const specifier of staticImportSpecifiers(bytes.toString('utf8'))) {
      if (!specifier.startsWith('.') && !specifier.startsWith('/')) {
        throw new SizeBudgetInputError(
          `${entry.file} imports "${specifier}", which the browser cannot load from the build.`,
        );
      }
      const target = specifier.startsWith('/')
        ? join(root, specifier)
        : resolve(dirname(file), specifier);
      queue.push({ file: target, referrer: entry.file });
    }
  }

  const css = [...new Set(styles.map((url) => fileForPageUrl(root, url)))].map((file) =>
    measure(root, file, readBuildFile(root, file, 'index.html')),
  );
  return { js, css };
}

const sum = (entries, key) => entries.reduce((total, entry) => total + entry[key], 0);
const kib = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;

/** The table printed by `npm run size`. */
export function formatReport({ js, css }, budget = JS_BUDGET_BYTES) {
  const rows = [
    ...js.map((entry) => [entry.file, kib(entry.raw), kib(entry.gzip)]),
    ['JavaScript total', kib(sum(js, 'raw')), kib(sum(js, 'gzip'))],
    ...css.map((entry) => [entry.file, kib(entry.raw), kib(entry.gzip)]),
    ['CSS total', kib(sum(css, 'raw')), kib(sum(css, 'gzip'))],
  ];
  const header = ['first-load file', 'raw', 'gzip -9'];
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => row[i].length)),
  );
  const line = (row) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  const separator = widths.map((width) => '-'.repeat(width)).join('  ');
  const jsGzip = sum(js, 'gzip');
  const verdict =
    jsGzip <= budget
      ? `First-load JavaScript ${kib(jsGzip)} gzipped: within the ${kib(budget)} budget (${kib(budget - jsGzip)} to spare).`
      : `First-load JavaScript ${kib(jsGzip)} gzipped is over the ${kib(budget)} budget by ${kib(jsGzip - budget)}.\n` +
        'Keep the first screen lean: load screens, messages of other languages and heavy libraries ' +
        'with a dynamic import() where they are used, so they stay out of the entry and its static imports.';
  const table = [line(header), separator];
  rows.forEach((row, i) => {
    if (i === js.length || i === rows.length - 1) table.push(separator);
    table.push(line(row));
  });
  return { table: table.join('\n'), verdict, withinBudget: jsGzip <= budget };
}

function main(argv) {
  const distDir = argv[0] ?? 'dist';
  let report;
  try {
    report = formatReport(collectFirstLoad(distDir));
  } catch (error) {
    if (!(error instanceof SizeBudgetInputError)) throw error;
    console.error(`size-budget: ${error.message}`);
    return 2;
  }
  console.log(`${report.table}\n`);
  (report.withinBudget ? console.log : console.error)(report.verdict);
  return report.withinBudget ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
