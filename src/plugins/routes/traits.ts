import type { RouteRecordRaw } from 'vue-router';

const routes: RouteRecordRaw[] = [
  {
    path: '/kwaliteiten',
    name: 'traits',
    component: () => import('@/views/TraitsView.vue'),
    meta: { needsProfile: true, menu: { label: 'traits.menu', order: 30 } },
  },
  {
    // `?soort=motief` opens the form for a motief; without it, a kwaliteit.
    path: '/kwaliteiten/nieuw',
    name: 'trait-new',
    component: () => import('@/views/TraitFormView.vue'),
    meta: { needsProfile: true },
  },
  {
    path: '/kwaliteiten/:id',
    name: 'trait-edit',
    component: () => import('@/views/TraitFormView.vue'),
    props: true,
    meta: { needsProfile: true },
  },
];

export default routes;
