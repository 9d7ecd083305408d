import { inflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32 } from '@/dossier/bytes';
import { DOSSIER_LIMITS } from '@/dossier/limits';
import { readZip, unsafeNameReason, writeZip } from '@/dossier/zip';
import { rawZip, zeroBomb, zeroBombSize, zipOf } from './support';

const text = (value: string) => strToU8(value);

describe('crc32', () => {
  it('gives the standard check value', () => {
    // The CRC-32 check value of "123456789" from the CRC catalogue.
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});

describe('writeZip and readZip', () => {
  it('round-trip stored and deflated entries', () => {
    const photo = new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]);
    const zip = writeZip(
      [
        { name: 'dossier.json', bytes: text('{"a":1}'.repeat(100)), compress: true },
        { name: 'attachments/x.jpg', bytes: photo, compress: false },
      ],
      new Date('2026-03-02T10:00:00Z'),
    );
    const result = readZip(zip, DOSSIER_LIMITS);
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect([...result.entries.keys()]).toEqual(['dossier.json', 'attachments/x.jpg']);
    expect(new TextDecoder().decode(result.entries.get('dossier.json'))).toBe(
      '{"a":1}'.repeat(100),
    );
    expect(result.entries.get('attachments/x.jpg')).toEqual(photo);
  });

  it('refuses more entries than the limit before reading any', () => {
    const zip = zipOf({ a: 'x', b: 'y', c: 'z' });
    expect(readZip(zip, { ...DOSSIER_LIMITS, maxZipEntries: 2 })).toMatchObject({
      kind: 'too-large',
      what: 'entries',
      limit: 2,
      actual: 3,
    });
  });

  it('refuses a bomb whose headers tell the truth, before inflating it', () => {
    const size = 310 * 1024 * 1024;
    const stream = zeroBomb(size);
    expect(stream.length).toBeLessThan(3 * 1024 * 1024);
    const zip = rawZip([
      { name: 'attachments/a.png', method: 8, data: stream, size: zeroBombSize(size), crc: 0 },
    ]);
    expect(readZip(zip, DOSSIER_LIMITS)).toMatchObject({ kind: 'too-large', what: 'inflated' });
  });

  it('stops inflating a bomb whose headers lie about its size', () => {
    const stream = zeroBomb(64 * 1024 * 1024);
    const zip = rawZip([{ name: 'dossier.json', method: 8, data: stream, size: 1000, crc: 0 }]);
    const started = performance.now();
    expect(readZip(zip, DOSSIER_LIMITS)).toMatchObject({
      kind: 'damaged',
      reason: 'size-mismatch',
      path: 'dossier.json',
    });
    // It stops at the first step past the declared size instead of inflating 64 MiB.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('the bomb stream really inflates to what it claims', () => {
    const stream = zeroBomb(100_000);
    const inflated = inflateSync(stream);
    expect(inflated.length).toBe(zeroBombSize(100_000));
    expect(inflated.every((byte) => byte === 0)).toBe(true);
  });

  it('counts every declared size towards the total', () => {
    const big = new Uint8Array(600);
    const zip = zipOf({ 'attachments/a': big, 'attachments/b': big });
    expect(readZip(zip, { ...DOSSIER_LIMITS, maxInflatedBytes: 1000 })).toMatchObject({
      kind: 'too-large',
      what: 'inflated',
      actual: 1200,
    });
  });

  it('holds dossier.json to its own, smaller limit', () => {
    const zip = zipOf({ 'dossier.json': new Uint8Array(2000) });
    expect(readZip(zip, { ...DOSSIER_LIMITS, maxJsonBytes: 1000 })).toMatchObject({
      kind: 'too-large',
      what: 'inflated',
      limit: 1000,
    });
  });

  it.each([
    ['../evil.txt', 'relative path'],
    ['attachments/../../evil.txt', 'relative path'],
    ['/etc/passwd', 'absolute path'],
    ['C:/Windows/evil.txt', 'absolute path'],
    ['attachments\\evil.txt', 'backslash in name'],
    ['a//b', 'empty path segment'],
  ])('refuses the entry name %s', (name, reason) => {
    expect(unsafeNameReason(name)).toBe(reason);
    const zip = zipOf({ 'dossier.json': '{}', [name]: 'x' });
    expect(readZip(zip, DOSSIER_LIMITS)).toMatchObject({
      kind: 'invalid-content',
      reason: 'unsafe-name',
      path: JSON.stringify(name),
    });
  });

  it('accepts ordinary names', () => {
    expect(unsafeNameReason('dossier.json')).toBeNull();
    expect(unsafeNameReason('attachments/0a1b.jpg')).toBeNull();
    expect(unsafeNameReason('attachments/')).toBeNull();
  });

  it('refuses a cut-off archive', () => {
    const zip = zipOf({ 'dossier.json': 'x'.repeat(5000) });
    expect(readZip(zip.subarray(0, zip.length - 10), DOSSIER_LIMITS)).toMatchObject({
      kind: 'damaged',
      reason: 'truncated',
    });
    expect(readZip(zip.subarray(0, 40), DOSSIER_LIMITS)).toMatchObject({ kind: 'damaged' });
  });

  it('notices a changed byte through the checksum', () => {
    const content = text('x'.repeat(100));
    const zip = rawZip([
      { name: 'a.txt', method: 0, data: content, size: 100, crc: crc32(content) ^ 1 },
    ]);
    expect(readZip(zip, DOSSIER_LIMITS)).toMatchObject({ kind: 'damaged', reason: 'checksum' });
  });

  it('refuses ZIP-encrypted entries, unknown methods and duplicate names', () => {
    const content = text('x');
    const entry = { name: 'a', method: 0, data: content, size: 1, crc: crc32(content) };
    expect(readZip(rawZip([{ ...entry, flags: 1 }]), DOSSIER_LIMITS)).toMatchObject({
      kind: 'damaged',
      reason: 'zip-structure',
    });
    expect(readZip(rawZip([{ ...entry, method: 14 }]), DOSSIER_LIMITS)).toMatchObject({
      kind: 'damaged',
      reason: 'zip-structure',
    });
    expect(readZip(rawZip([entry, entry]), DOSSIER_LIMITS)).toMatchObject({
      kind: 'damaged',
      reason: 'zip-structure',
      detail: 'the same entry appears twice',
    });
  });

  it('refuses a name that is not UTF-8', () => {
    const zip = zipOf({ 'dossier.json': '{}' });
    // Overwrite the first byte of the name in the central directory with an invalid byte.
    const at = zip.lastIndexOf(0x64 /* d */, zip.length - 22 - 'ossier.json'.length);
    const broken = zip.slice();
    broken[at] = 0xff;
    expect(readZip(broken, DOSSIER_LIMITS)).toMatchObject({
      kind: 'invalid-content',
      reason: 'unsafe-name',
    });
  });
});
