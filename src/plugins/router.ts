import { createRouter, createWebHistory, type RouteRecordRaw, type Router } from 'vue-router';

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

/**
 * Starts loading the code of the screen the app opens on (every route's screen is a lazy import),
 * so it arrives while the database opens instead of after the navigation guard asked it. A failed
 * load is left to the navigation itself, which tries again and reports it.
 */
export function preloadFirstScreen(router: Router): void {
  // The history's location is the address without the app's base, as routes are written.
  for (const record of router.resolve(router.options.history.location).matched) {
    for (const load of Object.values(record.components ?? {})) {
      if (typeof load === 'function') (load as () => Promise<unknown>)().catch(() => {});
    }
  }
}
