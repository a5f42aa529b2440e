// Aggregating unit packages into the county catalog (Sixian Art. 15, Anhui Art. 13: the authority reviews and
// aggregates the units' catalogs into one): receive and verify the packages (receive-packages.ts), take each unit's
// latest accepted version over the previous county catalog, build the county catalog with every resource
// attributed (county-catalog.ts), and run the cross-unit checks on it (cross-unit-checks.ts).
import type { Catalog, Department } from '../model/catalog.ts';
import { buildAggregateReport, type AggregateReport } from './aggregate-report.ts';
import { buildCountyCatalog } from './county-catalog.ts';
import { crossUnitConflicts } from './cross-unit-checks.ts';
import { receivePackages, type ReceiveOptions, type UnitPackageInput } from './receive-packages.ts';
import type { AcceptedVersion } from './accepted-version.ts';

export interface AggregateOptions extends Omit<ReceiveOptions, 'base'> {
  /** The previous county catalog and each unit's accepted version read from it (county-base.ts). */
  base?: { catalog: Catalog; units: ReadonlyMap<string, AcceptedVersion> };
  profile: string;
  /** The county authority; by default the previous county catalog's, else a placeholder for the units' county. */
  department?: Department;
}

export interface Aggregation {
  catalog: Catalog;
  report: AggregateReport;
}

/** Named so in a county catalog made without --department-name and without a base. */
export const PLACEHOLDER_AUTHORITY = '县级数据资源主管部门';

export async function aggregate(inputs: Iterable<UnitPackageInput> | AsyncIterable<UnitPackageInput>, options: AggregateOptions): Promise<Aggregation> {
  const { trust, at, limits } = options;
  const { verdicts, units } = await receivePackages(inputs, { trust, at, ...(limits && { limits }), ...(options.base && { base: options.base.units }) });
  const catalog = buildCountyCatalog(units.values(), {
    profile: options.profile,
    department: options.department ?? options.base?.catalog.department ?? placeholderAuthority(units.values()),
    catalogVersion: (options.base?.catalog.catalogVersion ?? 0) + 1,
    updatedAt: options.at.toISOString(),
    ...(options.base?.catalog.needs && { previousNeeds: options.base.catalog.needs }),
  });
  const conflicts = crossUnitConflicts(catalog);
  return { catalog, report: buildAggregateReport(catalog, verdicts, units.values(), conflicts) };
}

/** The county the units share (the first six digits of their division codes), and no USCC: the user names it. */
function placeholderAuthority(units: Iterable<AcceptedVersion>): Department {
  const counties = new Set([...units].map((u) => u.unit.divisionCode.slice(0, 6)));
  return { name: PLACEHOLDER_AUTHORITY, uscc: '', divisionCode: counties.size === 1 ? [...counties][0]! : '' };
}
