import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { failureMessage } from '@/dossier/messages';
import { readFeedbackFile } from '@/dossier/feedback/read';
import { buildFeedbackFile, feedbackFileName } from '@/dossier/feedback/serialize';
import { DOSSIER_LIMITS } from '@/dossier/limits';
import type { ReadFailure } from '@/dossier/result';
import nl from '@/locales/nl/feedback';
import { exportBytes, rawZip, zeroBomb, zeroBombSize } from '../dossier/support';
import { feedbackBytes, feedbackJsonOf, sampleFeedbackFor, withFeedbackJson } from './support';

describe('writing and reading a feedback file', () => {
  it('reads back exactly the document that was written', async () => {
    const { document } = sampleFeedbackFor();
    const bytes = await buildFeedbackFile(document);
    expect(Object.keys(unzipSync(bytes))).toEqual(['feedback.json']);
    const result = await readFeedbackFile(bytes);
    expect(result).toEqual({
      kind: 'ok',
      feedback: document,
      encrypted: false,
      sourceFormatVersion: 1,
    });
  });

  it('gives the same bytes for the same feedback, whatever the order of the records', async () => {
    const { document } = sampleFeedbackFor(undefined, {});
    const reversed = { ...document, feedback: [...document.feedback].reverse() };
    expect(await buildFeedbackFile(reversed)).toEqual(await buildFeedbackFile(document));
  });

  it('reads an encrypted file only with the right password', async () => {
    const { document } = sampleFeedbackFor();
    const bytes = await buildFeedbackFile(document, { password: 'geheim-1234' });
    expect(await readFeedbackFile(bytes)).toEqual({ kind: 'password-required' });
    expect(await readFeedbackFile(bytes, { password: 'fout' })).toEqual({
      kind: 'wrong-password',
    });
    expect(await readFeedbackFile(bytes, { password: 'geheim-1234' })).toMatchObject({
      kind: 'ok',
      feedback: document,
      encrypted: true,
    });
  });

  it('refuses to write a file the reader would refuse', async () => {
    const { document } = sampleFeedbackFor();
    const pupilScore = { ...document.leermeter[0]!, scoredBy: 'leerling' as const };
    await expect(buildFeedbackFile({ ...document, leermeter: [pupilScore] })).rejects.toThrow();
    const twice = [document.feedback[0]!, document.feedback[0]!];
    await expect(buildFeedbackFile({ ...document, feedback: twice })).rejects.toThrow(/twice/);
  });

  it('names the file by day and encryption', () => {
    const day = new Date(2026, 10, 25, 14, 0);
    expect(feedbackFileName(day, false)).toBe('loopbaanfeedback-2026-11-25.zip');
    expect(feedbackFileName(day, true)).toBe('loopbaanfeedback-2026-11-25.enc');
  });
});

interface Case {
  name: string;
  bytes: () => Promise<Uint8Array>;
  expected: Partial<ReadFailure> & { kind: ReadFailure['kind'] };
}

const valid = () => feedbackBytes();
const bombSize = DOSSIER_LIMITS.maxInflatedBytes + 10 * 1024 * 1024;

const HOSTILE: Case[] = [
  {
    name: 'an empty file',
    bytes: async () => new Uint8Array(0),
    expected: { kind: 'damaged', reason: 'empty' },
  },
  {
    name: 'a truncated file',
    bytes: async () => (await valid()).subarray(0, 40),
    expected: { kind: 'damaged' },
  },
  {
    name: 'a ZIP bomb',
    bytes: async () =>
      rawZip([
        {
          name: 'feedback.json',
          method: 8,
          data: zeroBomb(bombSize),
          size: zeroBombSize(bombSize),
          crc: 0,
        },
      ]),
    expected: { kind: 'too-large', what: 'inflated' },
  },
  {
    name: 'a ZIP entry named ../',
    bytes: async () =>
      zipSync({ ...unzipSync(await valid()), '../../evil.sh': strToU8('rm -rf /') }),
    expected: { kind: 'invalid-content', reason: 'unsafe-name' },
  },
  {
    name: 'a second entry beside feedback.json',
    bytes: async () => zipSync({ ...unzipSync(await valid()), 'extra.txt': strToU8('x') }),
    expected: { kind: 'invalid-content', reason: 'unexpected-file', path: '"extra.txt"' },
  },
  {
    name: 'JSON nested 100,000 levels deep',
    bytes: async () =>
      zipSync({ 'feedback.json': strToU8(`${'['.repeat(100_000)}${']'.repeat(100_000)}`) }),
    expected: { kind: 'invalid-content', reason: 'too-deep' },
  },
  {
    name: 'a __proto__ key',
    bytes: async () => {
      const text = JSON.stringify(feedbackJsonOf(await valid())).replace(
        '"author":{',
        '"author":{"__proto__":{"polluted":true},',
      );
      return zipSync({ 'feedback.json': strToU8(text) });
    },
    expected: { kind: 'invalid-content', reason: 'forbidden-key', path: '$.author.__proto__' },
  },
  {
    name: 'formatVersion 999',
    bytes: async () =>
      withFeedbackJson(await valid(), (document) => {
        document.formatVersion = 999;
      }),
    expected: { kind: 'newer-version', fileVersion: 999, supportedVersion: 1 },
  },
  {
    name: 'a dossier file instead of a feedback file',
    bytes: () => exportBytes(),
    expected: { kind: 'not-a-dossier' },
  },
  {
    name: 'a feedback.json of another format',
    bytes: async () =>
      withFeedbackJson(await valid(), (document) => {
        document.format = 'loopbaandossier';
      }),
    expected: { kind: 'not-a-dossier' },
  },
  {
    name: 'an unknown field in a comment',
    bytes: async () =>
      withFeedbackJson(await valid(), (document) => {
        document.feedback[0].html = '<script>alert(1)</script>';
      }),
    expected: { kind: 'invalid-content', reason: 'unknown-key', path: '$.feedback[0].html' },
  },
  {
    name: 'a score that claims to be the pupil’s own',
    bytes: async () =>
      withFeedbackJson(await valid(), (document) => {
        document.leermeter[0].scoredBy = 'leerling';
      }),
    expected: { kind: 'invalid-content', reason: 'schema', path: '$.leermeter[0].scoredBy' },
  },
  {
    name: 'an id twice in one collection',
    bytes: async () =>
      withFeedbackJson(await valid(), (document) => {
        document.mentorTalks.push(document.mentorTalks[0]);
      }),
    expected: { kind: 'invalid-content', reason: 'duplicate-id', path: '$.mentorTalks[1].id' },
  },
  {
    name: 'a dossierId that is not a uuid',
    bytes: async () =>
      withFeedbackJson(await valid(), (document) => {
        document.dossierId = '../../other';
      }),
    expected: { kind: 'invalid-content', reason: 'schema', path: '$.dossierId' },
  },
];

describe('hostile feedback files', () => {
  it.each(HOSTILE)('refuses $name with a message', async ({ bytes, expected }) => {
    const result = await readFeedbackFile(await bytes());
    expect(result).toMatchObject(expected);
    if (result.kind === 'ok') return;
    const message = failureMessage(result, 'feedback');
    expect(message.key).toMatch(/^(dossierFile|feedback)\.errors\./);
  });

  it('words a file that is not a feedback file as such, in the feedback messages', async () => {
    const result = await readFeedbackFile(new Uint8Array([1, 2, 3]));
    expect(result.kind).toBe('not-a-dossier');
    if (result.kind === 'ok') return;
    const { key } = failureMessage(result, 'feedback');
    expect(key).toBe('feedback.errors.notADossier');
    expect(nl.feedback.errors.notADossier).toMatch(/geen feedbackbestand/);
  });
});
