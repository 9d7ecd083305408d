import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { addAttachment, experiences, isQuotaError } from '@/db';
import { sampleAttachment, sampleExperience, samplePhoto } from './sample-records';
import { createTestDatabase } from './test-database';

const quotaDomException = () =>
  new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('isQuotaError', () => {
  it('recognises the browser’s QuotaExceededError DOMException', () => {
    expect(isQuotaError(quotaDomException())).toBe(true);
    // Firefox's older name for the same error.
    expect(isQuotaError(new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe(true);
  });

  it('recognises Dexie’s QuotaExceededError', () => {
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError(quotaDomException()))).toBe(true);
  });

  it('recognises Dexie’s AbortError caused by a quota error', () => {
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', quotaDomException()))).toBe(
      true,
    );
    expect(
      isQuotaError(new Dexie.AbortError(new Dexie.QuotaExceededError(quotaDomException()))),
    ).toBe(true);
  });

  it('rejects every other error', () => {
    const others: unknown[] = [
      new Error('QuotaExceededError'),
      new TypeError('x'),
      new Dexie.AbortError('Transaction aborted'),
      new Dexie.AbortError('Transaction aborted', new Dexie.ConstraintError('duplicate key')),
      new DOMException('aborted', 'AbortError'),
      new Dexie.ConstraintError('duplicate key'),
      new Dexie.DatabaseClosedError(),
      'QuotaExceededError',
      { message: 'QuotaExceededError' },
      null,
      undefined,
    ];
    for (const error of others) expect(isQuotaError(error), String(error)).toBe(false);
  });

  it('does not loop on an error that is its own inner error', () => {
    const looped = new Dexie.AbortError('Transaction aborted');
    looped.inner = looped;
    expect(isQuotaError(looped)).toBe(false);
  });
});

describe('a full disk during a write', () => {
  it('rejects with a quota error and leaves nothing half-written', async () => {
    const db = createTestDatabase();
    // Simulates the device running out of space while the photo bytes are written.
    db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down) => ({
        ...down,
        table: (tableName) => {
          const table = down.table(tableName);
          if (tableName !== 'attachmentBlobs') return table;
          return { ...table, mutate: () => Promise.reject(quotaDomException()) };
        },
      }),
    });
    const experience = sampleExperience();
    await experiences.put(db, experience);

    const error: unknown = await addAttachment(
      db,
      sampleAttachment(experience.id),
      samplePhoto(),
    ).catch((caught: unknown) => caught);

    expect(isQuotaError(error)).toBe(true);
    expect(await db.attachments.count()).toBe(0);
    expect(await db.attachmentBlobs.count()).toBe(0);
    expect((await experiences.get(db, experience.id))?.attachmentIds).toEqual([]);
  });
});
