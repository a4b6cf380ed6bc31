/**
 * The packaging config, checked without building installers (that needs the Electron binary):
 * parsed with js-yaml and validated by electron-builder's own schema check — both already in
 * node_modules as parts of electron-builder, so no dependency is added.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const builderConfig = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: { isEnabled: boolean; add(): void }): Promise<void>;
};

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  directories: { output: string; buildResources: string };
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; category: string; maintainer: string; icon: string };
  win: { target: string[] };
  mac: { target: string[]; category: string };
}

const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('is accepted by electron-builder’s own schema', async () => {
    await expect(
      builderConfig.validateConfiguration(config, { isEnabled: false, add() {} }),
    ).resolves.toBeUndefined();
  });

  it('identifies the app', () => {
    expect(config.appId).toBe('com.campaigndesk.app');
    expect(config.productName).toBe('Campaign Desk');
  });

  it('packs only the built app and package.json into release/', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'package.json']));
    expect(config.files.filter((f) => !f.startsWith('!'))).toEqual(['dist/**', 'package.json']);
    expect(config.directories).toEqual({ output: 'release', buildResources: 'build' });
  });

  it('builds AppImage and deb, NSIS, and dmg', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toBeTruthy();
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.mac.category).toBe('public.app-category.productivity');
  });

  it('flips the hardening fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('points at a real 1024×1024 PNG icon', () => {
    const png = readFileSync(join(root, config.linux.icon));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // IHDR: width and height are the first two big-endian words of the first chunk.
    expect(png.readUInt32BE(16)).toBe(1024);
    expect(png.readUInt32BE(20)).toBe(1024);
    expect(png.length).toBeGreaterThan(10_000);
  });
});

describe('package.json', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    main: string;
    scripts: Record<string, string>;
  };
  it('starts Electron from the bundled main process', () => {
    expect(pkg.main).toBe('dist/electron/main.cjs');
    expect(pkg.scripts['build:electron']).toBe('node scripts/build-electron.mjs');
    expect(pkg.scripts.dist).toContain('electron-builder --config electron-builder.yml');
  });
});
