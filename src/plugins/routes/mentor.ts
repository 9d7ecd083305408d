import type { RouteRecordRaw } from 'vue-router';

/**
 * Mentor mode ("Begeleiden"): a mentor usually has no dossier of their own, so none of these
 * screens needs a profile. What the mentor writes (comments, scores, talks, the feedback file)
 * has its own routes in ./mentor-feedback.ts.
 */
const routes: RouteRecordRaw[] = [
  {
    path: '/begeleiden',
    name: 'mentor-home',
    component: () => import('@/views/MentorHomeView.vue'),
  },
  {
    path: '/begeleiden/:dossierId',
    name: 'mentor-pupil',
    component: () => import('@/views/MentorPupilView.vue'),
    props: true,
  },
  {
    path: '/begeleiden/:dossierId/afdrukken',
    name: 'mentor-print',
    component: () => import('@/views/MentorPrintView.vue'),
    props: true,
  },
];

export default routes;
