// npm run bench: every benchmark table, each with its baseline measured in the same run.
import { renderTable } from './harness.ts';
import { validationBench } from './validation.bench.ts';

const BENCHES = [validationBench];

for (const bench of BENCHES) {
  process.stdout.write(`${renderTable(await bench())}\n`);
}
