// A county catalog's resource with its unit, as the cross-unit checks read it: read once, shared by every check.
import { normalizeUscc } from '../codes/uscc.ts';
import type { Catalog, Resource } from '../model/catalog.ts';
import { readAttribution } from './attribution.ts';
import type { ConflictParty, ConflictUnit } from './conflict.ts';

export interface AttributedResource {
  resource: Resource;
  unit: ConflictUnit;
}

/** Every attributed resource; one without attribution belongs to no unit and takes part in no cross-unit check. */
export function attributedResources(catalog: Catalog): AttributedResource[] {
  const out: AttributedResource[] = [];
  for (const resource of catalog.resources) {
    const a = readAttribution(resource);
    if (a) out.push({ resource, unit: { name: a.unit.name, uscc: a.unit.uscc } });
  }
  return out;
}

export function partyOf({ resource, unit }: AttributedResource): ConflictParty {
  return { unit, resourceId: resource.id, ...(resource.code !== undefined && { code: resource.code }), ...(resource.name !== undefined && { name: resource.name }) };
}

/** Who provides the data: the provider's USCC, else its name, else the unit itself. */
export function providerKey({ resource, unit }: AttributedResource): string {
  const code = resource.providerCode?.trim();
  if (code) return normalizeUscc(code);
  return resource.providerName?.trim() || unit.uscc;
}

/** The groups of `entries` with the same key that span at least two units, in first-seen order. */
export function crossUnitGroups<T extends AttributedResource>(entries: readonly T[], key: (e: T) => string | undefined): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const e of entries) {
    const k = key(e);
    if (k === undefined || k === '') continue;
    const group = groups.get(k);
    if (group) group.push(e);
    else groups.set(k, [e]);
  }
  return [...groups].filter(([, g]) => spansUnits(g));
}

export function spansUnits(entries: readonly AttributedResource[]): boolean {
  return entries.some((e) => e.unit.uscc !== entries[0]!.unit.uscc);
}

/** Unit names, 、-joined, each once. */
export function unitList(entries: readonly AttributedResource[]): string {
  return [...new Set(entries.map((e) => e.unit.name))].join('、');
}
