/**
 * The hostile files every reader of dossier files must refuse cleanly, shared by the pipeline's
 * unit tests and the CLI's tests so both face exactly the same list (issue: "Hostile input").
 */
import { strToU8 } from 'fflate';
import { CURRENT_FORMAT_VERSION } from '@/dossier/format';
import { DOSSIER_LIMITS } from '@/dossier/limits';
import type { ReadFailure } from '@/dossier/result';
import {
  TINY_PNG,
  documentOf,
  exportBytes,
  rawZip,
  withDocument,
  withDocumentText,
  withEntries,
  zeroBomb,
  zeroBombSize,
  zipOf,
} from './support';

export interface HostileCase {
  name: string;
  /** The file's bytes; absent when only its size matters (written as a sparse file). */
  bytes?: Uint8Array;
  size?: number;
  expected: Partial<ReadFailure> & { kind: ReadFailure['kind'] };
  /** What the Dutch message (and so the CLI's output) says. */
  message: RegExp;
}

/** Deterministic noise (xorshift), so a failure can be reproduced. */
function noise(length: number, seed = 0x2545f491): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return bytes;
}

const NOT_A_DOSSIER = /Dit is geen loopbaandossier/;
const DAMAGED = /beschadigd of niet compleet/;

export async function hostileCases(): Promise<HostileCase[]> {
  const valid = await exportBytes();
  const photoPath = (documentOf(valid).attachments as { path: string }[])[0]!.path;
  const bombSize = DOSSIER_LIMITS.maxInflatedBytes + 10 * 1024 * 1024;
  const invalidUtf8 = new Uint8Array([
    ...strToU8('{"format":"loopbaandossier","x":"'),
    0xff,
    0xfe,
    ...strToU8('"}'),
  ]);

  return [
    {
      name: 'an empty file',
      bytes: new Uint8Array(0),
      expected: { kind: 'damaged', reason: 'empty' },
      message: /het bestand is leeg/,
    },
    {
      name: 'one byte',
      bytes: new Uint8Array([0x50]),
      expected: { kind: 'not-a-dossier' },
      message: NOT_A_DOSSIER,
    },
    {
      name: 'random bytes',
      bytes: noise(4096),
      expected: { kind: 'not-a-dossier' },
      message: NOT_A_DOSSIER,
    },
    {
      name: 'a PNG renamed to .zip',
      bytes: TINY_PNG,
      expected: { kind: 'not-a-dossier' },
      message: NOT_A_DOSSIER,
    },
    {
      name: 'a truncated ZIP',
      bytes: valid.subarray(0, Math.floor(valid.length / 2)),
      expected: { kind: 'damaged', reason: 'truncated' },
      message: /het bestand is afgebroken/,
    },
    {
      name: 'a ZIP bomb (2 MB inflating past the limit)',
      bytes: rawZip([
        {
          name: 'dossier.json',
          method: 8,
          data: zeroBomb(bombSize),
          size: zeroBombSize(bombSize),
          crc: 0,
        },
      ]),
      expected: { kind: 'too-large', what: 'inflated' },
      message: /pakt uit tot meer dan 50 MB/,
    },
    {
      name: 'a ZIP bomb whose header lies about its size',
      bytes: rawZip([
        { name: 'dossier.json', method: 8, data: zeroBomb(64 * 1024 * 1024), size: 2048, crc: 0 },
      ]),
      expected: { kind: 'damaged', reason: 'size-mismatch' },
      message: DAMAGED,
    },
    {
      name: 'a ZIP entry named ../',
      bytes: withEntries(valid, (entries) => {
        entries['../../etc/cron.d/evil'] = strToU8('x');
      }),
      expected: { kind: 'invalid-content', reason: 'unsafe-name' },
      message: /een onveilige bestandsnaam/,
    },
    {
      name: 'a ZIP entry with an absolute path',
      bytes: withEntries(valid, (entries) => {
        entries['/etc/passwd'] = strToU8('x');
      }),
      expected: { kind: 'invalid-content', reason: 'unsafe-name', path: '"/etc/passwd"' },
      message: /een onveilige bestandsnaam/,
    },
    {
      name: 'JSON nested 100,000 levels deep',
      bytes: withDocumentText(valid, `${'['.repeat(100_000)}${']'.repeat(100_000)}`),
      expected: { kind: 'invalid-content', reason: 'too-deep' },
      message: /te diep/,
    },
    {
      name: 'JSON with __proto__ keys',
      bytes: withDocumentText(
        valid,
        JSON.stringify(documentOf(valid)).replace(
          '"profile":{',
          '"profile":{"__proto__":{"polluted":true},',
        ),
      ),
      expected: { kind: 'invalid-content', reason: 'forbidden-key', path: '$.profile.__proto__' },
      message: /een verboden veldnaam/,
    },
    {
      name: 'formatVersion 999',
      bytes: withDocument(valid, (document) => {
        document.formatVersion = 999;
      }),
      expected: {
        kind: 'newer-version',
        fileVersion: 999,
        supportedVersion: CURRENT_FORMAT_VERSION,
      },
      message: /nieuwere versie van de app/,
    },
    {
      name: 'another app’s JSON in a ZIP',
      bytes: zipOf({ 'dossier.json': '{"type":"excalidraw","version":2,"elements":[]}' }),
      expected: { kind: 'not-a-dossier' },
      message: NOT_A_DOSSIER,
    },
    {
      name: 'another app’s JSON as a bare file',
      bytes: strToU8('{"type":"excalidraw","version":2,"elements":[]}'),
      expected: { kind: 'not-a-dossier' },
      message: NOT_A_DOSSIER,
    },
    {
      name: 'invalid UTF-8',
      bytes: withDocumentText(valid, invalidUtf8),
      expected: { kind: 'damaged', reason: 'encoding' },
      message: /geen geldige UTF-8/,
    },
    {
      name: 'a top-level array',
      bytes: withDocumentText(valid, '[{"format":"loopbaandossier"}]'),
      expected: { kind: 'not-a-dossier' },
      message: NOT_A_DOSSIER,
    },
    {
      name: 'a top-level null',
      bytes: withDocumentText(valid, 'null'),
      expected: { kind: 'not-a-dossier' },
      message: NOT_A_DOSSIER,
    },
    {
      name: 'an attachment whose hash does not match',
      bytes: withEntries(valid, (entries) => {
        const photo = entries[photoPath]!.slice();
        photo[photo.length - 1]! ^= 0xff;
        entries[photoPath] = photo;
      }),
      expected: { kind: 'damaged', reason: 'hash-mismatch', path: '$.attachments[0]' },
      message: /de controlecode klopt niet/,
    },
    {
      name: 'a missing attachment',
      bytes: withEntries(valid, (entries) => {
        delete entries[photoPath];
      }),
      expected: { kind: 'damaged', reason: 'missing-file', path: '$.attachments[0]' },
      message: /er ontbreekt een bijlage/,
    },
    {
      name: '10,000 records with duplicate ids',
      bytes: withDocument(valid, (document) => {
        const experience = document.experiences[0];
        document.experiences = Array.from({ length: 10_000 }, () => experience);
        document.attachments = [];
        document.experiences = document.experiences.map((item: object) => ({
          ...item,
          attachmentIds: [],
        }));
      }),
      expected: { kind: 'invalid-content', reason: 'duplicate-id', path: '$.experiences[1].id' },
      message: /een id die twee keer voorkomt/,
    },
    {
      name: 'a date that is not a date',
      bytes: withDocument(valid, (document) => {
        document.experiences[0].date = '2026-02-30';
      }),
      expected: { kind: 'invalid-content', reason: 'schema', path: '$.experiences[0].date' },
      message: /\$\.experiences\[0\]\.date/,
    },
    {
      name: 'a timestamp that is not a timestamp',
      bytes: withDocument(valid, (document) => {
        document.goals[0].updatedAt = 'gisteren';
      }),
      expected: { kind: 'invalid-content', reason: 'schema', path: '$.goals[0].updatedAt' },
      message: /\$\.goals\[0\]\.updatedAt/,
    },
    {
      name: 'a file over the size limit',
      size: DOSSIER_LIMITS.maxFileBytes + 1,
      expected: { kind: 'too-large', what: 'file' },
      message: /te groot \(201 MB\).*hoogstens 200 MB/,
    },
  ];
}
