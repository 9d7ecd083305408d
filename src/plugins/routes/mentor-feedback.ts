import type { RouteRecordRaw } from 'vue-router';

/**
 * What the mentor writes for one pupil (issue 6, MENTOR-B). No `needsProfile`: a mentor usually
 * has no dossier of their own. The pupil screen (`mentor-pupil`, routes/mentor.ts) links here.
 */
const routes: RouteRecordRaw[] = [
  {
    path: '/begeleiden/:dossierId/item/:entryId',
    name: 'mentor-entry',
    component: () => import('@/views/MentorEntryView.vue'),
    props: true,
  },
  {
    path: '/begeleiden/:dossierId/leermeter',
    name: 'mentor-leermeter',
    component: () => import('@/views/MentorLeermeterView.vue'),
    props: true,
  },
  {
    // One name for a new talk and an existing one; `talkId` is absent for a new talk.
    path: '/begeleiden/:dossierId/gesprek/:talkId?',
    name: 'mentor-talk',
    component: () => import('@/views/MentorTalkView.vue'),
    props: true,
  },
  {
    path: '/begeleiden/:dossierId/feedback',
    name: 'mentor-export',
    component: () => import('@/views/MentorExportView.vue'),
    props: true,
  },
];

export default routes;
