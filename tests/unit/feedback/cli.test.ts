/**
 * The command-line validator recognises a feedback file by its content and checks it with the
 * same pipeline as the app; run as a real process on the committed fixtures.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedbackBytes, withFeedbackJson } from './support';

const ROOT = join(import.meta.dirname, '../../..');
const CLI = join(ROOT, 'scripts/dossier-cli.ts');
const FIXTURES = join(ROOT, 'tests/fixtures/feedback');
const PLAIN = join(FIXTURES, 'loopbaanfeedback-v1-fixture.zip');
const ENCRYPTED = join(FIXTURES, 'loopbaanfeedback-v1-encrypted-fixture.enc');

interface Run {
  code: number | null;
  stdout: string;
}

function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`dossier ${args.join(' ')} did not finish in time`));
    }, 20_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout });
    });
  });
}

let dir: string;
let passwordFile: string;
let brokenFile: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'feedback-cli-'));
  passwordFile = join(dir, 'wachtwoord.txt');
  await writeFile(passwordFile, 'fixture-wachtwoord\n');
  brokenFile = join(dir, 'loopbaanfeedback-broken.zip');
  await writeFile(
    brokenFile,
    withFeedbackJson(await feedbackBytes(), (document) => {
      document.feedback[0].html = '<b>x</b>';
    }),
  );
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('dossier validate/inspect on a feedback file', { timeout: 90_000 }, () => {
  it('validates the fixture and says it is a feedback file, for which dossier, from whom', async () => {
    const run = await cli('validate', PLAIN);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'Geldig feedbackbestand (bestandsversie 1) van Dhr. Bakker voor dossier 00000000-0000-4000-8000-0000000000d1: opmerkingen 1, leermeterscores 1, vastgelegde gesprekken 1.\n',
    );
    const json = await cli('validate', PLAIN, '--json');
    expect(JSON.parse(json.stdout)).toEqual({
      valid: true,
      kind: 'feedback',
      formatVersion: 1,
      counts: { feedback: 1, leermeter: 1, mentorTalks: 1 },
    });
  });

  it('inspects an encrypted feedback file with its password', async () => {
    const without = await cli('inspect', ENCRYPTED);
    expect(without.code).toBe(1);
    const run = await cli('inspect', ENCRYPTED, '--password-file', passwordFile, '--lang', 'en');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Kind:\s+feedback file\n/);
    expect(run.stdout).toMatch(/Encrypted:\s+yes\n/);
    expect(run.stdout).toMatch(/From:\s+Dhr\. Bakker \(mentor\)\n/);
    expect(run.stdout).toMatch(/recorded talks\s+1\n/);
  });

  it('refuses a broken feedback file with the path of the problem', async () => {
    const run = await cli('validate', brokenFile);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^Ongeldig: /);
    expect(run.stdout).toContain('$.feedback[0].html');
  });
});
