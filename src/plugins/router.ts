import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';

// Views load lazily so the first screen ships only what it needs.
export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'home',
    component: () => import('@/views/HomeView.vue'),
    meta: { needsProfile: true },
  },
  {
    path: '/welkom',
    name: 'first-run',
    component: () => import('@/views/FirstRunView.vue'),
  },
  {
    path: '/ervaring/nieuw',
    name: 'experience-new',
    component: () => import('@/views/ExperienceFormView.vue'),
    meta: { needsProfile: true },
  },
  {
    path: '/ervaring/:id',
    name: 'experience-edit',
    component: () => import('@/views/ExperienceFormView.vue'),
    props: true,
    meta: { needsProfile: true },
  },
  {
    path: '/instellingen',
    name: 'settings',
    component: () => import('@/views/SettingsView.vue'),
    meta: { needsProfile: true },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/NotFoundView.vue'),
  },
];

declare module 'vue-router' {
  interface RouteMeta {
    needsProfile?: boolean;
  }
}

/**
 * @param hasProfile tells whether the pupil has made their dossier yet; screens that show the
 *   dossier send a first-time visitor to the welcome screen instead.
 */
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
