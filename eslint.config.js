// Layering is enforced here, in the spirit of VS Code's code-layering rule:
// electron/, renderer/ and cli/ may use core/; core/ uses none of them.
import { readdirSync } from 'node:fs';
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
// through hooks/; a section is one screen of the app and never reaches into another, nor into storage, not even for
// a type: the stored shapes screens show come from renderer/services/stored-types.ts.
const SECTIONS = ['catalog', 'county', 'first-run', 'history', 'home', 'import', 'keys', 'lists', 'package', 'training', 'validate'];
/** UI folders that are no section: shared by the sections, and held to the same storage rule. */
const SHARED_UI = ['bulk', 'change-note', 'findings', 'i18n', 'resource-form', 'shared', 'ui'];
const storageFromUi = {
  regex: '(^|/)services/storage/',
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
const coreRestrictions = {
  paths: banned('core', 'is pure TypeScript', ['electron', 'react', 'react-dom', 'dexie']),
  patterns: [
    ...otherLayers('core'),
    { group: ['react/*', 'react-dom/*', 'dexie/*', 'electron/*', 'antd', 'antd/*'], message: 'core/ has no UI or storage dependencies.' },
  ],
};

// Layers inside core/: the core folders each folder may import, read off the code once its import cycles were
// broken. Lower folders never reach up, so no cycle can form between folders (test/unit/core-cycles.test.ts
// guards the files). A new folder gets an entry here; linting stops with an error naming a folder that has none.
const coreFolderImports = {
  i18n: [],
  text: [],
  model: ['i18n'],
  time: [],
  regulations: ['model'],
  platform: [],
  files: [],
  zip: ['i18n'],
  codes: ['model'],
  format: ['i18n', 'model'],
  crypto: ['i18n', 'format', 'time'],
  profiles: ['i18n', 'model', 'codes', 'regulations'],
  registration: ['i18n', 'model', 'profiles'],
  rules: ['i18n', 'text', 'model', 'codes', 'regulations', 'profiles', 'registration'],
  sample: ['i18n', 'model', 'codes', 'profiles'],
  report: ['i18n', 'model', 'codes', 'regulations', 'profiles', 'rules'],
  // package carries the lists a catalog gives (core/package/list-files.ts), so it sits above lists.
  package: ['i18n', 'model', 'time', 'zip', 'codes', 'format', 'crypto', 'regulations', 'profiles', 'rules', 'report', 'lists'],
  calendar: ['model', 'time', 'regulations', 'profiles', 'package'],
  // xlsx names the package's entries only to tell a clerk who picked a package instead of a workbook.
  xlsx: ['i18n', 'zip', 'package/package-media-type.ts'],
  workbook: ['i18n', 'text', 'model', 'codes', 'format', 'regulations', 'profiles', 'registration', 'rules', 'report', 'xlsx'],
  lists: ['i18n', 'model', 'regulations', 'profiles', 'rules', 'workbook', 'xlsx'],
  county: ['i18n', 'text', 'model', 'zip', 'codes', 'format', 'regulations', 'package', 'rules', 'crypto', 'time', 'profiles', 'calendar', 'xlsx'],
  // backup signs with the workspace key exactly as packages are signed (core/package/keystore-signer.ts).
  backup: ['i18n', 'format', 'crypto', 'zip', 'package/keystore-signer.ts'],
  // exercises plant the sample's mistakes, grade with the rules and carry the training watermark of packages.
  exercise: ['i18n', 'model', 'time', 'zip', 'format', 'crypto', 'regulations', 'profiles', 'rules', 'sample', 'package', 'xlsx'],
};

const unlisted = readdirSync(new URL('./core/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !(entry.name in coreFolderImports))
  .map((entry) => `core/${entry.name}/`);
if (unlisted.length > 0) throw new Error(`eslint.config.js: ${unlisted.join(', ')} not in coreFolderImports (say which core folders it may import).`);

/** `(../)+other/…` from any depth of a folder (assets, `../../assets/other/…`, do not match), minus allowed files. */
function coreFolderRegex(other, allowedFiles) {
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const files = allowedFiles.filter((f) => f.startsWith(`${other}/`)).map((f) => escape(f.slice(other.length + 1)));
  return `^(\\.\\./)+${other}/` + (files.length ? `(?!(${files.join('|')})$)` : '');
}

/** One block per core folder: core's own restrictions plus every core folder it may not import. */
const coreFolderBlocks = Object.entries(coreFolderImports).map(([folder, allowed]) => ({
  files: [`core/${folder}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: coreRestrictions.paths,
        patterns: [
          ...coreRestrictions.patterns,
          ...Object.keys(coreFolderImports)
            .filter((other) => other !== folder && !allowed.includes(other))
            .map((other) => ({
              regex: coreFolderRegex(other, allowed),
              message: `core/${folder}/ may import only ${allowed.join(', ') || 'no other core folder'} from core/ (layers in eslint.config.js).`,
            })),
        ],
      },
    ],
  },
}));

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
    rules: { 'no-restricted-imports': ['error', coreRestrictions] },
  },
  ...coreFolderBlocks,
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
