// Bundles the Electron main process and preload script into dist/electron as CommonJS.
// `electron` stays external (it is provided by the runtime); everything else, including the
// shared/ contract and zod, is bundled, because the sandboxed preload cannot require() modules.
import { build } from 'esbuild';
import { rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist', 'electron');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
};

await rm(outDir, { recursive: true, force: true });
await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: join(outDir, 'main.cjs') }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: join(outDir, 'preload.cjs') }),
]);

for (const name of ['main.cjs', 'preload.cjs']) {
  const { size } = await stat(join(outDir, name));
  console.log(`dist/electron/${name}  ${(size / 1024).toFixed(1)} kB`);
}
