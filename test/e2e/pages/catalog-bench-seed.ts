// Seed page for the catalog list (bench and browser test), served on the app's own origin so it writes the app's
// IndexedDB: generates a county catalog in the page and commits it into the department workspace (created here
// when the first-run wizard has not), the way an import does. Also times bare Array.filter scans over the same
// resources, the bench's baseline for the list's filters.
import { classificationPrefix } from '../../../core/codes/classification.ts';
import { generateCatalog } from '../../../core/sample/generator.ts';
import { RuleEngine } from '../../../core/rules/engine.ts';
import { filterRows, type CatalogFilter } from '../../../renderer/catalog/catalog-filter.ts';
import { catalogRows } from '../../../renderer/catalog/catalog-rows.ts';
import { pinyinInitials } from '../../../renderer/catalog/pinyin-initials.ts';
import { searchKeysOf } from '../../../renderer/catalog/search-keys.ts';
import { validateAll } from '../../../renderer/services/session/catalog-findings.ts';
import { openStorage } from '../../../renderer/services/storage/database.ts';
import { commitImport } from '../../../renderer/services/storage/import-commit.ts';
import { createWorkspace, listWorkspaces } from '../../../renderer/services/storage/workspaces.ts';
import { BENCH_QUERIES, type BaselineTimings, type BenchQueries, type SeedOptions, type SeedResult } from './catalog-bench-summary.ts';

const county = (o: SeedOptions) => generateCatalog({ resources: o.resources, seed: o.seed, itemsPerResource: o.itemsPerResource });
const author = { operator: '王芳', note: { reason: '导入县级目录（测试数据）', basis: [] } };

async function seedCatalog(options: SeedOptions): Promise<SeedResult> {
  const catalog = county(options);
  const { ctx } = await openStorage();
  try {
    const existing = (await listWorkspaces(ctx)).filter((w) => w.kind === 'department').sort((a, b) => a.id - b.id)[0];
    const ws = existing ?? (await createWorkspace(ctx, 'department', { department: catalog.department, profileId: 'sixian', operatorName: author.operator }));
    const t = performance.now();
    const outcome = await commitImport(ctx, ws.id, catalog, { author, source: 'generated' });
    if (!outcome.ok) throw new Error(`commit refused: ${JSON.stringify(outcome)}`);
    await outcome.retired;
    return { workspaceId: ws.id, resources: catalog.resources.length, commitMs: performance.now() - t };
  } finally {
    ctx.db.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function timed(fn: () => number, runs: number): [number, number] {
  const ms: number[] = [];
  let count = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    count = fn();
    ms.push(performance.now() - t);
  }
  return [median(ms), count];
}

async function baselineTimings(options: SeedOptions, runs = 5): Promise<BaselineTimings> {
  const catalog = county(options);
  const resources = catalog.resources;
  const q: BenchQueries = BENCH_QUERIES;
  // The bare scans get their keys precomputed too, as the list's are by the time anyone searches.
  const initials = resources.map((r) => pinyinInitials(r.name ?? ''));
  const codes = resources.map((r) => (r.classification ? classificationPrefix(r.classification) : ''));
  const bare: Record<keyof BenchQueries, () => number> = {
    shareType: () => resources.filter((r) => r.shareType === q.shareType).length,
    name: () => resources.filter((r) => (r.name ?? '').includes(q.name)).length,
    initials: () => initials.filter((s) => s.includes(q.initials)).length,
    classification: () => codes.filter((c) => c.startsWith(q.classification)).length,
  };
  const rows = catalogRows(catalog, validateAll(new RuleEngine({ profile: 'sixian' }), catalog));
  for (const r of resources) searchKeysOf(r);
  const filters: Record<keyof BenchQueries, CatalogFilter> = {
    shareType: { shareType: q.shareType },
    name: { query: q.name },
    initials: { query: q.initials },
    classification: { classification: q.classification },
  };
  const result: BaselineTimings = { bare: { ...zero }, filterRows: { ...zero }, matches: { ...zero } };
  for (const key of Object.keys(bare) as (keyof BenchQueries)[]) {
    [result.bare[key], result.matches[key]] = timed(bare[key], runs);
    [result.filterRows[key]] = timed(() => filterRows(rows, filters[key]).length, runs);
  }
  return result;
}
const zero: Record<keyof BenchQueries, number> = { shareType: 0, name: 0, initials: 0, classification: 0 };

Object.assign(window, { seedCatalog, baselineTimings });
