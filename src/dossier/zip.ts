/**
 * The ZIP container. Writing uses fflate. Reading walks the central directory itself first, so
 * every limit (entry count, declared sizes, names) is checked before a single byte is inflated.
 * fflate then inflates each entry in small steps into a buffer of its declared size, stopping as
 * soon as the output would grow past it, so a header that lies about its size cannot turn a ZIP
 * bomb into a memory or CPU sink. The CRC-32 of every entry is verified.
 * Only what dossier files need is supported: stored or deflated entries, no ZIP64, no ZIP
 * encryption (dossier encryption is the envelope in ./crypto.ts), one disk.
 */
import { Inflate, zipSync, type Zippable } from 'fflate';
import { crc32 } from './bytes';
import { DOCUMENT_ENTRY } from './format';
import type { DossierLimits } from './limits';
import type { ReadFailure } from './result';

export interface ZipInput {
  name: string;
  bytes: Uint8Array;
  /** Deflate it (text); photos are already compressed and are stored as they are. */
  compress: boolean;
}

/** Builds the ZIP. The entries' time is the export time, so a file says when it was made. */
export function writeZip(entries: readonly ZipInput[], mtime: Date): Uint8Array<ArrayBuffer> {
  const files: Zippable = {};
  for (const entry of entries) {
    files[entry.name] = [entry.bytes, { level: entry.compress ? 6 : 0, mtime }];
  }
  return zipSync(files);
}

export type ZipReadResult =
  { kind: 'ok'; entries: Map<string, Uint8Array<ArrayBuffer>> } | ReadFailure;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const MAX_NAME_LENGTH = 255;

const utf8 = new TextDecoder('utf-8', { fatal: true });

interface CentralEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function damaged(
  reason: 'truncated' | 'zip-structure' | 'checksum',
  detail: string,
  path: string | null = null,
): ReadFailure {
  return { kind: 'damaged', reason, path, detail };
}

/**
 * Why an entry name is unsafe to use, or null when it is fine. Names are only ever compared
 * with the expected ones, never used as paths, but a file that carries such a name was not made
 * by a dossier writer and is refused as a whole.
 */
export function unsafeNameReason(name: string): string | null {
  if (name.length === 0) return 'empty name';
  if (name.length > MAX_NAME_LENGTH) return 'name too long';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'absolute path';
  if (name.includes('\\')) return 'backslash in name';
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'control character in name';
  const segments = name.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return 'relative path';
  if (segments.slice(0, -1).some((segment) => segment === '')) return 'empty path segment';
  return null;
}

function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let offset = bytes.length - EOCD_SIZE; offset >= lowest; offset -= 1) {
    if (view.getUint32(offset, true) === EOCD_SIGNATURE) return offset;
  }
  return -1;
}

function readCentralDirectory(
  bytes: Uint8Array,
  limits: DossierLimits,
): { kind: 'ok'; entries: CentralEntry[] } | ReadFailure {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < EOCD_SIZE) return damaged('truncated', 'shorter than a ZIP end record');
  const eocd = findEndOfCentralDirectory(bytes, view);
  if (eocd < 0) return damaged('truncated', 'no ZIP end record: the file was cut short');

  const diskNumber = view.getUint16(eocd + 4, true);
  const directoryDisk = view.getUint16(eocd + 6, true);
  const entriesOnDisk = view.getUint16(eocd + 8, true);
  const entryCount = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (entryCount === 0xffff || directoryOffset === 0xffffffff || directorySize === 0xffffffff) {
    return damaged('zip-structure', 'ZIP64 archives are not dossier files');
  }
  if (diskNumber !== 0 || directoryDisk !== 0 || entriesOnDisk !== entryCount) {
    return damaged('zip-structure', 'multi-part ZIP archives are not dossier files');
  }
  if (entryCount > limits.maxZipEntries) {
    return { kind: 'too-large', what: 'entries', limit: limits.maxZipEntries, actual: entryCount };
  }
  if (directoryOffset + directorySize > eocd) {
    return damaged('truncated', 'the ZIP directory lies outside the file');
  }

  const entries: CentralEntry[] = [];
  const names = new Set<string>();
  let declaredTotal = 0;
  let offset = directoryOffset;
  for (let index = 0; index < entryCount; index += 1) {
    if (offset + 46 > eocd || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) {
      return damaged('zip-structure', `ZIP directory entry ${index + 1} is broken`);
    }
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const crc = view.getUint32(offset + 16, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localOffset = view.getUint32(offset + 42, true);
    const nameEnd = offset + 46 + nameLength;
    if (nameEnd > eocd)
      return damaged('zip-structure', `ZIP directory entry ${index + 1} is broken`);

    let name: string;
    try {
      name = utf8.decode(bytes.subarray(offset + 46, nameEnd));
    } catch {
      return {
        kind: 'invalid-content',
        reason: 'unsafe-name',
        path: `zip entry ${index + 1}`,
        detail: 'entry name is not valid UTF-8',
      };
    }
    const unsafe = unsafeNameReason(name);
    if (unsafe) {
      return {
        kind: 'invalid-content',
        reason: 'unsafe-name',
        path: JSON.stringify(name),
        detail: unsafe,
      };
    }
    if (flags & 0x1) return damaged('zip-structure', 'ZIP entries must not be ZIP-encrypted', name);
    if (method !== 0 && method !== 8) {
      return damaged('zip-structure', `unsupported compression method ${method}`, name);
    }
    if (names.has(name)) return damaged('zip-structure', 'the same entry appears twice', name);
    names.add(name);
    const entryLimit = name === DOCUMENT_ENTRY ? limits.maxJsonBytes : limits.maxInflatedBytes;
    if (size > entryLimit) {
      return { kind: 'too-large', what: 'inflated', limit: entryLimit, actual: size };
    }
    declaredTotal += size;
    if (declaredTotal > limits.maxInflatedBytes) {
      return {
        kind: 'too-large',
        what: 'inflated',
        limit: limits.maxInflatedBytes,
        actual: declaredTotal,
      };
    }
    entries.push({ name, method, crc, compressedSize, size, localOffset });
    offset = nameEnd + extraLength + commentLength;
  }
  return { kind: 'ok', entries };
}

/** Compressed bytes fed to the inflater at a time; bounds the output of one step to ~16 MiB. */
const INFLATE_STEP = 16 * 1024;

function inflateBounded(
  compressed: Uint8Array,
  size: number,
): Uint8Array<ArrayBuffer> | 'overflow' | 'broken' {
  const out = new Uint8Array(size);
  if (compressed.length === 0) return size === 0 ? out : 'broken';
  let written = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (overflow) return;
    if (written + chunk.length > size) {
      overflow = true;
      return;
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    for (let at = 0; at < compressed.length && !overflow; at += INFLATE_STEP) {
      const end = Math.min(at + INFLATE_STEP, compressed.length);
      inflater.push(compressed.subarray(at, end), end === compressed.length);
    }
  } catch {
    return 'broken';
  }
  if (overflow) return 'overflow';
  return written === size ? out : 'broken';
}

function extractEntry(
  bytes: Uint8Array,
  entry: CentralEntry,
): Uint8Array<ArrayBuffer> | ReadFailure {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_SIGNATURE) {
    return damaged('zip-structure', 'the entry is not where the ZIP directory says', entry.name);
  }
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return damaged('truncated', 'the entry was cut short', entry.name);
  const compressed = bytes.subarray(start, end);

  let data: Uint8Array<ArrayBuffer>;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) {
      return damaged('zip-structure', 'stored entry sizes disagree', entry.name);
    }
    data = compressed.slice();
  } else {
    const inflated = inflateBounded(compressed, entry.size);
    if (inflated === 'overflow') {
      return {
        kind: 'damaged',
        reason: 'size-mismatch',
        path: entry.name,
        detail: 'the entry inflates to more than its declared size',
      };
    }
    if (inflated === 'broken') {
      return damaged('truncated', 'the compressed data ends too early or is broken', entry.name);
    }
    data = inflated;
  }
  if (data.length !== entry.size || crc32(data) !== entry.crc) {
    return damaged('checksum', 'the entry does not match its checksum', entry.name);
  }
  return data;
}

/**
 * Reads every entry of a dossier ZIP within the limits. Directory entries are skipped; names are
 * checked for path tricks (`..`, absolute paths) and refused rather than cleaned up.
 */
export function readZip(bytes: Uint8Array, limits: DossierLimits): ZipReadResult {
  const directory = readCentralDirectory(bytes, limits);
  if (directory.kind !== 'ok') return directory;
  const entries = new Map<string, Uint8Array<ArrayBuffer>>();
  for (const entry of directory.entries) {
    if (entry.name.endsWith('/')) continue;
    const data = extractEntry(bytes, entry);
    if (!(data instanceof Uint8Array)) return data;
    entries.set(entry.name, data);
  }
  return { kind: 'ok', entries };
}
