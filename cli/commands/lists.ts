// mulu lists <catalog.json> --out <lists.xlsx|lists.csv> [--profile id] [--format xlsx|csv]
// Writes every list the profile asks for (docs/lists.md): one workbook with a sheet per list, or one CSV per list
// named <out without .csv>.<list>.csv (lists.shared.csv, lists.open.csv, lists.negative.csv, lists.responsibility.csv),
// and the 需求清单 (sheet 需求清单, lists.needs.csv) where the catalog holds needs.
import type { LocalText } from '../../core/i18n/text.ts';
import { listsCsv } from '../../core/lists/export-lists-csv.ts';
import { writeListSheets } from '../../core/lists/export-lists-workbook.ts';
import { listCounts, type ListCounts } from '../../core/lists/list-counts.ts';
import { listsOf, type ListDefinition } from '../../core/lists/list-definitions.ts';
import type { Standing } from '../../core/lists/list-rows.ts';
import { citationLabel } from '../../core/regulations/citations.ts';
import type { CommandContext, Output } from '../command.ts';
import { writeFileAtomic } from '../atomic-write.ts';
import { EXIT_OK, UsageError } from '../exit-codes.ts';
import { refuseDestructiveOutput } from '../output-guard.ts';
import { terminalProgress } from '../progress.ts';
import { readCatalog } from '../read-input.ts';
import { profileFor } from '../validate-catalog.ts';
import { writeWorkbookFile } from '../write-workbook.ts';

export const USAGE = {
  zh: '用法：mulu lists <目录文件.json> --out <清单.xlsx|清单.csv> [--profile jilin] [--format xlsx|csv]（CSV 每个清单一个文件：<名>.shared.csv、<名>.open.csv、<名>.negative.csv、<名>.responsibility.csv，目录含数据需求时另有 <名>.needs.csv）',
  en: 'usage: mulu lists <catalog.json> --out <lists.xlsx|lists.csv> [--profile id] [--format xlsx|csv] (CSV: one file per list, <name>.shared.csv, <name>.open.csv, <name>.negative.csv, <name>.responsibility.csv, and <name>.needs.csv where the catalog holds needs)',
};

const EXTENSION = { xlsx: /\.xlsx$/iu, csv: /\.csv$/iu } as const;
type Format = keyof typeof EXTENSION;

function formatOf(out: string | undefined, requested: string | undefined): Format {
  if (requested !== undefined && requested !== 'xlsx' && requested !== 'csv') throw new UsageError(`--format 只能是 xlsx 或 csv，收到「${requested}」`, `--format must be xlsx or csv, got "${requested}"`);
  const format: Format = (requested as Format | undefined) ?? (out && EXTENSION.csv.test(out) ? 'csv' : 'xlsx');
  if (!out || !EXTENSION[format].test(out)) throw new UsageError(`--out 须以 .${format} 结尾。${USAGE.zh}`, `--out must end in .${format}. ${USAGE.en}`);
  return format;
}

/** lists.csv → lists.shared.csv: the list's id, which stays the same whatever a profile calls the list. */
export function csvPathOf(out: string, definition: ListDefinition): string {
  return out.replace(EXTENSION.csv, `.${definition.id}.csv`);
}

const STANDING_WORDS: Record<Standing, LocalText> = {
  listed: { zh: '列入', en: 'listed' },
  withheld: { zh: '不予（列入负面清单）', en: 'withheld (negative list)' },
  unset: { zh: '未填类型', en: 'type not filled in' },
  excluded: { zh: '按获取方式不列入', en: 'left out by how obtained' },
};

function standingLine(what: LocalText, standing: Record<Standing, number>, definition: ListDefinition | undefined): string {
  const parts = (lang: 'zh' | 'en') => (Object.keys(STANDING_WORDS) as Standing[]).map((s) => `${STANDING_WORDS[s][lang]} ${standing[s]}`).join(lang === 'zh' ? '，' : ', ');
  const why = definition?.exclude.citations.length ? `（${definition.exclude.citations.map(citationLabel).join('、')}）` : '';
  return `${what.zh}：${parts('zh')}${standing.excluded ? why : ''}\n${what.en}: ${parts('en')}\n`;
}

function writeSummary(err: Output, counts: ListCounts, definitions: readonly ListDefinition[], written: readonly string[]): void {
  err.write(`目录共 ${counts.catalog.resources} 条资源、${counts.catalog.items} 个信息项。\ncatalog: ${counts.catalog.resources} resources, ${counts.catalog.items} items.\n`);
  for (const [i, c] of counts.lists.entries()) {
    const d = definitions[i]!;
    if (d.id === 'needs') {
      err.write(`${d.sheet.zh}：${c.rows} 项需求\n${d.sheet.en}: ${c.rows} needs\n`);
      continue;
    }
    err.write(`${d.sheet.zh}：${c.rows} 行，${c.resources} 条资源，${c.items} 个信息项\n${d.sheet.en}: ${c.rows} rows, ${c.resources} resources, ${c.items} items\n`);
  }
  if (counts.share) err.write(standingLine({ zh: '共享', en: 'sharing' }, counts.share, definitions.find((d) => d.id === 'shared')));
  if (counts.open) err.write(standingLine({ zh: '开放', en: 'opening' }, counts.open, definitions.find((d) => d.id === 'open')));
  err.write(`已写出 ${written.join('、')}。\nwrote ${written.join(', ')}.\n`);
}

export async function listsCommand(ctx: CommandContext): Promise<number> {
  const { positionals, values, err } = ctx;
  const file = positionals[0];
  if (!file) throw new UsageError(USAGE.zh, USAGE.en);
  const format = formatOf(values.out, values.format);
  const out = values.out!;
  const catalog = await readCatalog(file);
  const profile = profileFor(catalog, values.profile);
  const definitions = listsOf(catalog, profile);
  const targets = format === 'csv' ? definitions.map((d) => csvPathOf(out, d)) : [out];
  for (const target of targets) await refuseDestructiveOutput(target, [file]);
  if (format === 'csv') {
    for (const [i, { parts }] of listsCsv(catalog, profile).entries()) await writeFileAtomic(targets[i]!, parts, { mode: 0o644, overwrite: true });
  } else {
    const progress = terminalProgress(err as { write(s: string): unknown; isTTY?: boolean }, { zh: `导出 ${out}`, en: 'exporting' });
    await writeWorkbookFile(out, (writer) => writeListSheets(writer, catalog, { profile, onProgress: progress.update }));
    progress.done();
  }
  writeSummary(err, listCounts(catalog, definitions), definitions, targets);
  return EXIT_OK;
}
