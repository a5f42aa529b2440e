// No import cycle among core's files, type-only imports included: a cycle between two modules is where layering
// erodes first (each side soon needs "just one more" thing from the other). The folder layers in eslint.config.js
// keep folders apart; this keeps files within a folder apart too.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

type Graph = ReadonlyMap<string, readonly string[]>;

function coreFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return coreFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Each file's relative imports (static, type-only, re-exports and dynamic) that land on another .ts file of core. */
function importGraph(root: string): Graph {
  const files = coreFiles(join(root, 'core'));
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((imported) => imported.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => resolve(dirname(file), name))
      .filter((target) => known.has(target));
    graph.set(file, targets);
  }
  return graph;
}

/** The first cycle found, as the files around it (first file repeated at the end), or undefined. */
function findCycle(graph: Graph): string[] | undefined {
  const done = new Set<string>();
  const path: string[] = [];
  const onPath = new Set<string>();
  const visit = (file: string): string[] | undefined => {
    if (onPath.has(file)) return [...path.slice(path.indexOf(file)), file];
    if (done.has(file)) return undefined;
    path.push(file);
    onPath.add(file);
    for (const target of graph.get(file) ?? []) {
      const cycle = visit(target);
      if (cycle) return cycle;
    }
    path.pop();
    onPath.delete(file);
    done.add(file);
    return undefined;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('core import cycles', () => {
  it('finds a cycle when there is one, and names its files in order', () => {
    const graph = new Map([['a', ['b']], ['b', ['c']], ['c', ['b', 'd']], ['d', []]]);
    expect(findCycle(graph)).toEqual(['b', 'c', 'b']);
    expect(findCycle(new Map([['a', ['b']], ['b', []]]))).toBeUndefined();
  });

  it('reads type-only imports and re-exports as edges', () => {
    const graph = importGraph(process.cwd());
    const edges = (from: string) => (graph.get(resolve(from)) ?? []).map((target) => relative(process.cwd(), target));
    // Type-only and re-export edges, so a cycle made of them is caught too.
    expect(edges('core/crypto/sha256.ts')).toContain('core/crypto/digester.ts');
    expect(edges('core/xlsx/xlsx-reader.ts')).toContain('core/xlsx/read-rows.ts');
    expect(graph.size).toBeGreaterThan(150);
  });

  it('has none among core/**/*.ts', () => {
    const cycle = findCycle(importGraph(process.cwd()));
    expect(cycle?.map((file) => relative(process.cwd(), file)).join(' → ')).toBeUndefined();
  });
});
