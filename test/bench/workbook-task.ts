// One workbook operation in its own process, so that its peak RSS is its own (RSS never goes down within a
// process). Prints {"ms":…,"rssMB":…} as its last line. Run by workbook.bench.ts, not by hand.
//   node --import tsx test/bench/workbook-task.ts <export|export-exceljs|lists|import|scan> <input> [output]
//   node --import tsx test/bench/workbook-task.ts check <input> <profile>   (the CLI's dry run: import + rules)
import { createWriteStream, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { Unzip, UnzipInflate } from 'fflate';
import { SaxesParser } from 'saxes';
import { loadDivisionTable } from '../../core/codes/division.ts';
import { parseCatalogText } from '../../core/format/catalog-file.ts';
import { writeListSheets } from '../../core/lists/export-lists-workbook.ts';
import type { Catalog } from '../../core/model/catalog.ts';
import { loadProfile } from '../../core/profiles/profile.ts';
import { encodeValue } from '../../core/workbook/cell-codec.ts';
import { ITEM_COLUMNS, RESOURCE_COLUMNS } from '../../core/workbook/columns.ts';
import { createWorkbookWriter, itemCellValue, writeCatalogSheets } from '../../core/workbook/export-workbook.ts';
import { checkWorkbook } from '../../core/workbook/check-workbook.ts';
import { getField } from '../../core/workbook/field-path.ts';
import { importWorkbook } from '../../core/workbook/import-workbook.ts';
import { vocabularyLabels } from '../../core/workbook/vocabulary-labels.ts';

const [task, input, output] = process.argv.slice(2) as [string, string, string | undefined];

function loadCatalog(): Catalog {
  const parsed = parseCatalogText(readFileSync(input, 'utf8'));
  if (!parsed.ok) throw new Error(`cannot read ${input}`);
  return parsed.catalog;
}

async function exportMulu(catalog: Catalog): Promise<void> {
  const out = createWriteStream(output!);
  const writer = createWorkbookWriter((chunk) => void out.write(chunk));
  writeCatalogSheets(writer, catalog, { profile: loadProfile(catalog.profile) });
  writer.finish();
  await new Promise((done) => out.end(done));
}

/** Every list the catalog's profile asks for, to one workbook (lists.bench.ts). */
async function exportLists(catalog: Catalog): Promise<void> {
  const out = createWriteStream(output!);
  const writer = createWorkbookWriter((chunk) => void out.write(chunk));
  writeListSheets(writer, catalog, { profile: loadProfile(catalog.profile) });
  writer.finish();
  await new Promise((done) => out.end(done));
}

/** The baseline: exceljs's streaming writer with the same cell values, no styles, drop-downs or extra sheets. */
async function exportExceljs(catalog: Catalog): Promise<void> {
  const labels = vocabularyLabels(loadProfile(catalog.profile));
  const value = (v: ReturnType<typeof encodeValue>) => (v && typeof v === 'object' ? new Date(`${v.date}T00:00:00Z`) : v);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: output!, useSharedStrings: true, useStyles: false });
  const resources = wb.addWorksheet('资源');
  resources.addRow(RESOURCE_COLUMNS.map((c) => c.header.zh)).commit();
  for (const r of catalog.resources) resources.addRow(RESOURCE_COLUMNS.map((c) => value(encodeValue(c, getField(r, c.field), labels)))).commit();
  resources.commit();
  const items = wb.addWorksheet('信息项');
  items.addRow(ITEM_COLUMNS.map((c) => c.header.zh)).commit();
  for (const r of catalog.resources) {
    for (const item of r.items) {
      items.addRow(ITEM_COLUMNS.map((c) => value(encodeValue(c, itemCellValue(c, r, item), labels)))).commit();
    }
  }
  items.commit();
  await wb.commit();
}

/** The floor: stream-unzip every XML part and SAX-parse it, doing nothing with what it finds. */
function bareScan(bytes: Uint8Array): number {
  let elements = 0;
  const unzip = new Unzip((file) => {
    if (!file.name.endsWith('.xml')) return;
    const decoder = new TextDecoder('utf-8');
    const parser = new SaxesParser();
    parser.on('opentag', () => void elements++);
    file.ondata = (err, chunk, final) => {
      if (err) throw err;
      parser.write(decoder.decode(chunk, { stream: !final }));
      if (final) parser.close();
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const step = 64 * 1024;
  for (let at = 0; at < bytes.length; at += step) unzip.push(bytes.subarray(at, at + step), at + step >= bytes.length);
  return elements;
}

async function main(): Promise<void> {
  let ms: number;
  let detail: string | number = '';
  if (task === 'export' || task === 'export-exceljs' || task === 'lists') {
    const catalog = loadCatalog();
    const t = performance.now();
    await (task === 'export' ? exportMulu(catalog) : task === 'lists' ? exportLists(catalog) : exportExceljs(catalog));
    ms = performance.now() - t;
  } else {
    const bytes = new Uint8Array(readFileSync(input));
    const t = performance.now();
    if (task === 'scan') detail = bareScan(bytes);
    else if (task === 'check') {
      // As cli/read-workbook.ts runs it: the division table loaded, then the dry run.
      const checked = await checkWorkbook(bytes, { profile: output!, divisions: await loadDivisionTable() });
      if (!checked.ok) throw new Error(checked.message.en);
      detail = checked.report.counts.total;
    } else {
      const result = await importWorkbook(bytes);
      if (!result.ok) throw new Error(result.message.en);
      detail = result.stats.items;
    }
    ms = performance.now() - t;
  }
  const rssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ms, rssMB, detail })}\n`);
}

await main();
