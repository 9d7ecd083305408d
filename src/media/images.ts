/**
 * Photos are made small on the pupil's device before they are stored: a phone photo of 4–12 MB
 * becomes a JPEG of a few hundred kB whose longest side is at most MAX_PHOTO_SIDE pixels, so a
 * dossier with many photos still fits in the browser's storage and in an export file.
 *
 * Every photo is decoded and drawn again, also when it is already small. That keeps the rotation
 * the camera wrote in EXIF (decoding with `imageOrientation: 'from-image'` applies it to the
 * pixels) and drops all other metadata, such as the GPS position of where the photo was taken —
 * a pupil's dossier should not carry their home address in its photos.
 *
 * The decoding and drawing come from the browser (`ImageCodec`); the rest is plain logic that
 * unit tests check without a browser.
 */

/** The longest side, in pixels, of a stored photo. */
export const MAX_PHOTO_SIDE = 1600;
/** JPEG quality of stored photos: no visible loss on a phone, about a tenth of the original. */
export const PHOTO_QUALITY = 0.8;
/** Refused before decoding: no camera photo is this large, and decoding it could run out of memory. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
/** What a stored photo may weigh at most (the attachment schema's limit). */
export const MAX_OUTPUT_BYTES = 20 * 1024 * 1024;

/** Why a file could not become a photo; each has its own message for the pupil. */
export type PhotoProblem = 'not-an-image' | 'unsupported-format' | 'damaged' | 'too-large';

export class PhotoReadError extends Error {
  override readonly name = 'PhotoReadError';

  constructor(
    readonly problem: PhotoProblem,
    options?: ErrorOptions,
  ) {
    super(`The photo could not be read: ${problem}`, options);
  }
}

/** What the first bytes of a file say it is, whatever its name or MIME type claim. */
export type SniffedFormat =
  'jpeg' | 'png' | 'gif' | 'webp' | 'bmp' | 'heic' | 'avif' | 'pdf' | 'unknown';

/** How many leading bytes `sniffFormat` needs. */
export const SNIFF_BYTES = 16;

const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((byte, i) => bytes[at + i] === byte);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

/** Recognises the image formats phones produce (and PDF, a common wrong pick) by their magic bytes. */
export function sniffFormat(head: Uint8Array): SniffedFormat {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(head, 0, 4) === 'GIF8') return 'gif';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'webp';
  if (ascii(head, 0, 2) === 'BM') return 'bmp';
  if (ascii(head, 0, 4) === '%PDF') return 'pdf';
  // ISO base media files (HEIC, AVIF): a box size, then 'ftyp' and the major brand.
  if (ascii(head, 4, 8) === 'ftyp') {
    const brand = ascii(head, 8, 12);
    if (HEIC_BRANDS.has(brand)) return 'heic';
    if (AVIF_BRANDS.has(brand)) return 'avif';
  }
  return 'unknown';
}

/**
 * Why decoding failed, judged by what the bytes are: a format this browser cannot open (HEIC
 * from an iPhone, in most browsers but Safari), a real image that is broken, or no image at all.
 */
export function problemForUndecodable(format: SniffedFormat): PhotoProblem {
  switch (format) {
    case 'heic':
    case 'avif':
      return 'unsupported-format';
    case 'jpeg':
    case 'png':
    case 'gif':
    case 'webp':
    case 'bmp':
      return 'damaged';
    default:
      return 'not-an-image';
  }
}

export interface Size {
  width: number;
  height: number;
}

/** The size to draw at: the longest side at most `maxSide`, same aspect ratio, never enlarged. */
export function scaledSize({ width, height }: Size, maxSide = MAX_PHOTO_SIDE): Size {
  if (!(width > 0 && height > 0)) throw new RangeError(`Invalid image size ${width}×${height}`);
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/**
 * The stored file name: the original name with a `.jpg` extension (the bytes are JPEG now),
 * without path parts or control characters, at most 100 characters. Phones often call every
 * camera photo `image.jpg`, so an empty or missing name becomes `foto-<day>.jpg`.
 */
export function photoFileName(original: string, day: string): string {
  const base = original.split(/[/\\]/).pop() ?? '';
  const stem = base
    .replace(/\.[^.]*$/, '')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(0, 96);
  return `${stem || `foto-${day}`}.jpg`;
}

/** A decoded picture: its size with the camera's rotation already applied. */
export interface DecodedImage extends Size {
  close(): void;
}

/** The browser's part: decoding any image file and drawing it again as a JPEG. */
export interface ImageCodec {
  decode(file: Blob): Promise<DecodedImage>;
  encodeJpeg(image: DecodedImage, size: Size, quality: number): Promise<Blob>;
}

export interface PreparedPhoto extends Size {
  blob: Blob;
  mediaType: 'image/jpeg';
}

/**
 * Turns a file the pupil chose into a photo ready to store, or rejects with a PhotoReadError
 * that says why it cannot be one.
 */
export async function preparePhoto(
  file: Blob,
  codec: ImageCodec = browserCodec,
): Promise<PreparedPhoto> {
  if (file.size === 0) throw new PhotoReadError('damaged');
  if (file.size > MAX_INPUT_BYTES) throw new PhotoReadError('too-large');
  const format = sniffFormat(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()));
  if (format === 'pdf') throw new PhotoReadError('not-an-image');

  let image: DecodedImage;
  try {
    image = await codec.decode(file);
  } catch (error) {
    throw new PhotoReadError(problemForUndecodable(format), { cause: error });
  }
  try {
    if (!(image.width > 0 && image.height > 0)) throw new PhotoReadError('damaged');
    const size = scaledSize(image);
    let blob: Blob;
    try {
      blob = await codec.encodeJpeg(image, size, PHOTO_QUALITY);
    } catch (error) {
      throw new PhotoReadError('damaged', { cause: error });
    }
    if (blob.size === 0) throw new PhotoReadError('damaged');
    if (blob.size > MAX_OUTPUT_BYTES) throw new PhotoReadError('too-large');
    return { blob, mediaType: 'image/jpeg', ...size };
  } finally {
    image.close();
  }
}

/** Decoding with createImageBitmap and drawing on an OffscreenCanvas (or a canvas where missing). */
export const browserCodec: ImageCodec = {
  decode(file) {
    return createImageBitmap(file, { imageOrientation: 'from-image' });
  },

  async encodeJpeg(image, { width, height }, quality) {
    const source = image as unknown as CanvasImageSource;
    if (typeof OffscreenCanvas !== 'undefined') {
      const canvas = new OffscreenCanvas(width, height);
      draw(canvas.getContext('2d'), source, width, height);
      return canvas.convertToBlob({ type: 'image/jpeg', quality });
    }
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    draw(canvas.getContext('2d'), source, width, height);
    return new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob gave no blob'))),
        'image/jpeg',
        quality,
      ),
    );
  },
};

function draw(
  context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null,
  source: CanvasImageSource,
  width: number,
  height: number,
) {
  if (!context) throw new Error('No 2D canvas context');
  // JPEG has no transparency: a transparent PNG would otherwise turn black.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(source, 0, 0, width, height);
}
