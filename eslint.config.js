import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'worker_threads'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'docs/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': 'allow-with-description' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  // Layering, enforced (docs/architecture.md §1): shared/ is pure domain code.
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'react/*',
                'dexie',
                'electron',
                'zustand',
                'zustand/*',
                ...nodeBuiltins,
              ],
              message: 'shared/ is pure domain code: no UI, storage, desktop or Node APIs.',
            },
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ depends on nothing above it.' },
          ],
        },
      ],
    },
  },
  // cli/ is the Node command line over shared/: it may read files, but never the app's layers above.
  {
    files: ['cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/renderer/**',
                '**/electron/**',
                'react',
                'react-dom',
                'dexie',
                'electron',
                'zustand',
              ],
              message: 'cli/ runs shared/ in Node; it imports nothing of the app, storage or desktop.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      // We do not run the React Compiler; this rule only reports that it would skip a component.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', 'electron', ...nodeBuiltins],
              message: 'renderer/ never imports electron/ or Node APIs; use renderer/src/platform.',
            },
            { group: ['dexie'], message: 'Only renderer/src/db imports dexie.' },
            { group: ['zustand', 'zustand/*'], message: 'Only renderer/src/state imports zustand.' },
          ],
        },
      ],
    },
  },
  {
    // Screens write numbers, dates and moments through useFormat() (docs/architecture.md §9).
    files: ['renderer/src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^toLocale(Date|Time)?String$/]',
          message: 'Format through useFormat() (date, dateTime, number, money), not toLocaleString.',
        },
        {
          // "A、B" on an English screen: names are listed in the screen's language.
          selector: "CallExpression[callee.property.name='join'][arguments.0.value='、']",
          message: "List names with listIn(locale, names) (shared/i18n/locale.ts), not join('、').",
        },
      ],
    },
  },
  {
    // The same for the screens' helpers; a Chinese message may list with 、 itself.
    files: ['renderer/src/**/*.ts'],
    ignores: ['renderer/src/**/messages.ts', 'renderer/src/**/*Messages.ts', 'renderer/src/i18n/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='join'][arguments.0.value='、']",
          message: "List names with listIn(locale, names) (shared/i18n/locale.ts), not join('、').",
        },
      ],
    },
  },
  {
    files: ['renderer/src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', 'electron', ...nodeBuiltins],
              message: 'renderer/ never imports electron/ or Node APIs; use renderer/src/platform.',
            },
            { group: ['zustand', 'zustand/*'], message: 'db/ is storage only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/state/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', 'electron', ...nodeBuiltins],
              message: 'renderer/ never imports electron/ or Node APIs; use renderer/src/platform.',
            },
            { group: ['dexie'], message: 'state/ calls repositories, never Dexie.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports renderer/.' }] },
      ],
      // Electron security lint gate (what Electronegativity checked).
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='nodeIntegration'][value.value=true]",
          message: 'nodeIntegration must stay off.',
        },
        {
          selector: "Property[key.name='contextIsolation'][value.value=false]",
          message: 'contextIsolation must stay on.',
        },
        { selector: "Property[key.name='sandbox'][value.value=false]", message: 'sandbox must stay on.' },
        {
          selector: "Property[key.name='webSecurity'][value.value=false]",
          message: 'webSecurity must stay on.',
        },
        {
          selector: "Property[key.name='allowRunningInsecureContent'][value.value=true]",
          message: 'No insecure content.',
        },
        {
          selector: "Property[key.name='experimentalFeatures'][value.value=true]",
          message: 'No experimental features.',
        },
        { selector: "Property[key.name='webviewTag'][value.value=true]", message: 'No <webview>.' },
        {
          selector: 'Property[key.name=/^nodeIntegrationIn(Worker|SubFrames)$/][value.value=true]',
          message: 'No Node in workers or subframes.',
        },
        { selector: "Property[key.name='enableBlinkFeatures']", message: 'No extra Blink features.' },
        {
          selector:
            "CallExpression[callee.property.name='exposeInMainWorld'] Property > :matches(Identifier[name='ipcRenderer'], MemberExpression[object.name='ipcRenderer'])",
          message: 'Expose named functions, never ipcRenderer or its methods.',
        },
        {
          selector: "CallExpression[callee.property.name='executeJavaScript']",
          message: 'Never executeJavaScript from main.',
        },
        { selector: "CallExpression[callee.property.name='sendSync']", message: 'No synchronous IPC.' },
        {
          selector:
            "CallExpression[callee.property.name='exposeInMainWorld'] > Identifier[name='ipcRenderer']",
          message: 'Expose named functions, never ipcRenderer.',
        },
      ],
    },
  },
);
