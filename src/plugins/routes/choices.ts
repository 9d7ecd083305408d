import type { RouteRecordRaw } from 'vue-router';

const routes: RouteRecordRaw[] = [
  {
    path: '/keuzes',
    name: 'choices',
    component: () => import('@/views/ChoicesView.vue'),
    meta: { needsProfile: true, menu: { label: 'choices.menu', order: 40 } },
  },
  {
    path: '/keuzes/nieuw',
    name: 'choice-new',
    component: () => import('@/views/ChoiceFormView.vue'),
    meta: { needsProfile: true },
  },
  {
    path: '/keuzes/:id',
    name: 'choice-edit',
    component: () => import('@/views/ChoiceFormView.vue'),
    props: true,
    meta: { needsProfile: true },
  },
];

export default routes;
