/**
 * The browser parts of photo handling, for component tests in happy-dom (which has no image
 * decoder and whose Blob the in-memory IndexedDB cannot store):
 * - Node's Blob and File, which fake-indexeddb clones as real IndexedDB does;
 * - createImageBitmap that "decodes" files starting with a JPEG signature to a given size and
 *   rejects everything else, as a browser does;
 * - an OffscreenCanvas whose JPEG holds the drawn size, so tests can check what was drawn.
 * Real decoding and scaling are tested in Chromium (tests/browser/photos.test.mjs).
 */
import { Blob as NodeBlob, File as NodeFile } from 'node:buffer';
import { vi } from 'vitest';

const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];

export function installFakeImageBrowser(decodedSize = { width: 4000, height: 3000 }) {
  vi.stubGlobal('Blob', NodeBlob);
  vi.stubGlobal('File', NodeFile);
  vi.stubGlobal('createImageBitmap', async (file: Blob) => {
    const head = new Uint8Array(await file.slice(0, 3).arrayBuffer());
    if (!JPEG_SIGNATURE.every((byte, i) => head[i] === byte)) {
      throw new DOMException('The source image could not be decoded.', 'InvalidStateError');
    }
    return { ...decodedSize, close() {} };
  });
  vi.stubGlobal(
    'OffscreenCanvas',
    class {
      constructor(
        readonly width: number,
        readonly height: number,
      ) {}
      getContext() {
        return { fillRect() {}, drawImage() {} };
      }
      async convertToBlob({ type }: { type: string }) {
        return new NodeBlob([new Uint8Array(JPEG_SIGNATURE), `${this.width}x${this.height}`], {
          type,
        });
      }
    },
  );
}

/** A camera photo as the file input hands it over. */
export function jpegFile(name = 'IMG_2041.jpg'): File {
  return new NodeFile([new Uint8Array([...JPEG_SIGNATURE, 0xe0, 1, 2, 3])], name, {
    type: 'image/jpeg',
  }) as unknown as File;
}

/** What the fake canvas drew: the size written into the stored JPEG. */
export async function drawnSize(blob: Blob | undefined): Promise<string | undefined> {
  if (!blob) return undefined;
  return new TextDecoder().decode(new Uint8Array(await blob.arrayBuffer()).subarray(3));
}

/** Chooses files in a file input, as the pupil does in the picker. */
export async function chooseFiles(input: HTMLInputElement, files: File[]) {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change'));
}
