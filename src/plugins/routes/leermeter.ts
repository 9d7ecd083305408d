import type { RouteRecordRaw } from 'vue-router';

const routes: RouteRecordRaw[] = [
  {
    path: '/leermeter',
    name: 'leermeter',
    component: () => import('@/views/LeermeterView.vue'),
    meta: { needsProfile: true, menu: { label: 'leermeter.menu', order: 45 } },
  },
  {
    path: '/leermeter/nieuw',
    name: 'leermeter-new',
    component: () => import('@/views/LeermeterFormView.vue'),
    meta: { needsProfile: true },
  },
  {
    // A round is the pupil's scores of one day, so the day names it.
    path: '/leermeter/:date',
    name: 'leermeter-edit',
    component: () => import('@/views/LeermeterFormView.vue'),
    props: true,
    meta: { needsProfile: true },
  },
];

export default routes;
