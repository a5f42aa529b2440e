// The county catalog: every unit's last accepted catalog, one after the other in USCC order, each resource
// attributed to its unit and source package (attribution.ts), and the units' needs as the county's 需求清单
// (county-needs.ts). The county authority is the catalog's department.
import { CATALOG_FORMAT, CATALOG_FORMAT_VERSION, type Catalog, type Department, type Need } from '../model/catalog.ts';
import { compareCodeUnits } from '../package/code-unit-order.ts';
import { attributeResource, type Attribution } from './attribution.ts';
import { countyNeeds } from './county-needs.ts';

export interface CountyCatalogHeader {
  profile: string;
  /** The county data authority (or the office acting as it). */
  department: Department;
  catalogVersion: number;
  /** The aggregation time, as an ISO 8601 instant (core reads no clock). */
  updatedAt: string;
  /** The previous county catalog's needs, for the units carried over from it. */
  previousNeeds?: readonly Need[];
}

/** A unit's resources the county holds, with where they came from: an accepted version, or what the app's review kept. */
export type CountyUnit = Attribution & { catalog: Pick<Catalog, 'resources' | 'needs'>; carried?: boolean };

export function buildCountyCatalog(units: Iterable<CountyUnit>, header: CountyCatalogHeader): Catalog {
  const ordered = [...units].sort((a, b) => compareCodeUnits(a.unit.uscc, b.unit.uscc));
  const needs = countyNeeds(ordered, header.previousNeeds);
  return {
    format: CATALOG_FORMAT,
    version: CATALOG_FORMAT_VERSION,
    profile: header.profile,
    catalogVersion: header.catalogVersion,
    updatedAt: header.updatedAt,
    department: header.department,
    resources: ordered.flatMap((u) => u.catalog.resources.map((r) => attributeResource(r, u))),
    ...(needs.length ? { needs } : {}),
  };
}
