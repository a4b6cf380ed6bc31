import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Bench-only pages (npm run bench): index.html runs the app's real storage modules in Chromium;
 * svar.html mounts SVAR React Gantt with the timeline suite's generated plan, so the own
 * timeline renderer can be compared with it on the same machine and data (README, "The timeline
 * component"). SVAR is a devDependency for this page only; the app does not ship it.
 */
const pages = resolve(import.meta.dirname, 'tests/bench/pages');

export default defineConfig({
  root: 'tests/bench/pages',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../../../dist/bench',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: { index: resolve(pages, 'index.html'), svar: resolve(pages, 'svar.html') },
    },
  },
  logLevel: 'warn',
});
