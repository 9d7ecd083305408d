/**
 * Building dossier files for tests: valid exports made by the real serializer, and hostile ones
 * made by taking a valid export apart with fflate (independently of the reader under test).
 */
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { expect } from 'vitest';
import { markDeleted } from '@/domain';
import { fromHex } from '@/dossier/bytes';
import { readDossierFile, type ReadOptions, type ReadResult } from '@/dossier/read';
import { serializeDossier, type DossierContents } from '@/dossier/serialize';
import type { ReadFailure } from '@/dossier/result';
import {
  NOW,
  sampleAttachment,
  sampleChoice,
  sampleConversation,
  sampleExperience,
  sampleFeedback,
  sampleGoal,
  sampleMentorTalk,
  sampleProfile,
  sampleReflection,
  sampleScore,
  sampleTrait,
} from '../db/sample-records';

/** A real 2×2 PNG (75 bytes). */
export const TINY_PNG = fromHex(
  '89504e470d0a1a0a0000000d4948445200000002000000020802000000fdd49a730000001249444154789c63f8cfc0201fdf0dc24016001da4041194848cda0000000049454e44ae426082',
);

export const GENERATOR = { name: 'Loopbaandossier', version: 'test' };

export interface SampleDossier {
  contents: DossierContents;
  files: Map<string, Uint8Array>;
}

/** One or more records of every collection, a photo, and one experience in the trash. */
export function sampleDossier(): SampleDossier {
  const profile = sampleProfile();
  const bakery = sampleExperience();
  const trashed = markDeleted(
    sampleExperience({ title: 'Weggegooid', date: '2026-01-05' }),
    new Date('2026-03-01T12:00:00.000Z'),
  );
  const reflection = sampleReflection();
  const photo = sampleAttachment(bakery.id, {
    mediaType: 'image/png',
    byteSize: TINY_PNG.length,
    fileName: 'brood.png',
  });
  const withPhoto = { ...bakery, attachmentIds: [photo.id] };
  return {
    contents: {
      profile,
      experiences: [withPhoto, trashed],
      reflections: [reflection],
      goals: [sampleGoal({ sourceId: bakery.id })],
      traits: [sampleTrait({ evidenceIds: [bakery.id] })],
      choices: [sampleChoice()],
      conversations: [sampleConversation({ held: true })],
      leermeter: [sampleScore(), sampleScore({ step: 3, date: '2026-03-01' })],
      feedback: [sampleFeedback(bakery.id)],
      attachments: [photo],
      mentorTalks: [sampleMentorTalk()],
    },
    files: new Map([[photo.id, TINY_PNG]]),
  };
}

export async function exportBytes(
  dossier: SampleDossier = sampleDossier(),
  options: { password?: string; exportedAt?: Date; complete?: boolean } = {},
): Promise<Uint8Array> {
  const { bytes } = await serializeDossier(
    {
      contents: dossier.contents,
      files: dossier.files,
      exportedAt: options.exportedAt ?? NOW,
      generator: GENERATOR,
      complete: options.complete ?? true,
    },
    { password: options.password },
  );
  return bytes;
}

/** The entries of a ZIP, read with fflate directly. */
export function entriesOf(zip: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(zip);
}

/** dossier.json of a ZIP, parsed without the reader under test. */
export function documentOf(zip: Uint8Array): Record<string, unknown> {
  const json = entriesOf(zip)['dossier.json'];
  if (!json) throw new Error('no dossier.json');
  return JSON.parse(new TextDecoder().decode(json)) as Record<string, unknown>;
}

export function zipOf(entries: Record<string, Uint8Array | string>): Uint8Array {
  const files: Zippable = {};
  for (const [name, content] of Object.entries(entries)) {
    files[name] = typeof content === 'string' ? strToU8(content) : content;
  }
  return zipSync(files);
}

/** A valid export with its entries changed. */
export function withEntries(
  zip: Uint8Array,
  change: (entries: Record<string, Uint8Array>) => void,
): Uint8Array {
  const entries = entriesOf(zip);
  change(entries);
  return zipOf(entries);
}

/** A valid export with dossier.json replaced by the given text. */
export function withDocumentText(zip: Uint8Array, text: string | Uint8Array): Uint8Array {
  return withEntries(zip, (entries) => {
    entries['dossier.json'] = typeof text === 'string' ? strToU8(text) : text;
  });
}

/** A valid export with dossier.json changed (the callback gets a parsed copy to edit). */
export function withDocument(
  zip: Uint8Array,
  change: (document: Record<string, any>) => unknown, // eslint-disable-line @typescript-eslint/no-explicit-any
): Uint8Array {
  const document = documentOf(zip);
  const changed = change(document);
  return withDocumentText(zip, JSON.stringify(changed === undefined ? document : changed));
}

export async function read(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  return readDossierFile(bytes, options);
}

/** Reads the file and asserts it failed the given way. */
export async function expectFailure(
  bytes: Uint8Array,
  expected: Partial<ReadFailure> & { kind: ReadFailure['kind'] },
  options: ReadOptions = {},
): Promise<ReadResult> {
  const result = await readDossierFile(bytes, options);
  expect(result).toMatchObject(expected);
  return result;
}

export interface RawZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  /** The bytes as they lie in the archive (compressed for method 8). */
  data: Uint8Array;
  /** The size the headers declare once inflated. */
  size: number;
  crc: number;
  flags?: number;
}

/**
 * A ZIP written byte by byte, so a test can make the headers say anything (a lying size, an
 * encrypted flag, any name) that a well-behaved ZIP library would never write.
 */
export function rawZip(entries: readonly RawZipEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, entry.flags ?? 0, true);
    lv.setUint16(8, entry.method, true);
    lv.setUint32(14, entry.crc, true);
    lv.setUint32(18, entry.data.length, true);
    lv.setUint32(22, entry.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const header = new Uint8Array(46 + name.length);
    const cv = new DataView(header.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, entry.flags ?? 0, true);
    cv.setUint16(10, entry.method, true);
    cv.setUint32(16, entry.crc, true);
    cv.setUint32(20, entry.data.length, true);
    cv.setUint32(24, entry.size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    header.set(name, 46);
    parts.push(local, entry.data);
    central.push(header);
    offset += local.length + entry.data.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of all) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * A raw DEFLATE stream that inflates to `size` zero bytes (rounded up to whole copies): one
 * literal zero, then back-references of 258 bytes at distance 1, in one fixed-Huffman block.
 * 13 bits per 258 bytes: about 2 MB of stream for 310 MiB of output, built in milliseconds.
 */
export function zeroBomb(size: number): Uint8Array {
  const copies = Math.ceil(Math.max(0, size - 1) / 258);
  const out = new Uint8Array(Math.ceil((3 + 8 + copies * 13 + 7) / 8) + 1);
  let bit = 0;
  const put = (value: number, count: number) => {
    for (let i = 0; i < count; i += 1, bit += 1) {
      if ((value >> i) & 1) out[bit >> 3]! |= 1 << (bit & 7);
    }
  };
  // Huffman codes go most significant bit first.
  const code = (value: number, count: number) => {
    for (let i = count - 1; i >= 0; i -= 1, bit += 1) {
      if ((value >> i) & 1) out[bit >> 3]! |= 1 << (bit & 7);
    }
  };
  put(1, 1); // BFINAL
  put(1, 2); // BTYPE 01: fixed Huffman
  code(0x30, 8); // literal 0
  for (let i = 0; i < copies; i += 1) {
    code(0xc5, 8); // length symbol 285: 258 bytes
    code(0, 5); // distance code 0: distance 1
  }
  code(0, 7); // end of block (256)
  return out.subarray(0, (bit + 7) >> 3);
}

/** The size zeroBomb(size) really inflates to. */
export function zeroBombSize(size: number): number {
  return 1 + Math.ceil(Math.max(0, size - 1) / 258) * 258;
}
