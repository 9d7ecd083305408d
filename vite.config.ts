import { fileURLToPath, URL } from 'node:url';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';
import { VitePWA } from 'vite-plugin-pwa';
import { precompileMessages } from './scripts/vite/precompile-messages.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * The dev server injects CSS as `<style>` elements for hot reload, which the Content-Security-
 * Policy in index.html (`style-src 'self'`) forbids; only `vite build` output keeps the policy.
 */
function withoutCspInDev(): Plugin {
  return {
    name: 'loopbaandossier:without-csp-in-dev',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
  };
}

/**
 * The domain and storage layers have no side effects at import time (DESIGN.md §5: plain
 * functions, schemas and repositories), so the bundler may drop every module of theirs whose
 * exports are unused — chiefly the zod schemas, which the first screen never needs (issue 7's size
 * budget, scripts/size-budget.mjs). zodConfig.ts is the exception: it only configures zod.
 */
function sideEffectFreeLayers(): Plugin {
  return {
    name: 'loopbaandossier:side-effect-free-layers',
    transform: {
      filter: { id: /[\\/]src[\\/](domain|db)[\\/](?!zodConfig\.ts$).+\.ts$/ },
      handler: () => ({ moduleSideEffects: false }),
    },
  };
}

/**
 * Production builds take Dexie's ES2018 module build rather than its ES5 one (which 'dexie'
 * resolves to, through a wrapper that guards against two copies of Dexie; the alias catches every
 * import, so there is still one). Same API, about 1.3 KiB less on the first screen (issue 7).
 */
function modernDexie(): Plugin {
  return {
    name: 'loopbaandossier:modern-dexie',
    apply: 'build',
    config: () => ({
      resolve: { alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }] },
    }),
  };
}

/**
 * What a lazy chunk preloads beside itself. Every dependency list is written into the entry, so
 * each one costs first-load bytes (issue 7's size budget). The framework chunk and the bundler's
 * runtime are static imports of the entry, so always loaded already; the screens a pupil opens
 * first (home, welcome) keep their full list so they load without a waterfall; every other screen
 * keeps only its CSS (which must be in place before it renders) and fetches its scripts as it
 * parses — from the service worker's cache after the first visit.
 */
function preloadOnlyWhatHelps(filename: string, deps: string[]): string[] {
  const loaded = (dep: string) => /(^|\/)(framework|rolldown-runtime)-[\w-]+\.js$/.test(dep);
  const firstScreen = /(^|\/)(HomeView|FirstRunView)-[\w-]+\.js$/.test(filename);
  return deps.filter((dep) => !loaded(dep) && (firstScreen || dep.endsWith('.css')));
}

export default defineConfig({
  plugins: [
    vue(),
    withoutCspInDev(),
    precompileMessages(),
    sideEffectFreeLayers(),
    modernDexie(),
    VitePWA({
      // A new version waits until the pupil chooses "Nu bijwerken" (src/composables/useAppUpdate.ts).
      registerType: 'prompt',
      // Registered from the app's own bundle: the CSP allows no inline script.
      injectRegister: false,
      // The icons are precached through globPatterns already.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Loopbaandossier',
        short_name: 'Loopbaan',
        description:
          'Je eigen loopbaandossier: ervaringen, reflecties en doelen, altijd bij je en van jou. Werkt zonder internet.',
        lang: 'nl',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1f5f8b',
        background_color: '#f5f7fa',
        categories: ['education', 'productivity'],
        icons: [
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: 'maskable-icon-512x512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // Everything the app can show, so every screen (lazy route chunks included) works
        // offline after one visit. Locale messages are bundled into the JavaScript.
        // (The plugin adds manifest.webmanifest itself.)
        globPatterns: ['**/*.{js,css,html,svg,png,ico,woff2,json}'],
        // Deep links such as /ervaring/nieuw open offline too: the app shell routes them.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    // APP_VERSION lets the update test build a second, different version of the same code.
    __APP_VERSION__: JSON.stringify(process.env.APP_VERSION ?? pkg.version),
    // vue-i18n feature flags: only the Composition API is used (legacy: false), and no global
    // <i18n-t> component or v-t directive, so neither is bundled.
    __VUE_I18N_LEGACY_API__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    // Every component uses <script setup>: Vue's Options API support is dead weight.
    __VUE_OPTIONS_API__: 'false',
  },
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false, resolveDependencies: preloadOnlyWhatHelps },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // The libraries every screen runs on, in one chunk: the first screen needs all of
              // them anyway, and one chunk compresses better than five (issue 7's size budget).
              name: 'framework',
              test: /[\\/]node_modules[\\/](@vue|vue|vue-router|pinia|vue-i18n|@intlify|dexie)[\\/]/,
            },
          ],
        },
      },
    },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
  },
});
