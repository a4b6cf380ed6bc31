import { defineConfig } from 'vite';

/** A bench-only page that runs the app's real storage modules in Chromium (npm run bench). */
export default defineConfig({
  root: 'tests/bench/pages',
  base: './',
  build: { outDir: '../../../dist/bench', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  logLevel: 'warn',
});
