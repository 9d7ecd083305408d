import type { RouteRecordRaw } from 'vue-router';

/** The pupil's side of mentor feedback: a talk the mentor recorded, read-only. */
const routes: RouteRecordRaw[] = [
  {
    path: '/gesprekken/mentor/:id',
    name: 'pupil-mentor-talk',
    component: () => import('@/views/PupilMentorTalkView.vue'),
    props: true,
    meta: { needsProfile: true },
  },
];

export default routes;
