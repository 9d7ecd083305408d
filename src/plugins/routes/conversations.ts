import type { RouteRecordRaw } from 'vue-router';

const routes: RouteRecordRaw[] = [
  {
    path: '/gesprekken',
    name: 'conversations',
    component: () => import('@/views/ConversationsView.vue'),
    meta: { needsProfile: true, menu: { label: 'conversations.menu', order: 50 } },
  },
  {
    path: '/gesprekken/nieuw',
    name: 'conversation-new',
    component: () => import('@/views/ConversationFormView.vue'),
    meta: { needsProfile: true },
  },
  {
    path: '/gesprekken/:id',
    name: 'conversation-edit',
    component: () => import('@/views/ConversationFormView.vue'),
    props: true,
    meta: { needsProfile: true },
  },
];

export default routes;
