import { fileURLToPath, URL } from 'node:url';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';
import { VitePWA } from 'vite-plugin-pwa';

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

export default defineConfig({
  plugins: [
    vue(),
    withoutCspInDev(),
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
  },
  build: {
    target: 'es2022',
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
  },
});
