import type { RouteRecordRaw } from 'vue-router';

const routes: RouteRecordRaw[] = [
  {
    path: '/ervaring/:id/reflectie',
    name: 'experience-reflect',
    component: () => import('@/views/ExperienceReflectView.vue'),
    props: true,
    meta: { needsProfile: true },
  },
  {
    path: '/reflecties',
    name: 'reflections',
    component: () => import('@/views/ReflectionsView.vue'),
    meta: { needsProfile: true, menu: { label: 'reflection.menu', order: 20 } },
  },
  {
    path: '/reflectie/nieuw',
    name: 'reflection-new',
    component: () => import('@/views/ReflectionFormView.vue'),
    meta: { needsProfile: true },
  },
  {
    path: '/reflectie/:id',
    name: 'reflection-edit',
    component: () => import('@/views/ReflectionFormView.vue'),
    props: true,
    meta: { needsProfile: true },
  },
];

export default routes;
