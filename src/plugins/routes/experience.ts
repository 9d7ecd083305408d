import type { RouteRecordRaw } from 'vue-router';

const routes: RouteRecordRaw[] = [
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
];

export default routes;
