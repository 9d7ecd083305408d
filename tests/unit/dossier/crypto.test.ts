import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '@/dossier/bytes';
import {
  DEFAULT_KDF_ITERATIONS,
  ENVELOPE_HEADER_BYTES,
  decryptEnvelope,
  encryptEnvelope,
  looksLikeEnvelope,
} from '@/dossier/crypto';
import { MAX_KDF_ITERATIONS, MIN_KDF_ITERATIONS } from '@/dossier/limits';

const ROOT = join(import.meta.dirname, '../../..');

interface KnownAnswer {
  password: string;
  iterations: number;
  saltHex: string;
  ivHex: string;
  plaintextHex: string;
  envelopeHex: string;
}
const vector = JSON.parse(
  readFileSync(join(ROOT, 'tests/fixtures/dossier/encryption-kat-fixture.json'), 'utf8'),
) as KnownAnswer;

/** Fast envelopes for tests that are not about the key derivation itself. */
const FAST = { iterations: 1000, acceptWeakIterations: true } as const;
const plain = new TextEncoder().encode('PK\u0003\u0004 pretend zip');

describe('the encryption envelope', () => {
  it('matches the known-answer vector (600,000 iterations, computed with OpenSSL)', async () => {
    expect(vector.iterations).toBe(600_000);
    const envelope = await encryptEnvelope(fromHex(vector.plaintextHex), vector.password, {
      salt: fromHex(vector.saltHex),
      iv: fromHex(vector.ivHex),
    });
    expect(toHex(envelope)).toBe(vector.envelopeHex);

    const opened = await decryptEnvelope(fromHex(vector.envelopeHex), vector.password);
    expect(opened.kind).toBe('ok');
    if (opened.kind === 'ok') expect(toHex(opened.plain)).toBe(vector.plaintextHex);
  }, 30_000);

  it('uses at least 600,000 iterations and fresh salt and IV by default', async () => {
    expect(DEFAULT_KDF_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const first = await encryptEnvelope(plain, 'geheim wachtwoord');
    const second = await encryptEnvelope(plain, 'geheim wachtwoord');
    const view = new DataView(first.buffer, first.byteOffset);
    expect(view.getUint32(10, false)).toBe(DEFAULT_KDF_ITERATIONS);
    expect(toHex(first.subarray(15, 43))).not.toBe(toHex(second.subarray(15, 43)));
    expect(looksLikeEnvelope(first)).toBe(true);
    expect(first.length).toBe(ENVELOPE_HEADER_BYTES + plain.length + 16);
  }, 30_000);

  it('opens with the right password and says so for a wrong one', async () => {
    const envelope = await encryptEnvelope(plain, 'Zomer2026!', FAST);
    expect(await decryptEnvelope(envelope, 'Zomer2026!', FAST)).toEqual({ kind: 'ok', plain });
    expect(await decryptEnvelope(envelope, 'zomer2026!', FAST)).toEqual({ kind: 'wrong-password' });
    expect(await decryptEnvelope(envelope, '', FAST)).toEqual({ kind: 'wrong-password' });
  });

  it('treats the password in NFC, so é typed either way opens the file', async () => {
    const envelope = await encryptEnvelope(plain, 'caf\u00e9', FAST);
    expect((await decryptEnvelope(envelope, 'cafe\u0301', FAST)).kind).toBe('ok');
  });

  it('binds the header: changing any header byte makes decryption fail', async () => {
    const envelope = await encryptEnvelope(plain, 'geheim', FAST);
    // A changed salt or IV byte (an iteration change is refused before decrypting at all).
    for (const index of [15, 30, 31, 42]) {
      const tampered = envelope.slice();
      tampered[index]! ^= 1;
      expect(await decryptEnvelope(tampered, 'geheim', FAST)).toEqual({ kind: 'wrong-password' });
    }
    const ciphertext = envelope.slice();
    ciphertext[ENVELOPE_HEADER_BYTES + 2]! ^= 1;
    expect(await decryptEnvelope(ciphertext, 'geheim', FAST)).toEqual({ kind: 'wrong-password' });
  });

  it('refuses envelopes with fewer than 600,000 iterations unless a test asks', async () => {
    const weak = await encryptEnvelope(plain, 'geheim', FAST);
    expect(await decryptEnvelope(weak, 'geheim')).toMatchObject({
      kind: 'unsupported-encryption',
    });
    await expect(encryptEnvelope(plain, 'geheim', { iterations: 1000 })).rejects.toThrow(
      RangeError,
    );
    expect(MIN_KDF_ITERATIONS).toBe(600_000);
  });

  it('refuses an iteration count that would make key derivation hang', async () => {
    const envelope = await encryptEnvelope(plain, 'geheim', FAST);
    const huge = envelope.slice();
    new DataView(huge.buffer).setUint32(10, MAX_KDF_ITERATIONS + 1, false);
    expect(await decryptEnvelope(huge, 'geheim')).toMatchObject({ kind: 'unsupported-encryption' });
    new DataView(huge.buffer).setUint32(10, 0xffffffff, false);
    expect(await decryptEnvelope(huge, 'geheim', FAST)).toMatchObject({
      kind: 'unsupported-encryption',
    });
  });

  it('refuses unknown envelope versions, key derivations and ciphers, and short envelopes', async () => {
    const envelope = await encryptEnvelope(plain, 'geheim', FAST);
    for (const index of [8, 9, 14]) {
      const changed = envelope.slice();
      changed[index] = 7;
      expect(await decryptEnvelope(changed, 'geheim', FAST)).toMatchObject({
        kind: 'unsupported-encryption',
      });
    }
    expect(await decryptEnvelope(envelope.subarray(0, 50), 'geheim', FAST)).toMatchObject({
      kind: 'damaged',
      reason: 'truncated',
    });
  });

  it('refuses an empty password when encrypting', async () => {
    await expect(encryptEnvelope(plain, '', FAST)).rejects.toThrow(RangeError);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(vue|ts|mts|mjs)$/.test(entry) ? [path] : [];
  });
}

describe('the test-only options', () => {
  it('are passed by no app or CLI code (only the envelope and the read pipeline know them)', () => {
    const allowed = new Set(['src/dossier/crypto.ts', 'src/dossier/read.ts']);
    const offenders = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'scripts'))]
      .map((file) => file.slice(ROOT.length + 1))
      .filter((file) => !allowed.has(file))
      .filter((file) =>
        /insecureTestOptions|InsecureTestOptions|acceptWeakIterations/.test(
          readFileSync(join(ROOT, file), 'utf8'),
        ),
      );
    expect(offenders).toEqual([]);
  });
});
