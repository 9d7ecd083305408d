import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { getDatabase } from './db';
import { guardAgainstUpgradesElsewhere } from './composables/databaseGuard';
import { allMessagesLoaded, createAppI18n } from './plugins/i18n';
import { createAppRouter, preloadFirstScreen } from './plugins/router';
import { useSettingsStore } from './stores/settings';
import './styles/main.css';

/**
 * Only what paints the first screen loads with this entry (budget: `npm run size`). The service
 * worker, storage and backup-reminder logic (plugins/pwa.ts) loads beside it; screens, their
 * stores and the zod schemas load with the route that needs them.
 */
async function start() {
  const app = createApp(App);
  const pinia = createPinia();
  const i18n = createAppI18n();
  app.use(pinia).use(i18n);

  const db = getDatabase();
  // From the very start, so an upgrade in another tab never finds this tab unprepared.
  guardAgainstUpgradesElsewhere(db);
  void import('./plugins/pwa').then(({ installPwa }) => installPwa());

  // Whether the pupil made their dossier yet: asked straight from the table, so the entry needs
  // neither the profile store nor the profile schema. Every navigation asks, so a yes is kept:
  // the app never removes a dossier's profile (an import replaces it in one transaction). Only
  // the browser can (clearing the site's data closes the connection), so a close forgets it.
  let profileMade = false;
  db.on('close', () => (profileMade = false));
  const hasProfile = async () => (profileMade ||= (await db.profile.count()) > 0);
  const router = createAppRouter(hasProfile);
  preloadFirstScreen(router);
  // The saved language applies before the first screen renders, so it never flashes Dutch.
  await useSettingsStore(pinia).init(i18n);
  // A screen shows once the screens' messages are in (plugins/i18n.ts). Their fetch started with
  // the settings above; beforeResolve runs after the screen's own chunk loaded, so the two load
  // side by side rather than one after the other.
  router.beforeResolve(async () => {
    await allMessagesLoaded(i18n.global, i18n.global.locale.value).catch((error: unknown) => {
      console.warn('Messages could not be loaded; showing the screen anyway', error);
    });
  });
  app.use(router);
  app.mount('#app');
}

void start();
