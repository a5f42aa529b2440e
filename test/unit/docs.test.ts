// Generated documents must match the data they are generated from, and the maps for newcomers must name only
// files that exist.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRulesDoc } from '../../core/report/rules-doc.ts';
import { catalogJsonSchema } from '../../core/format/json-schema.ts';
import { RULE_DEFINITIONS, WORKBOOK_RULE_DEFINITIONS } from '../../core/rules/definitions.ts';

describe('generated docs', () => {
  it('docs/rules.md is up to date (run npm run docs)', () => {
    expect(readFileSync('docs/rules.md', 'utf8')).toBe(renderRulesDoc());
  });

  it('docs/catalog.schema.json is up to date (run npm run docs)', () => {
    expect(readFileSync('docs/catalog.schema.json', 'utf8')).toBe(catalogJsonSchema());
  });

  it('rules.md lists every rule with its citations', () => {
    const doc = renderRulesDoc();
    for (const id of [...RULE_DEFINITIONS.keys(), ...WORKBOOK_RULE_DEFINITIONS.keys()]) expect(doc).toContain(`## ${id} `);
    expect(doc).toContain('《安徽省政务数据资源管理办法》第二十二条');
    expect(doc).toContain('授权共享');
  });
});

/**
 * Backticked text that names a file or folder of the repository: a path with a slash or a file name with an
 * extension, made only of path characters. Placeholders (`<name>`), globs, URLs (`app://`), package names (`@scope/x`,
 * `node:fs`) and commands (spaces) do not qualify, nor do build outputs (`out/`, `dist/`), which a clean clone lacks.
 */
function repositoryPaths(markdown: string): string[] {
  const spans = [...markdown.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);
  return spans.filter(
    (s) => /^\.?[\w.-]+(\/[\w.-]+)*\/?$/.test(s) && (s.includes('/') || /\.(ts|tsx|mjs|json|md|yml)$/.test(s)) && !/^(out|dist)\//.test(s),
  );
}

describe('paths named in the newcomer docs', () => {
  it.each(['docs/architecture.md', 'docs/recipes.md'])('every repository path in %s exists', (doc) => {
    const paths = repositoryPaths(readFileSync(doc, 'utf8'));
    expect(paths.length).toBeGreaterThan(30); // the docs are maps: a change to the pattern must not find nothing
    expect(paths.filter((p) => !existsSync(p))).toEqual([]);
  });

  it('recognises paths and leaves other code spans alone', () => {
    const text = '`core/rules/registry.ts` `core/` `.nvmrc` `eslint.config.js` `core/rules/checks/<name>.ts` `app://mulu` `node:fs` `@noble/hashes` `npm run docs` `R01` `nav.<id>` `out/renderer/` `renderer/missing.ts`';
    expect(repositoryPaths(text)).toEqual(['core/rules/registry.ts', 'core/', 'renderer/missing.ts']);
  });
});
