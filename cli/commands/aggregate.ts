// mulu aggregate <pkg.zip>... --trust trust.json --out county.json [--base county-last.json] [--report report.json]
//                [--profile id] [--department-name N --department-uscc C --division D] [--format text|json]
// The county data authority's aggregation (core/county/aggregate.ts): verifies every unit package against the trust
// store, takes each unit's latest acceptable version over the previous county catalog (--base), writes the county
// catalog with every resource attributed to its unit, and reports each input's verdict and every cross-unit conflict.
// Exit 0: every package taken and no conflict. 1: a package rejected (a file that cannot be read included) or a
// conflict found — the county catalog is written all the same, without the rejected packages. 2: unusable input
// (arguments, the trust store, the base), and nothing is written.
// Package files are read one at a time, when the aggregation comes to them, and the county catalog is written
// resource by resource: a city or province aggregating county packages never holds every package's bytes, nor the
// whole output as one string.
import { basename } from 'node:path';
import { aggregate } from '../../core/county/aggregate.ts';
import { hasProblems } from '../../core/county/aggregate-report.ts';
import type { AcceptedVersion } from '../../core/county/accepted-version.ts';
import { acceptedVersionsOf } from '../../core/county/county-base.ts';
import type { UnitPackageInput } from '../../core/county/receive-packages.ts';
import { serializeCatalogParts } from '../../core/format/catalog-file.ts';
import type { Catalog, Department } from '../../core/model/catalog.ts';
import { writeFileAtomic } from '../atomic-write.ts';
import { formatAggregateSummary } from '../aggregate-summary.ts';
import type { CommandContext } from '../command.ts';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../exit-codes.ts';
import { refuseDestructiveOutput } from '../output-guard.ts';
import { readBytes, readCatalog, unusableVersionedFile } from '../read-input.ts';
import { readTrustStoreFile } from '../read-trust.ts';
import { reportFormat } from '../report-output.ts';
import { loadProfile } from '../../core/profiles/profile.ts';

export const USAGE = {
  zh:
    '用法：mulu aggregate <目录包.zip>... --trust <信任库.json> --out <县级汇总目录.json> [--base <上次的县级汇总目录.json>] [--report <汇总报告.json>] [--profile sixian] ' +
    '[--department-name 汇总单位名称 --department-uscc 统一社会信用代码 --division 行政区划代码] [--format text|json]',
  en:
    'usage: mulu aggregate <pkg.zip>... --trust <trust.json> --out <county.json> [--base <county-last.json>] [--report <report.json>] [--profile id] ' +
    '[--department-name NAME --department-uscc CODE --division CODE] [--format text|json]',
};

/** --trust must be a trust store: a county takes packages only from the units registered in it. */
export async function aggregateCommand({ positionals, values, out, err }: CommandContext, settings: { now?: Date } = {}): Promise<number> {
  const { trust: trustPath, out: outPath, base: basePath, report: reportPath } = values;
  if (positionals.length === 0 || !trustPath || !outPath) throw new UsageError(USAGE.zh, USAGE.en);
  const format = reportFormat(values);
  const department = departmentOption(values);
  const inputs = [...positionals, trustPath, basePath];
  await refuseDestructiveOutput(outPath, [...inputs, reportPath]);
  if (reportPath) await refuseDestructiveOutput(reportPath, [...inputs, outPath]);
  if (reportPath && reportPath === outPath) throw new UsageError('--report 与 --out 不能是同一个文件', '--report and --out must be different files');

  const trust = await readTrustStoreFile(trustPath);
  const base = basePath ? await readBase(basePath) : undefined;
  const profile = loadProfile(values.profile ?? base?.catalog.profile ?? 'anhui').id;
  const { catalog, report } = await aggregate(readPackageInputs(positionals), { trust, at: settings.now ?? new Date(), profile, ...(base && { base }), ...(department && { department }) });
  await writeFileAtomic(outPath, serializeCatalogParts(catalog), { mode: 0o644, overwrite: true });
  if (reportPath) await writeFileAtomic(reportPath, `${JSON.stringify(report, null, 2)}\n`, { mode: 0o644, overwrite: true });

  out.write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatAggregateSummary(report));
  err.write(`已写出县级汇总目录 / wrote the county catalog: ${outPath}\n${reportPath ? `已写出汇总报告 / wrote the report: ${reportPath}\n` : ''}`);
  return hasProblems(report) ? EXIT_FINDINGS : EXIT_OK;
}

async function* readPackageInputs(paths: readonly string[]): AsyncGenerator<UnitPackageInput> {
  for (const path of paths) yield await readPackageInput(path);
}

/** A package file that cannot be read is a rejected input with the reason, not the end of the aggregation. */
async function readPackageInput(path: string): Promise<UnitPackageInput> {
  const file = basename(path);
  try {
    return { file, bytes: await readBytes(path, 'package') };
  } catch (e) {
    if (e instanceof UsageError) return { file, unreadable: e.text };
    throw e;
  }
}

async function readBase(path: string): Promise<{ catalog: Catalog; units: ReadonlyMap<string, AcceptedVersion> }> {
  const catalog = await readCatalog(path);
  const read = acceptedVersionsOf(catalog);
  if (!read.ok) throw unusableVersionedFile({ zh: '上次的县级汇总目录', en: 'previous county catalog' }, path, { kind: 'structure', problems: read.problems });
  return { catalog, units: read.units };
}

/** The county authority named on the command line: all three options or none. */
function departmentOption(values: CommandContext['values']): Department | undefined {
  const name = values['department-name'];
  const uscc = values['department-uscc'];
  const divisionCode = values.division;
  if (name === undefined && uscc === undefined && divisionCode === undefined) return undefined;
  if (!name || !uscc || !divisionCode) {
    throw new UsageError('--department-name、--department-uscc 和 --division 须一并给出（汇总单位）', '--department-name, --department-uscc and --division go together (the aggregating authority)');
  }
  return { name, uscc, divisionCode };
}
