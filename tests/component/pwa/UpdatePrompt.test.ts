// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { RegisterSWOptions } from 'virtual:pwa-register';
import { mountView, resetDatabase } from '../support';

// The registration module only exists in a build: the test plays the service worker's part.
const sw = vi.hoisted(() => ({
  options: undefined as RegisterSWOptions | undefined,
  activateWaiting: vi.fn<() => Promise<void>>(),
}));
vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: RegisterSWOptions) => {
    sw.options = options;
    return sw.activateWaiting;
  },
}));

async function mountPrompt() {
  vi.resetModules();
  const { startAppUpdates } = await import('@/composables/useAppUpdate');
  const { registerDraft } = await import('@/composables/draftRegistry');
  const { default: UpdatePrompt } = await import('@/components/pwa/UpdatePrompt.vue');
  const reload = vi.fn();
  startAppUpdates({ reload });
  const { wrapper } = await mountView(UpdatePrompt);
  return { wrapper, reload, registerDraft };
}

const button = (wrapper: Awaited<ReturnType<typeof mountPrompt>>['wrapper'], text: string) =>
  wrapper.findAll('button').find((b) => b.text() === text);

beforeEach(async () => {
  await resetDatabase();
  sw.activateWaiting.mockReset();
  sw.activateWaiting.mockImplementation(async () => sw.options?.onNeedReload?.());
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('UpdatePrompt', () => {
  it('shows nothing until a new version waits, then offers to update or wait', async () => {
    const { wrapper } = await mountPrompt();
    expect(wrapper.text()).toBe('');
    // The live region is there before the prompt, so its arrival is announced.
    expect(wrapper.find('[aria-live="polite"]').exists()).toBe(true);

    sw.options?.onNeedRefresh?.();
    await flushPromises();
    const region = wrapper.find('section[role="region"]');
    expect(region.exists()).toBe(true);
    const title = wrapper.find(`#${CSS.escape(region.attributes('aria-labelledby') ?? '')}`);
    expect(title.text()).toBe('Nieuwe versie beschikbaar');
    expect(wrapper.text()).toContain('Wat je aan het typen bent, wordt eerst bewaard.');
    expect(button(wrapper, 'Nu bijwerken')).toBeDefined();

    await button(wrapper, 'Later')!.trigger('click');
    expect(wrapper.find('section').exists()).toBe(false);
  });

  it('"Nu bijwerken" saves the open drafts, lets the new version take over and reloads', async () => {
    const { wrapper, reload, registerDraft } = await mountPrompt();
    const saved: string[] = [];
    registerDraft(async () => {
      saved.push('experience:new');
    });
    sw.options?.onNeedRefresh?.();
    await flushPromises();

    await button(wrapper, 'Nu bijwerken')!.trigger('click');
    await vi.waitFor(() => expect(reload).toHaveBeenCalledOnce());
    expect(saved).toEqual(['experience:new', 'experience:new']);
    expect(sw.activateWaiting).toHaveBeenCalledOnce();
    expect(button(wrapper, 'Bijwerken…')?.attributes('disabled')).toBeDefined();
  });

  it('explains, and does not update, when what was typed cannot be saved', async () => {
    const { wrapper, reload, registerDraft } = await mountPrompt();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    registerDraft(() => Promise.reject(new Error('QuotaExceededError')));
    sw.options?.onNeedRefresh?.();
    await flushPromises();

    await button(wrapper, 'Nu bijwerken')!.trigger('click');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').text()).toContain('Je werk kon niet worden bewaard');
    expect(sw.activateWaiting).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
    expect(button(wrapper, 'Nu bijwerken')?.attributes('disabled')).toBeUndefined();
  });

  it('speaks English when the app does', async () => {
    vi.resetModules();
    const { startAppUpdates } = await import('@/composables/useAppUpdate');
    const { default: UpdatePrompt } = await import('@/components/pwa/UpdatePrompt.vue');
    startAppUpdates({ reload: vi.fn() });
    const { wrapper } = await mountView(UpdatePrompt, { locale: 'en' });
    sw.options?.onNeedRefresh?.();
    await flushPromises();
    expect(wrapper.text()).toContain('New version available');
    expect(wrapper.findAll('button').map((b) => b.text())).toEqual(['Later', 'Update now']);
  });
});
