import { describe, expect, it } from 'vitest';
import {
  MAX_INPUT_BYTES,
  MAX_PHOTO_SIDE,
  PHOTO_QUALITY,
  PhotoReadError,
  photoFileName,
  preparePhoto,
  problemForUndecodable,
  scaledSize,
  sniffFormat,
  type DecodedImage,
  type ImageCodec,
  type Size,
} from '@/media/images';

const JPEG_HEAD = [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46];
const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d];

function bytes(...parts: (number[] | string)[]): Uint8Array<ArrayBuffer> {
  return new Uint8Array(
    parts.flatMap((part) =>
      typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part,
    ),
  );
}

function ftyp(brand: string): Uint8Array<ArrayBuffer> {
  return bytes([0, 0, 0, 0x18], 'ftyp', brand, [0, 0, 0, 0]);
}

describe('sniffFormat', () => {
  it('recognises the formats phones make by their first bytes', () => {
    expect(sniffFormat(bytes(JPEG_HEAD))).toBe('jpeg');
    expect(sniffFormat(bytes(PNG_HEAD))).toBe('png');
    expect(sniffFormat(bytes('GIF89a'))).toBe('gif');
    expect(sniffFormat(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe('webp');
    expect(sniffFormat(bytes('BM', [0, 0, 0, 0]))).toBe('bmp');
    expect(sniffFormat(ftyp('heic'))).toBe('heic');
    expect(sniffFormat(ftyp('mif1'))).toBe('heic');
    expect(sniffFormat(ftyp('avif'))).toBe('avif');
  });

  it('sees through a wrong name: a PDF or text is not an image', () => {
    expect(sniffFormat(bytes('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffFormat(bytes('hello world'))).toBe('unknown');
    expect(sniffFormat(ftyp('isom'))).toBe('unknown');
    expect(sniffFormat(new Uint8Array())).toBe('unknown');
  });
});

describe('problemForUndecodable', () => {
  it('names a format the browser cannot open, a broken image, or no image', () => {
    expect(problemForUndecodable('heic')).toBe('unsupported-format');
    expect(problemForUndecodable('avif')).toBe('unsupported-format');
    expect(problemForUndecodable('jpeg')).toBe('damaged');
    expect(problemForUndecodable('png')).toBe('damaged');
    expect(problemForUndecodable('pdf')).toBe('not-an-image');
    expect(problemForUndecodable('unknown')).toBe('not-an-image');
  });
});

describe('scaledSize', () => {
  it('brings the longest side down to the maximum and keeps the aspect ratio', () => {
    expect(scaledSize({ width: 4000, height: 3000 })).toEqual({ width: 1600, height: 1200 });
    expect(scaledSize({ width: 3024, height: 4032 })).toEqual({ width: 1200, height: 1600 });
    expect(scaledSize({ width: 5000, height: 5000 }, 1000)).toEqual({ width: 1000, height: 1000 });
  });

  it('never enlarges a small photo', () => {
    expect(scaledSize({ width: 800, height: 600 })).toEqual({ width: 800, height: 600 });
    expect(scaledSize({ width: MAX_PHOTO_SIDE, height: 10 })).toEqual({
      width: MAX_PHOTO_SIDE,
      height: 10,
    });
  });

  it('keeps at least one pixel of a very thin image', () => {
    expect(scaledSize({ width: 20_000, height: 3 })).toEqual({ width: 1600, height: 1 });
  });

  it('refuses a size that is no size', () => {
    expect(() => scaledSize({ width: 0, height: 10 })).toThrow(RangeError);
    expect(() => scaledSize({ width: Number.NaN, height: 10 })).toThrow(RangeError);
  });
});

describe('photoFileName', () => {
  it('keeps the name and says it is a JPEG now', () => {
    expect(photoFileName('IMG_2041.HEIC', '2026-11-20')).toBe('IMG_2041.jpg');
    expect(photoFileName('bakkerij.png', '2026-11-20')).toBe('bakkerij.jpg');
    expect(photoFileName('zonder extensie', '2026-11-20')).toBe('zonder extensie.jpg');
  });

  it('drops paths and control characters and limits the length', () => {
    expect(photoFileName('C:\\fotos\\stage.jpg', '2026-11-20')).toBe('stage.jpg');
    expect(photoFileName('../../x\u0000y.jpg', '2026-11-20')).toBe('xy.jpg');
    expect(photoFileName(`${'a'.repeat(300)}.jpg`, '2026-11-20')).toHaveLength(100);
  });

  it('names a nameless photo after the day', () => {
    expect(photoFileName('', '2026-11-20')).toBe('foto-2026-11-20.jpg');
    expect(photoFileName('.jpg', '2026-11-20')).toBe('foto-2026-11-20.jpg');
  });
});

/**
 * A stand-in for the browser's decoder: "decodes" files whose bytes start with a JPEG or PNG
 * signature to the given size, and rejects everything else as a browser does.
 */
function fakeCodec(decodedSize: Size, output = new Blob([new Uint8Array(1234)])) {
  const calls = { encoded: [] as { size: Size; quality: number }[], closed: 0 };
  const codec: ImageCodec = {
    async decode(file) {
      const format = sniffFormat(new Uint8Array(await file.slice(0, 16).arrayBuffer()));
      if (format !== 'jpeg' && format !== 'png') throw new DOMException('bad', 'InvalidStateError');
      const image: DecodedImage = { ...decodedSize, close: () => (calls.closed += 1) };
      return image;
    },
    async encodeJpeg(_image, size, quality) {
      calls.encoded.push({ size, quality });
      return output;
    },
  };
  return { codec, calls };
}

async function problemOf(promise: Promise<unknown>) {
  const error: unknown = await promise.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(PhotoReadError);
  return (error as PhotoReadError).problem;
}

describe('preparePhoto', () => {
  it('draws a large photo again at most 1600 px as a JPEG and releases the decoded image', async () => {
    const { codec, calls } = fakeCodec({ width: 4032, height: 3024 });
    const photo = await preparePhoto(new Blob([bytes(JPEG_HEAD)]), codec);
    expect(photo).toMatchObject({ mediaType: 'image/jpeg', width: 1600, height: 1200 });
    expect(photo.blob.size).toBe(1234);
    expect(calls.encoded).toEqual([
      { size: { width: 1600, height: 1200 }, quality: PHOTO_QUALITY },
    ]);
    expect(calls.closed).toBe(1);
  });

  it('gives a file that is not an image its own problem, without a broken entry', async () => {
    const { codec, calls } = fakeCodec({ width: 10, height: 10 });
    expect(await problemOf(preparePhoto(new Blob([bytes('%PDF-1.4 ...')]), codec))).toBe(
      'not-an-image',
    );
    expect(await problemOf(preparePhoto(new Blob([bytes('just text')]), codec))).toBe(
      'not-an-image',
    );
    expect(calls.encoded).toEqual([]);
  });

  it('tells a HEIC photo the browser cannot open apart from a damaged JPEG', async () => {
    const { codec } = fakeCodec({ width: 10, height: 10 });
    expect(await problemOf(preparePhoto(new Blob([ftyp('heic')]), codec))).toBe(
      'unsupported-format',
    );
    const failing: ImageCodec = {
      ...codec,
      decode: () => Promise.reject(new DOMException('broken', 'InvalidStateError')),
    };
    expect(await problemOf(preparePhoto(new Blob([bytes(JPEG_HEAD)]), failing))).toBe('damaged');
  });

  it('refuses an empty file and one too large to be a photo before decoding it', async () => {
    const { codec } = fakeCodec({ width: 10, height: 10 });
    expect(await problemOf(preparePhoto(new Blob([]), codec))).toBe('damaged');
    const huge = { size: MAX_INPUT_BYTES + 1, slice: () => new Blob([]) } as unknown as Blob;
    expect(await problemOf(preparePhoto(huge, codec))).toBe('too-large');
  });

  it('reports a failed drawing as damaged and still releases the decoded image', async () => {
    const { codec, calls } = fakeCodec({ width: 100, height: 100 });
    const failing: ImageCodec = { ...codec, encodeJpeg: () => Promise.reject(new Error('no')) };
    expect(await problemOf(preparePhoto(new Blob([bytes(PNG_HEAD)]), failing))).toBe('damaged');
    const empty = fakeCodec({ width: 100, height: 100 }, new Blob([]));
    expect(await problemOf(preparePhoto(new Blob([bytes(PNG_HEAD)]), empty.codec))).toBe('damaged');
    expect(calls.closed + empty.calls.closed).toBe(2);
  });
});
