// Workbook import and export of a county catalog (20,000 resources, 400,000 items), each next to its baseline
// measured in the same run (issue #3): import against a bare streaming unzip + SAX scan of the same file (fflate +
// saxes), export against exceljs's streaming writer writing the same cells. Goals: import ≤ 1.5×, export ≤ 1.2×,
// peak RSS < 500 MB. Each run is its own process so that peak RSS belongs to one operation.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeCatalog } from '../../core/format/catalog-file.ts';
import { generateCatalog } from '../../core/sample/generator.ts';
import type { BenchTable } from './harness.ts';
import { measureTask as measure, RUNS, type Sample } from './workbook-process.ts';

const RESOURCES = 20_000;

export async function workbookBench(): Promise<BenchTable> {
  const dir = mkdtempSync(join(tmpdir(), 'mulu-bench-'));
  try {
    const catalogFile = join(dir, 'county.json');
    writeFileSync(catalogFile, serializeCatalog(generateCatalog({ resources: RESOURCES, seed: 42, itemsPerResource: 20 })));
    const workbook = join(dir, 'county.xlsx');
    const exported = measure('export', catalogFile, workbook);
    const baselineExport = measure('export-exceljs', catalogFile, join(dir, 'exceljs.xlsx'));
    const imported = measure('import', workbook);
    const scan = measure('scan', workbook);
    const mb = (statSync(workbook).size / 1e6).toFixed(1);
    const row = (what: string, ours: Sample, base: Sample, baseName: string, goal: string): string[] => [
      what,
      (ours.ms / 1000).toFixed(2),
      ours.rssMB.toFixed(0),
      baseName,
      (base.ms / 1000).toFixed(2),
      base.rssMB.toFixed(0),
      (ours.ms / base.ms).toFixed(2),
      goal,
    ];
    return {
      title: `Workbook import and export, ${RESOURCES.toLocaleString('en')} resources / ${(RESOURCES * 20).toLocaleString('en')} items (${mb} MB xlsx); each a separate process, median of ${RUNS}`,
      header: ['operation', 's', 'peak RSS MB', 'baseline', 'baseline s', 'baseline RSS MB', 'ratio', 'goal'],
      rows: [
        row('import (mulu)', imported, scan, 'fflate+saxes scan', '≤1.5, <500 MB'),
        row('export (mulu)', exported, baselineExport, 'exceljs stream write', '≤1.2, <500 MB'),
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
