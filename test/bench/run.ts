// npm run bench: every benchmark table, each with its baseline measured in the same run.
// `npm run bench -- county backup` runs only the named ones (a bench's name is its function's without "Bench").
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

const named = new Map(BENCHES.map((bench) => [bench.name.replace(/Bench$/, ''), bench]));
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !named.has(name));
if (unknown.length > 0) {
  process.stderr.write(`未知的基准：${unknown.join('、')}；可选：${[...named.keys()].join('、')}\n`);
  process.exit(2);
}
for (const bench of asked.length > 0 ? asked.map((name) => named.get(name)!) : BENCHES) {
  process.stdout.write(`${renderTable(await bench())}\n`);
}
