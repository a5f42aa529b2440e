// The county catalog: every unit's last accepted catalog, one after the other in USCC order, each resource
// attributed to its unit and source package (attribution.ts). The county authority is the catalog's department.
import { CATALOG_FORMAT, CATALOG_FORMAT_VERSION, type Catalog, type Department } from '../model/catalog.ts';
import { compareCodeUnits } from '../package/code-unit-order.ts';
import { attributeResource, type Attribution } from './attribution.ts';

export interface CountyCatalogHeader {
  profile: string;
  /** The county data authority (or the office acting as it). */
  department: Department;
  catalogVersion: number;
  /** The aggregation time, as an ISO 8601 instant (core reads no clock). */
  updatedAt: string;
}

/** A unit's resources the county holds, with where they came from: an accepted version, or what the app's review kept. */
export type CountyUnit = Attribution & { catalog: Pick<Catalog, 'resources'> };

export function buildCountyCatalog(units: Iterable<CountyUnit>, header: CountyCatalogHeader): Catalog {
  const ordered = [...units].sort((a, b) => compareCodeUnits(a.unit.uscc, b.unit.uscc));
  return {
    format: CATALOG_FORMAT,
    version: CATALOG_FORMAT_VERSION,
    profile: header.profile,
    catalogVersion: header.catalogVersion,
    updatedAt: header.updatedAt,
    department: header.department,
    resources: ordered.flatMap((u) => u.catalog.resources.map((r) => attributeResource(r, u))),
  };
}
