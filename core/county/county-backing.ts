// Whether every resource of a county catalog is backed by the unit package it is attributed to: the package is one
// of those embedded, the attribution (unit, version, manifest digest — attribution.ts) is that package's, and the
// resource, with its attribution taken off, is exactly the resource of that id in the package's signed catalog. So
// the county can leave a unit's resource out (a returned one) but can neither add nor change one. Shared by
// packing (refused before signing) and verification (county-package-verify.ts).
import { jsonEqual } from '../format/json-equal.ts';
import type { Catalog, Resource } from '../model/catalog.ts';
import type { PackageManifest } from '../package/manifest.ts';
import { readAttribution, unattributeResource } from './attribution.ts';
import type { CountyChainReason } from './county-package-failures.ts';

/** One embedded unit package, verified. */
export interface EmbeddedSource {
  /** Its entry in the county package, or its file name when packing. */
  entry: string;
  manifest: PackageManifest;
  /** The digest of its exact manifest bytes with its own suite, as attributions record it. */
  manifestDigest: string;
  catalog: Catalog;
}

export interface BackingProblem {
  reason: Extract<CountyChainReason, 'embeddedDuplicateUnit' | 'resourceUnattributed' | 'sourceNotEmbedded' | 'attributionMismatch' | 'resourceNotBacked'>;
  params: Record<string, string>;
  entry?: string;
}

export function backingProblem(county: Catalog, sources: readonly EmbeddedSource[]): BackingProblem | undefined {
  const byPackage = new Map<string, EmbeddedSource>();
  const byUnit = new Map<string, EmbeddedSource>();
  for (const source of sources) {
    const unit = source.manifest.department;
    const other = byUnit.get(unit.uscc);
    if (other) return { reason: 'embeddedDuplicateUnit', params: { unit: unit.name, entry: source.entry, other: other.entry }, entry: source.entry };
    byUnit.set(unit.uscc, source);
    byPackage.set(source.manifest.packageId, source);
  }
  const resourcesById = new Map<EmbeddedSource, Map<string, Resource>>();
  for (const resource of county.resources) {
    const name = resource.code ?? resource.name ?? resource.id;
    const a = readAttribution(resource);
    if (!a) return { reason: 'resourceUnattributed', params: { resource: name } };
    const source = byPackage.get(a.packageId);
    if (!source) return { reason: 'sourceNotEmbedded', params: { resource: name, packageId: a.packageId } };
    const d = source.manifest.department;
    if (a.manifestDigest !== source.manifestDigest || a.version !== source.manifest.catalogVersion || a.unit.uscc !== d.uscc || a.unit.name !== d.name || a.unit.divisionCode !== d.divisionCode) {
      return { reason: 'attributionMismatch', params: { resource: name, packageId: a.packageId }, entry: source.entry };
    }
    let own = resourcesById.get(source);
    if (!own) resourcesById.set(source, (own = new Map(source.catalog.resources.map((r) => [r.id, r]))));
    const unattributed = unattributeResource(resource, a.unit.uscc);
    const signed = own.get(unattributed.id);
    if (!signed || !jsonEqual(unattributed, signed)) return { reason: 'resourceNotBacked', params: { resource: name, entry: source.entry }, entry: source.entry };
  }
  return undefined;
}
