// Layering is enforced here, in the spirit of VS Code's code-layering rule:
// electron/, renderer/ and cli/ may use core/; core/ uses none of them.
import { builtinModules } from 'node:module';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const otherLayers = (self) =>
  ['core', 'renderer', 'electron', 'cli', 'test']
    .filter((l) => l !== self)
    .map((l) => ({
      group: [`**/${l}/**`, `${l}/**`],
      message: `${self}/ must not import from ${l}/ (see docs/architecture.md).`,
    }));

/** Node built-ins plus named packages, each with the layer's reason. */
const banned = (layer, why, packages) => [
  ...nodeBuiltins.map((name) => ({ name, message: `${layer}/ ${why}: no Node built-ins.` })),
  ...packages.map((name) => ({ name, message: `${layer}/ must not import ${name}.` })),
];

// renderer/ inside: services/ (storage, session, workers, platform, jobs) are plain TypeScript that screens reach
// through hooks/; a section is one screen of the app and never reaches into another, nor into storage.
// Type imports stay allowed: the stored shapes are what hooks hand to the screens.
const SECTIONS = ['catalog', 'first-run', 'home', 'import', 'keys', 'package', 'training', 'validate'];
/** UI folders that are no section: shared by the sections, and held to the same storage rule. */
const SHARED_UI = ['change-note', 'findings', 'i18n', 'resource-form', 'shared', 'ui'];
const storageFromUi = {
  regex: '(^|/)services/storage/',
  allowTypeImports: true,
  message: 'Screens reach storage through a hook in renderer/hooks/ or a service, not directly (see docs/architecture.md).',
};
const rendererInside = [
  {
    files: ['renderer/services/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'antd', 'react-i18next'].map((name) => ({
            name,
            message: `renderer/services/ has no React or UI: ${name} belongs in a hook (renderer/hooks/) or a screen.`,
          })),
          patterns: [
            { regex: '^(react|react-dom|antd)/|^@ant-design/', message: 'renderer/services/ has no React or UI packages.' },
            {
              // Every service lives in services/<name>/, so two steps up is renderer/.
              regex: `^\\.\\./\\.\\./(${[...SECTIONS, ...SHARED_UI, 'app', 'hooks'].join('|')})/`,
              message: 'renderer/services/ must not import a screen, a hook or the app.',
            },
          ],
        },
      ],
    },
  },
  ...SECTIONS.map((section) => ({
    files: [`renderer/${section}/**/*.{ts,tsx}`],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            storageFromUi,
            {
              regex: `^\\.\\./(${SECTIONS.filter((s) => s !== section).join('|')})/`,
              message: `renderer/${section}/ must not import another section: move what both need to a shared folder (ui/, shared/, findings/, hooks/).`,
            },
          ],
        },
      ],
    },
  })),
  {
    files: SHARED_UI.map((folder) => `renderer/${folder}/**/*.{ts,tsx}`),
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [storageFromUi] }] },
  },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', 'coverage/**', 'test-results/**', '.scratch/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: banned('core', 'is pure TypeScript', ['electron', 'react', 'react-dom', 'dexie']),
          patterns: [
            ...otherLayers('core'),
            { group: ['react/*', 'react-dom/*', 'dexie/*', 'electron/*', 'antd', 'antd/*'], message: 'core/ has no UI or storage dependencies.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: banned('renderer', 'runs in a browser (use the platform adapter)', ['electron']),
          patterns: [...otherLayers('renderer').filter((p) => !p.group[0].includes('/core/'))],
        },
      ],
    },
  },
  {
    files: ['cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: otherLayers('cli').filter((p) => !p.group[0].includes('/core/')) },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: otherLayers('electron').filter((p) => !p.group[0].includes('/core/')) },
      ],
    },
  },
  ...rendererInside,
  { files: ['renderer/**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },
);
