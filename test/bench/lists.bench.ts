// All the lists of a county catalog (20,000 resources, 400,000 items) to one workbook, next to today's catalog export
// of the same resources in the same run (goal ≤ 1.2×, peak RSS < 500 MB). Each run is its own process, as in
// workbook.bench.ts, so that peak RSS belongs to one operation.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeCatalog } from '../../core/format/catalog-file.ts';
import { generateCatalog } from '../../core/sample/generator.ts';
import type { BenchTable } from './harness.ts';
import { measureTask as measure, RUNS } from './workbook-process.ts';

const RESOURCES = 20_000;
const ITEMS_PER_RESOURCE = 20;

export async function listsBench(): Promise<BenchTable> {
  const dir = mkdtempSync(join(tmpdir(), 'mulu-bench-lists-'));
  try {
    const catalogFile = join(dir, 'county.json');
    writeFileSync(catalogFile, serializeCatalog(generateCatalog({ resources: RESOURCES, seed: 42, itemsPerResource: ITEMS_PER_RESOURCE })));
    const lists = measure('lists', catalogFile, join(dir, 'lists.xlsx'));
    const catalog = measure('export', catalogFile, join(dir, 'catalog.xlsx'));
    const mb = (file: string) => (statSync(join(dir, file)).size / 1e6).toFixed(1);
    return {
      title: `Lists to xlsx vs the catalog export, ${RESOURCES.toLocaleString('en')} resources / ${(RESOURCES * ITEMS_PER_RESOURCE).toLocaleString('en')} items; each a separate process, median of ${RUNS}`,
      header: ['operation', 's', 'peak RSS MB', 'file MB', 'baseline', 'baseline s', 'baseline RSS MB', 'ratio', 'goal'],
      rows: [
        [
          'all lists (mulu lists)',
          (lists.ms / 1000).toFixed(2),
          lists.rssMB.toFixed(0),
          mb('lists.xlsx'),
          `catalog export (${mb('catalog.xlsx')} MB)`,
          (catalog.ms / 1000).toFixed(2),
          catalog.rssMB.toFixed(0),
          (lists.ms / catalog.ms).toFixed(2),
          '≤1.2, <500 MB',
        ],
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
