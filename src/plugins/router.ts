import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';

/**
 * Every file in `routes/` adds the routes of one area of the app, so areas grow without touching
 * each other. Views load lazily so the first screen ships only what it needs.
 */
export const routes: RouteRecordRaw[] = Object.values(
  import.meta.glob<{ default: RouteRecordRaw[] }>('./routes/*.ts', { eager: true }),
).flatMap((module) => module.default);

declare module 'vue-router' {
  interface RouteMeta {
    /** Screens of the dossier itself; a first-time visitor goes to the welcome screen instead. */
    needsProfile?: boolean;
    /** Listed on the "Meer" screen: an i18n key for the label, and the place in the list. */
    menu?: { label: string; order: number };
  }
}

/** @param hasProfile tells whether the pupil has made their dossier yet. */
export function createAppRouter(hasProfile: () => Promise<boolean>) {
  const router = createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  });
  router.beforeEach(async (to) => {
    if (to.meta.needsProfile && !(await hasProfile())) return { name: 'first-run' };
    if (to.name === 'first-run' && (await hasProfile())) return { name: 'home' };
    return true;
  });
  return router;
}
