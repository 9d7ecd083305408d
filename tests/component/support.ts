import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { Component } from 'vue';
import { vi } from 'vitest';
import { getDatabase } from '@/db';
import { createAppI18n } from '@/plugins/i18n';
import nl from '@/locales/nl';
import en from '@/locales/en';
import { routes } from '@/plugins/router';
import type { Locale } from '@/locales/schema';

/** Empties every table of the app database (fake-indexeddb), so each test starts fresh. */
export async function resetDatabase(): Promise<void> {
  const db = getDatabase();
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
}

/**
 * Mounts a view the way the app does: with Pinia, vue-i18n and the app's routes (in memory),
 * over the real database on fake-indexeddb.
 */
export async function mountView(
  view: Component,
  {
    path = '/',
    props = {},
    locale = 'nl',
  }: { path?: string; props?: object; locale?: Locale } = {},
) {
  const pinia = createPinia();
  setActivePinia(pinia);
  // The app fetches most messages on demand (src/plugins/i18n.ts); tests hand them over up front.
  const i18n = createAppI18n(locale, { nl, en });
  const router = createRouter({ history: createMemoryHistory(), routes });
  await router.push(path);
  await router.isReady();
  const wrapper = mount(view, {
    props,
    attachTo: document.body,
    global: { plugins: [pinia, i18n, router] },
  });
  await flushPromises();
  return { wrapper, router, i18n };
}

/** Waits until a condition about the database or DOM holds (autosave works on a timer). */
export function eventually<T>(check: () => T | Promise<T>): Promise<T> {
  return vi.waitFor(check, { timeout: 3000, interval: 25 });
}
