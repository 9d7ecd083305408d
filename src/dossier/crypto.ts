/**
 * The password envelope around an encrypted dossier file: AES-256-GCM with a key derived by
 * PBKDF2-HMAC-SHA256, all through WebCrypto (browsers, and Node 20 for the CLI). The envelope
 * encrypts the whole ZIP, so file names and photo metadata are hidden too.
 *
 * Layout (docs/dossier-format.md), all integers big-endian:
 *   0  8   magic "LBDOSENC"
 *   8  1   envelope version (1)
 *   9  1   key derivation: 1 = PBKDF2-HMAC-SHA256
 *  10  4   PBKDF2 iterations
 *  14  1   cipher: 1 = AES-256-GCM (128-bit tag)
 *  15 16   salt (random)
 *  31 12   IV (random)
 *  43  …   ciphertext followed by the 16-byte GCM tag
 * The 43 header bytes are the additional authenticated data, so changing any of them (say, the
 * iteration count) makes decryption fail instead of silently weakening anything.
 */
import { bufferView } from './bytes';
import { MAX_KDF_ITERATIONS, MIN_KDF_ITERATIONS } from './limits';

const MAGIC = [0x4c, 0x42, 0x44, 0x4f, 0x53, 0x45, 0x4e, 0x43]; // "LBDOSENC"
export const ENVELOPE_VERSION = 1;
const KDF_PBKDF2_SHA256 = 1;
const CIPHER_AES_256_GCM = 1;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const ENVELOPE_HEADER_BYTES = 43;

/** What the app and the CLI always use; the decrypter refuses anything lower. */
export const DEFAULT_KDF_ITERATIONS = MIN_KDF_ITERATIONS;

/**
 * FOR TESTS ONLY. Lets a test fix the salt and IV (for the known-answer vector) and use fewer
 * PBKDF2 iterations than the floor (so tests stay fast). Nothing in src/ or scripts/ may pass
 * this: a unit test fails if any file outside this module and the read pipeline mentions it.
 * A file cannot switch it on; only the calling code can.
 */
export interface InsecureTestOptions {
  iterations?: number;
  salt?: Uint8Array;
  iv?: Uint8Array;
  acceptWeakIterations?: boolean;
}

export type DecryptResult =
  | { kind: 'ok'; plain: Uint8Array<ArrayBuffer> }
  | { kind: 'wrong-password' }
  | { kind: 'unsupported-encryption'; detail: string }
  | { kind: 'damaged'; reason: 'truncated'; path: null; detail: string };

export function looksLikeEnvelope(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.every((byte, i) => bytes[i] === byte);
}

/** Passwords are NFC-normalised, so "é" typed on any keyboard gives the same key. */
function passwordBytes(password: string): Uint8Array {
  return new TextEncoder().encode(password.normalize('NFC'));
}

async function deriveKey(
  password: string,
  salt: Uint8Array,
  iterations: number,
): Promise<CryptoKey> {
  const subtle = globalThis.crypto.subtle;
  const material = await subtle.importKey(
    'raw',
    bufferView(passwordBytes(password)),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: bufferView(salt), iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function iterationsAllowed(iterations: number, acceptWeak: boolean): boolean {
  return (
    (acceptWeak ? iterations >= 1 : iterations >= MIN_KDF_ITERATIONS) &&
    iterations <= MAX_KDF_ITERATIONS
  );
}

export async function encryptEnvelope(
  plain: Uint8Array,
  password: string,
  insecureTestOptions: InsecureTestOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  if (password.length === 0) throw new RangeError('An empty password protects nothing');
  const iterations = insecureTestOptions.iterations ?? DEFAULT_KDF_ITERATIONS;
  if (
    !Number.isInteger(iterations) ||
    !iterationsAllowed(iterations, insecureTestOptions.acceptWeakIterations === true)
  ) {
    throw new RangeError(
      `PBKDF2 iterations must be between ${MIN_KDF_ITERATIONS} and ${MAX_KDF_ITERATIONS}`,
    );
  }
  const salt =
    insecureTestOptions.salt ?? globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = insecureTestOptions.iv ?? globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  if (salt.length !== SALT_BYTES || iv.length !== IV_BYTES)
    throw new RangeError('Bad salt or IV length');

  const header = new Uint8Array(ENVELOPE_HEADER_BYTES);
  const view = new DataView(header.buffer);
  header.set(MAGIC, 0);
  header[8] = ENVELOPE_VERSION;
  header[9] = KDF_PBKDF2_SHA256;
  view.setUint32(10, iterations, false);
  header[14] = CIPHER_AES_256_GCM;
  header.set(salt, 15);
  header.set(iv, 31);

  const key = await deriveKey(password, salt, iterations);
  const sealed = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: bufferView(iv), additionalData: header, tagLength: TAG_BYTES * 8 },
    key,
    bufferView(plain),
  );
  const envelope = new Uint8Array(ENVELOPE_HEADER_BYTES + sealed.byteLength);
  envelope.set(header, 0);
  envelope.set(new Uint8Array(sealed), ENVELOPE_HEADER_BYTES);
  return envelope;
}

export async function decryptEnvelope(
  envelope: Uint8Array,
  password: string,
  insecureTestOptions: Pick<InsecureTestOptions, 'acceptWeakIterations'> = {},
): Promise<DecryptResult> {
  if (envelope.length < ENVELOPE_HEADER_BYTES + TAG_BYTES || !looksLikeEnvelope(envelope)) {
    return {
      kind: 'damaged',
      reason: 'truncated',
      path: null,
      detail: 'the encrypted file was cut short',
    };
  }
  const header = envelope.slice(0, ENVELOPE_HEADER_BYTES);
  const view = new DataView(header.buffer);
  if (header[8] !== ENVELOPE_VERSION) {
    return { kind: 'unsupported-encryption', detail: `envelope version ${header[8]}` };
  }
  if (header[9] !== KDF_PBKDF2_SHA256 || header[14] !== CIPHER_AES_256_GCM) {
    return {
      kind: 'unsupported-encryption',
      detail: `key derivation ${header[9]}, cipher ${header[14]}`,
    };
  }
  const iterations = view.getUint32(10, false);
  if (!iterationsAllowed(iterations, insecureTestOptions.acceptWeakIterations === true)) {
    return {
      kind: 'unsupported-encryption',
      detail: `${iterations} PBKDF2 iterations (allowed: ${MIN_KDF_ITERATIONS} to ${MAX_KDF_ITERATIONS})`,
    };
  }
  const salt = header.subarray(15, 31);
  const iv = header.subarray(31, 43);
  const key = await deriveKey(password, salt, iterations);
  try {
    const plain = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bufferView(iv), additionalData: header, tagLength: TAG_BYTES * 8 },
      key,
      bufferView(envelope.subarray(ENVELOPE_HEADER_BYTES)),
    );
    return { kind: 'ok', plain: new Uint8Array(plain) };
  } catch {
    // GCM cannot tell a wrong password from changed bytes; the message says both.
    return { kind: 'wrong-password' };
  }
}
