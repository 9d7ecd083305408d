import { describe, expect, it } from 'vitest';
import { flushAllDrafts, openDraftCount, registerDraft } from '@/composables/draftRegistry';

describe('draft registry', () => {
  it('flushes every registered form and forgets a form once it unregisters', async () => {
    const flushed: string[] = [];
    const offA = registerDraft(async () => void flushed.push('a'));
    const offB = registerDraft(async () => void flushed.push('b'));
    expect(openDraftCount()).toBe(2);

    await flushAllDrafts();
    expect(flushed.sort()).toEqual(['a', 'b']);

    offA();
    await flushAllDrafts();
    expect(flushed.sort()).toEqual(['a', 'b', 'b']);
    offB();
    expect(openDraftCount()).toBe(0);
  });

  it('waits for the slow ones and rejects when any draft could not be saved', async () => {
    let slowDone = false;
    const offSlow = registerDraft(
      () => new Promise<void>((resolve) => setTimeout(() => ((slowDone = true), resolve()), 20)),
    );
    const offBroken = registerDraft(() => Promise.reject(new Error('disk full')));

    await expect(flushAllDrafts()).rejects.toThrow('1 of 2 drafts could not be saved');
    expect(slowDone).toBe(true);
    offSlow();
    offBroken();
    await expect(flushAllDrafts()).resolves.toBeUndefined();
  });
});
