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

/** Node built-ins plus named packages, each with the layer's reason. */
const banned = (layer, why, packages) => [
  ...nodeBuiltins.map((name) => ({ name, message: `${layer}/ ${why}: no Node built-ins.` })),
  ...packages.map((name) => ({ name, message: `${layer}/ must not import ${name}.` })),
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
);
