// npm run bench: every benchmark table, each with its baseline measured in the same run.
import { renderTable } from './harness.ts';
import { appScaleBench } from './app-scale.bench.ts';
import { catalogListBench } from './catalog-list.bench.ts';
import { listsBench } from './lists.bench.ts';
import { countyBench } from './county.bench.ts';
import { packageBench } from './package.bench.ts';
import { provinceBench } from './province.bench.ts';
import { bulkEditBench, storageBench } from './storage.bench.ts';
import { validationBench } from './validation.bench.ts';
import { workbookBench } from './workbook.bench.ts';
import { backupBench } from './backup.bench.ts';

const BENCHES = [validationBench, packageBench, workbookBench, listsBench, storageBench, bulkEditBench, catalogListBench, countyBench, provinceBench, backupBench, appScaleBench];

for (const bench of BENCHES) {
  process.stdout.write(`${renderTable(await bench())}\n`);
}
