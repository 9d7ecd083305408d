import type { RouteRecordRaw } from 'vue-router';

/** The portable dossier: export, import and the printable overview. */
const routes: RouteRecordRaw[] = [
  {
    path: '/exporteren',
    name: 'export',
    component: () => import('@/views/ExportView.vue'),
    meta: { needsProfile: true, menu: { label: 'dossierExport.menu', order: 70 } },
  },
  {
    // No needsProfile: importing is also how a pupil starts on a new, empty device.
    path: '/importeren',
    name: 'import',
    component: () => import('@/views/ImportView.vue'),
    meta: { menu: { label: 'dossierImport.menu', order: 71 } },
  },
  {
    path: '/overzicht-afdrukken',
    name: 'print-overview',
    component: () => import('@/views/PrintOverviewView.vue'),
    meta: { needsProfile: true, menu: { label: 'dossierPrint.menu', order: 72 } },
  },
];

export default routes;
