import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { createAppI18n } from './plugins/i18n';
import { createAppRouter } from './plugins/router';
import { installPwa } from './plugins/pwa';
import { useProfileStore } from './stores/profile';
import { useSettingsStore } from './stores/settings';
import './styles/main.css';

async function start() {
  const app = createApp(App);
  const pinia = createPinia();
  const i18n = createAppI18n();
  app.use(pinia).use(i18n);
  installPwa();

  // The saved language applies before the first screen renders, so it never flashes Dutch.
  await useSettingsStore(pinia).init(i18n);
  const profileStore = useProfileStore(pinia);
  app.use(createAppRouter(() => profileStore.hasProfile()));
  app.mount('#app');
}

void start();
