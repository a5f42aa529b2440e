// The aggregation report (`mulu aggregate --report`): every input file with its verdict and reason, every unit in
// the county catalog with the version it comes from, and every cross-unit conflict. Versioned like every Mulu file.
import type { Catalog } from '../model/catalog.ts';
import type { AcceptedVersion } from './accepted-version.ts';
import type { Conflict } from './conflict.ts';
import { unitNeedPrefix } from './county-needs.ts';
import type { InputVerdict } from './input-verdict.ts';

export const AGGREGATE_REPORT_FORMAT = 'mulu.aggregate-report';
export const AGGREGATE_REPORT_VERSION = 1;

export interface AggregatedUnit {
  name: string;
  uscc: string;
  divisionCode: string;
  version: number;
  date: string;
  sourceFile: string;
  packageId: string;
  resources: number;
  /** Needs of the unit in the county's 需求清单 (county-needs.ts). */
  needs: number;
  /** Carried over from the previous county catalog, no package received now. */
  carried: boolean;
}

export interface AggregateReport {
  format: typeof AGGREGATE_REPORT_FORMAT;
  version: typeof AGGREGATE_REPORT_VERSION;
  county: { department: string; catalogVersion: number; updatedAt: string; units: number; resources: number; needs: number };
  counts: { inputs: number; accepted: number; superseded: number; rejected: number; conflicts: number };
  inputs: InputVerdict[];
  units: AggregatedUnit[];
  conflicts: Conflict[];
}

export function buildAggregateReport(county: Catalog, verdicts: InputVerdict[], units: Iterable<AcceptedVersion>, conflicts: Conflict[]): AggregateReport {
  const count = (v: InputVerdict['verdict']) => verdicts.filter((x) => x.verdict === v).length;
  const needsOf = (uscc: string) => (county.needs ?? []).filter((n) => n.id.startsWith(unitNeedPrefix(uscc))).length;
  const unitRows = [...units].map(
    (u): AggregatedUnit => ({
      name: u.unit.name,
      uscc: u.unit.uscc,
      divisionCode: u.unit.divisionCode,
      version: u.version,
      date: u.date,
      sourceFile: u.sourceFile,
      packageId: u.packageId,
      resources: u.catalog.resources.length,
      needs: needsOf(u.unit.uscc),
      carried: u.carried,
    }),
  );
  return {
    format: AGGREGATE_REPORT_FORMAT,
    version: AGGREGATE_REPORT_VERSION,
    county: { department: county.department.name, catalogVersion: county.catalogVersion ?? 0, updatedAt: county.updatedAt ?? '', units: unitRows.length, resources: county.resources.length, needs: county.needs?.length ?? 0 },
    counts: { inputs: verdicts.length, accepted: count('accepted'), superseded: count('superseded'), rejected: count('rejected'), conflicts: conflicts.length },
    inputs: verdicts,
    units: unitRows.sort((a, b) => (a.uscc < b.uscc ? -1 : a.uscc > b.uscc ? 1 : 0)),
    conflicts,
  };
}

/** Whether the aggregation needs attention: a rejected input or a conflict (the CLI's exit 1). */
export function hasProblems(report: AggregateReport): boolean {
  return report.counts.rejected > 0 || report.counts.conflicts > 0;
}
