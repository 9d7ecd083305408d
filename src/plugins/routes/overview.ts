import type { RouteRecordRaw } from 'vue-router';

const routes: RouteRecordRaw[] = [
  {
    // In the bottom navigation rather than on the "Meer" screen.
    path: '/overzicht',
    name: 'overview',
    component: () => import('@/views/OverviewView.vue'),
    meta: { needsProfile: true },
  },
];

export default routes;
