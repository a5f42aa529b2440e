// Layering is enforced here, in the spirit of VS Code's code-layering rule:
// electron/, renderer/ and cli/ may use core/; core/ uses none of them.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const otherLayers = (self) =>
  ['core', 'renderer', 'electron', 'cli', 'test']
    .filter((l) => l !== self)
    .map((l) => ({
      group: [`**/${l}/**`, `${l}/**`],
      message: `${self}/ must not import from ${l}/ (see docs/architecture.md).`,
    }));

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', 'coverage/**', 'test-results/**'] },
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
          paths: [
            ...nodeBuiltins.map((name) => ({ name, message: 'core/ is pure TypeScript: no Node-only modules.' })),
            { name: 'electron', message: 'core/ must not import electron.' },
            { name: 'react', message: 'core/ must not import react.' },
            { name: 'react-dom', message: 'core/ must not import react-dom.' },
            { name: 'dexie', message: 'core/ must not import dexie.' },
          ],
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
          paths: [
            ...nodeBuiltins.map((name) => ({ name, message: 'renderer/ runs in a browser: no Node built-ins.' })),
            { name: 'electron', message: 'renderer/ must not import electron; use the platform adapter.' },
          ],
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
);
