// Reading the previous county catalog (--base) back into each unit's last accepted version: the resources are
// grouped by the unit they are attributed to (attribution.ts), given back their own ids and extensions, and the
// version and manifest digest recorded with them become the base the unit's next incremental package must name.
// A unit whose accepted catalog had no resources leaves no trace in a county catalog: its next package must then
// be a full one.
import type { FileProblem } from '../format/catalog-file.ts';
import type { Catalog } from '../model/catalog.ts';
import { ATTRIBUTION_KEYS, resourcesByUnit, unattributeResource, type Attribution } from './attribution.ts';
import type { AcceptedVersion } from './accepted-version.ts';

export type CountyBaseResult = { ok: true; units: Map<string, AcceptedVersion> } | { ok: false; problems: FileProblem[] };

const problem = (index: number, zh: string, en: string): FileProblem => ({ path: `resources[${index}].extensions`, message: { zh, en } });

export function acceptedVersionsOf(county: Catalog): CountyBaseResult {
  const { byUnit, unattributed } = resourcesByUnit(county);
  const problems: FileProblem[] = unattributed.map((i) =>
    problem(i, '缺少来源单位的标注（mulu.county.*），这不是 mulu aggregate 写出的县级汇总目录', 'no unit attribution (mulu.county.*): not a county catalog written by mulu aggregate'),
  );
  const units = new Map<string, AcceptedVersion>();
  for (const [uscc, group] of byUnit) {
    const first = group.attribution;
    const differs = group.resources.findIndex((r, i) => i > 0 && !sameSource(first, r.extensions ?? {}));
    if (differs >= 0) {
      problems.push(problem(group.indices[differs]!, `同一单位（${first.unit.name}）的资源标注了不同的来源目录包`, `resources of one unit (${first.unit.name}) name different source packages`));
      continue;
    }
    const department = { name: first.unit.name, uscc, divisionCode: first.unit.divisionCode, ...(first.unit.number !== undefined && { number: first.unit.number }) };
    const catalog: Catalog = {
      format: county.format,
      version: county.version,
      profile: county.profile,
      catalogVersion: first.version,
      department,
      resources: group.resources.map((r) => unattributeResource(r, uscc)),
    };
    units.set(uscc, {
      ...first,
      catalog,
      chainBase: { department, catalogVersion: first.version, manifestDigest: first.manifestDigest, catalog },
      carried: true,
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, units };
}

function sameSource(a: Attribution, extensions: Record<string, string>): boolean {
  return extensions[ATTRIBUTION_KEYS.packageId] === a.packageId && extensions[ATTRIBUTION_KEYS.manifestDigest] === a.manifestDigest;
}
