import type { RouteRecordRaw } from 'vue-router';

const routes: RouteRecordRaw[] = [
  {
    path: '/doelen',
    name: 'goals',
    component: () => import('@/views/GoalsView.vue'),
    meta: { needsProfile: true, menu: { label: 'goals.menu', order: 25 } },
  },
  {
    path: '/doelen/nieuw',
    name: 'goal-new',
    component: () => import('@/views/GoalFormView.vue'),
    meta: { needsProfile: true },
  },
  {
    path: '/doelen/:id',
    name: 'goal-edit',
    component: () => import('@/views/GoalFormView.vue'),
    props: true,
    meta: { needsProfile: true },
  },
];

export default routes;
