// Where a county catalog says which unit each resource comes from (docs/catalog-format.md, "County catalog"): in
// the resource's `extensions`, under keys of their own, so the county catalog stays a `mulu.catalog` version 1 file
// that today's readers, rules and exports take as it is. The same keys let a later aggregation recover each unit's
// last accepted catalog and the digest its next incremental package must name (county-base.ts).
import type { Catalog, Department, Resource } from '../model/catalog.ts';

/** The reserved extension keys, and what each holds. */
export const ATTRIBUTION_KEYS = {
  unitName: 'mulu.county.unitName',
  unitUscc: 'mulu.county.unitUscc',
  unitDivision: 'mulu.county.unitDivision',
  unitNumber: 'mulu.county.unitNumber',
  sourceFile: 'mulu.county.sourceFile',
  packageId: 'mulu.county.packageId',
  version: 'mulu.county.version',
  date: 'mulu.county.date',
  manifestDigest: 'mulu.county.manifestDigest',
} as const;

const RESERVED: ReadonlySet<string> = new Set(Object.values(ATTRIBUTION_KEYS));

/** The unit and package a resource was accepted from. */
export interface Attribution {
  unit: Pick<Department, 'name' | 'uscc' | 'divisionCode' | 'number'>;
  /** The package file's name as it was given to the aggregation (no folders). */
  sourceFile: string;
  packageId: string;
  version: number;
  /** The package's creation time (manifest createdAt). */
  date: string;
  /** The digest of the package's exact manifest bytes, spelled as file digests are: what its successor names. */
  manifestDigest: string;
}

/**
 * The resource as the county catalog holds it: its id prefixed with the unit's USCC (ids are unique only within a
 * unit's catalog) and the attribution added to its extensions.
 */
export function attributeResource(resource: Resource, a: Attribution): Resource {
  const extensions: Record<string, string> = {
    ...resource.extensions,
    [ATTRIBUTION_KEYS.unitName]: a.unit.name,
    [ATTRIBUTION_KEYS.unitUscc]: a.unit.uscc,
    [ATTRIBUTION_KEYS.unitDivision]: a.unit.divisionCode,
    ...(a.unit.number !== undefined && { [ATTRIBUTION_KEYS.unitNumber]: a.unit.number }),
    [ATTRIBUTION_KEYS.sourceFile]: a.sourceFile,
    [ATTRIBUTION_KEYS.packageId]: a.packageId,
    [ATTRIBUTION_KEYS.version]: String(a.version),
    [ATTRIBUTION_KEYS.date]: a.date,
    [ATTRIBUTION_KEYS.manifestDigest]: a.manifestDigest,
  };
  return { ...resource, id: `${a.unit.uscc}/${resource.id}`, extensions };
}

/** The attribution a county catalog's resource carries, or undefined when a key is missing or malformed. */
export function readAttribution(resource: Resource): Attribution | undefined {
  const x = resource.extensions;
  if (!x) return undefined;
  const name = x[ATTRIBUTION_KEYS.unitName];
  const uscc = x[ATTRIBUTION_KEYS.unitUscc];
  const divisionCode = x[ATTRIBUTION_KEYS.unitDivision];
  const sourceFile = x[ATTRIBUTION_KEYS.sourceFile];
  const packageId = x[ATTRIBUTION_KEYS.packageId];
  const versionText = x[ATTRIBUTION_KEYS.version];
  const date = x[ATTRIBUTION_KEYS.date];
  const manifestDigest = x[ATTRIBUTION_KEYS.manifestDigest];
  if (!name || !uscc || !divisionCode || !sourceFile || !packageId || !versionText || !date || !manifestDigest) return undefined;
  if (!/^\d+$/.test(versionText) || !Number.isSafeInteger(Number(versionText))) return undefined;
  const number = x[ATTRIBUTION_KEYS.unitNumber];
  return { unit: { name, uscc, divisionCode, ...(number !== undefined && { number }) }, sourceFile, packageId, version: Number(versionText), date, manifestDigest };
}

/** The resource as the unit's own catalog held it: the unit's id, its own extensions only. */
export function unattributeResource(resource: Resource, unitUscc: string): Resource {
  const { extensions, ...rest } = resource;
  const own = Object.entries(extensions ?? {}).filter(([key]) => !RESERVED.has(key));
  const prefix = `${unitUscc}/`;
  return { ...rest, id: rest.id.startsWith(prefix) ? rest.id.slice(prefix.length) : rest.id, ...(own.length > 0 && { extensions: Object.fromEntries(own) }) };
}

/** The resources of `catalog` grouped by the unit they are attributed to; those without attribution apart. */
export function resourcesByUnit(catalog: Catalog): { byUnit: Map<string, { attribution: Attribution; resources: Resource[]; indices: number[] }>; unattributed: number[] } {
  const byUnit = new Map<string, { attribution: Attribution; resources: Resource[]; indices: number[] }>();
  const unattributed: number[] = [];
  catalog.resources.forEach((resource, index) => {
    const attribution = readAttribution(resource);
    if (!attribution) {
      unattributed.push(index);
      return;
    }
    const group = byUnit.get(attribution.unit.uscc);
    if (group) {
      group.resources.push(resource);
      group.indices.push(index);
    } else byUnit.set(attribution.unit.uscc, { attribution, resources: [resource], indices: [index] });
  });
  return { byUnit, unattributed };
}
