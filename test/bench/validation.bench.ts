// Whole-catalog validation against JSON.parse of the same catalog file, measured in the same run.
// Goal (issue #2): validate ≤ 1.0 × parse, and doubling the catalog at most doubles the time (≤ 2.2×).
import { checkCatalogStructure, serializeCatalog } from '../../core/format/catalog-file.ts';
import type { Catalog } from '../../core/model/catalog.ts';
import { RuleEngine } from '../../core/rules/engine.ts';
import { generateCatalog } from '../../core/sample/generator.ts';
import { loadDivisionTable } from '../../core/codes/division.ts';
import { median, time, type BenchTable } from './harness.ts';

const SIZES = [5_000, 10_000, 20_000, 40_000];
const RUNS = 5;

export async function validationBench(): Promise<BenchTable> {
  const divisions = await loadDivisionTable();
  const engine = new RuleEngine({ profile: 'anhui', divisions, today: '2026-11-22' });
  const rows: string[][] = [];
  let previous: number | undefined;
  for (const n of SIZES) {
    const text = serializeCatalog(generateCatalog({ resources: n, seed: 42, itemsPerResource: 20 }));
    let catalog: Catalog | undefined;
    const parse = median(time(RUNS, () => (catalog = JSON.parse(text) as Catalog)));
    const structure = median(time(RUNS, () => checkCatalogStructure(catalog)));
    let findings = 0;
    const validate = median(time(RUNS, () => (findings = engine.validateCatalog(catalog!).length)));
    rows.push([
      n.toLocaleString('en'),
      (text.length / 1e6).toFixed(0),
      parse.toFixed(0),
      validate.toFixed(0),
      (validate / parse).toFixed(2),
      previous ? (validate / previous).toFixed(2) : '—',
      structure.toFixed(0),
      findings.toLocaleString('en'),
    ]);
    previous = validate;
  }
  return {
    title: 'Whole-catalog validation (profile anhui, 20 items per resource) vs JSON.parse of the same file',
    header: ['resources', 'MB', 'parse ms', 'validate ms', 'validate/parse (goal ≤1.0)', '×prev size (goal ≤2.2)', 'schema check ms', 'findings'],
    rows,
  };
}
