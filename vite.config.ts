// Builds the React renderer into dist/renderer. The output must run under the app's strict
// Content-Security-Policy (main/app/csp.ts): no inline scripts, no eval. Vite's module-preload
// polyfill is an inline script, so it is turned off (Chromium supports modulepreload natively).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const repoRoot = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: path.join(repoRoot, 'renderer'),
  // Relative asset URLs: the app serves the files from a custom scheme (app://), tests from
  // http://caruman.test/; neither is at a fixed path.
  base: './',
  plugins: [react()],
  build: {
    outDir: path.join(repoRoot, 'dist', 'renderer'),
    emptyOutDir: true,
    sourcemap: true,
    modulePreload: { polyfill: false },
    // Everything is local; never inline assets as data: URLs the CSP might refuse.
    assetsInlineLimit: 0,
  },
  server: { strictPort: true },
});
