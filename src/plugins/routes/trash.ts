import type { RouteRecordRaw } from 'vue-router';

const routes: RouteRecordRaw[] = [
  {
    path: '/prullenbak',
    name: 'trash',
    component: () => import('@/views/TrashView.vue'),
    meta: { needsProfile: true, menu: { label: 'trash.title', order: 80 } },
  },
];

export default routes;
