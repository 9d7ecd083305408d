/**
 * The command-line validator, run as a real process the way `npm run dossier` runs it
 * (`node --import tsx scripts/dossier-cli.ts`), on the same hostile files as the pipeline's
 * tests. Every run has a 10 s timeout, so a hang fails the test instead of stalling CI.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileCases } from './hostile-files';
import { exportBytes, sampleDossier } from './support';

const ROOT = join(import.meta.dirname, '../../..');
const CLI = join(ROOT, 'scripts/dossier-cli.ts');
const SPAWN_TIMEOUT_MS = 10_000;
/** Room for a few runs one after another on a busy CI machine. */
const TEST_TIMEOUT_MS = 60_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function spawnRun(command: string, commandArgs: string[], label: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${label} did not finish within ${SPAWN_TIMEOUT_MS} ms`));
    }, SPAWN_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function cli(...args: string[]): Promise<Run> {
  return spawnRun(process.execPath, ['--import', 'tsx', CLI, ...args], `dossier ${args.join(' ')}`);
}

/** No stack trace, ever: no "at file:line" frames and no Node error dump. */
function expectNoStackTrace(run: Run) {
  const output = run.stdout + run.stderr;
  expect(output).not.toMatch(/^\s+at .+[(:]\d+/m);
  expect(output).not.toMatch(/node:internal|Error: .*\n\s+at /);
}

let dir: string;
let validFile: string;
let encryptedFile: string;
let passwordFile: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-cli-'));
  const dossier = sampleDossier();
  validFile = join(dir, 'loopbaandossier-sanne-2026-03-02.zip');
  await writeFile(validFile, await exportBytes(dossier));
  encryptedFile = join(dir, 'loopbaandossier-sanne-2026-03-02.enc');
  await writeFile(encryptedFile, await exportBytes(dossier, { password: 'Zomer 2026!' }));
  passwordFile = join(dir, 'wachtwoord.txt');
  await writeFile(passwordFile, 'Zomer 2026!\n');
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('dossier validate', { timeout: TEST_TIMEOUT_MS }, () => {
  it('prints a one-line summary and exits 0 for a valid dossier', async () => {
    const run = await cli('validate', validFile);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toMatch(
      /^Geldig loopbaandossier \(bestandsversie 2\) van Sanne de Vries: ervaringen 2, reflecties 1, .*foto’s 1, mentorgesprekken 1\.\n$/,
    );
  });

  it('speaks English with --lang en and JSON with --json', async () => {
    const english = await cli('validate', validFile, '--lang', 'en');
    const json = await cli('validate', validFile, '--json');
    expect(english.stdout).toMatch(
      /^Valid loopbaandossier \(file version 2\) of Sanne de Vries: experiences 2/,
    );
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      valid: true,
      formatVersion: 2,
      counts: { experiences: { live: 1, deleted: 1 }, attachments: { live: 1, deleted: 0 } },
    });
  });

  it('opens an encrypted dossier with --password-file, and says what to do without it', async () => {
    const without = await cli('validate', encryptedFile);
    const withPassword = await cli('validate', encryptedFile, '--password-file', passwordFile);
    const wrong = await cli('validate', encryptedFile, '--password-file', validFile);
    expect(without.code).toBe(1);
    expect(without.stdout).toMatch(/beveiligd met een wachtwoord/);
    expect(without.stdout).toMatch(/--password-file/);
    expect(withPassword.code).toBe(0);
    expect(withPassword.stdout).toMatch(/^Geldig loopbaandossier/);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toMatch(/Het wachtwoord klopt niet/);
  });

  it('exits 2 with the usage for wrong arguments, and 1 for a missing file', async () => {
    const noArgs = await cli();
    const badOption = await cli('validate', validFile, '--frobnicate');
    const missing = await cli('validate', join(dir, 'bestaat-niet.zip'));
    expect(noArgs.code).toBe(2);
    expect(noArgs.stderr).toMatch(/Gebruik: npm run --silent dossier --/);
    expect(badOption.code).toBe(2);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/bestaat niet/);
    for (const run of [noArgs, badOption, missing]) expectNoStackTrace(run);
  });

  describe('refuses every hostile file with exit code 1 and the user-facing message', async () => {
    for (const [index, hostile] of (await hostileCases()).entries()) {
      it(hostile.name, async () => {
        const file = join(dir, `hostile-${index}.zip`);
        if (hostile.bytes) await writeFile(file, hostile.bytes);
        else {
          // A sparse file: as large as it says on disk without using the space; the CLI must
          // refuse it from fs.stat without reading it.
          await writeFile(file, '');
          await truncate(file, hostile.size ?? 0);
        }
        const run = await cli('validate', file);
        expect(run.code).toBe(1);
        expect(run.stdout).toMatch(/^Ongeldig: /);
        expect(run.stdout).toMatch(hostile.message);
        expectNoStackTrace(run);
        if ('path' in hostile.expected && hostile.expected.path) {
          expect(run.stdout).toContain(`Plaats in het bestand: ${hostile.expected.path}`);
        }
      });
    }
  });

  it('runs as `npm run --silent dossier -- validate <file>`', async () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const run = await spawnRun(
      npm,
      ['run', '--silent', 'dossier', '--', 'validate', validFile],
      'npm run dossier',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Geldig loopbaandossier/);
  });

  it('reports the problem as JSON with its kind and path', async () => {
    const hostile = (await hostileCases()).find((c) => c.expected.kind === 'newer-version')!;
    const file = join(dir, 'newer.zip');
    await writeFile(file, hostile.bytes!);
    const run = await cli('validate', file, '--json', '--lang', 'en');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({
      valid: false,
      error: {
        kind: 'newer-version',
        fileVersion: 999,
        message: expect.stringMatching(/Update the app first/),
      },
    });
  });
});

describe('dossier inspect', { timeout: TEST_TIMEOUT_MS }, () => {
  it('prints the format version, counts per collection and the date range', async () => {
    const run = await cli('inspect', validFile);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Bestandsversie:\s+2\n/);
    expect(run.stdout).toMatch(/Periode:\s+2026-02-20 t\/m 2026-03-10\n/);
    expect(run.stdout).toMatch(/ervaringen\s+2 \(1 in de prullenbak\)\n/);
    expect(run.stdout).toMatch(/leermeterscores\s+2\n/);
  });

  it('gives machine-readable output with --json', async () => {
    const run = await cli('inspect', validFile, '--json');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({
      valid: true,
      formatVersion: 2,
      name: 'Sanne de Vries',
      complete: true,
      dateRange: { from: '2026-02-20', to: '2026-03-10' },
      counts: { leermeter: { live: 2, deleted: 0 } },
    });
  });

  it('accepts HTML and script in text fields as plain text, and prints them literally', async () => {
    const dossier = sampleDossier();
    const markup = '<script>alert(1)</script><img src=x onerror="alert(2)">';
    dossier.contents.profile = { ...dossier.contents.profile, name: `Sanne ${markup}` };
    const file = join(dir, 'markup.zip');
    await writeFile(file, await exportBytes(dossier));
    const run = await cli('validate', file);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`van Sanne ${markup}:`);
  });

  it('shows text from the file as text: terminal escapes are neutralised', async () => {
    const dossier = sampleDossier();
    dossier.contents.profile = {
      ...dossier.contents.profile,
      name: 'Evil\u001b[2J\u001b]0;pwned\u0007Name',
    };
    const file = join(dir, 'escape.zip');
    await writeFile(file, await exportBytes(dossier));
    const run = await cli('inspect', file);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).toContain('Evil?[2J?]0;pwned?Name');
  });
});
