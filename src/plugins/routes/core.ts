import type { RouteRecordRaw } from 'vue-router';

const routes: RouteRecordRaw[] = [
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
    path: '/meer',
    name: 'more',
    component: () => import('@/views/MoreView.vue'),
    meta: { needsProfile: true },
  },
  {
    path: '/instellingen',
    name: 'settings',
    component: () => import('@/views/SettingsView.vue'),
    meta: { needsProfile: true, menu: { label: 'nav.settings', order: 90 } },
  },
  {
    // vue-router ranks routes by specificity, so this catch-all only takes what nothing else does.
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/NotFoundView.vue'),
  },
];

export default routes;
