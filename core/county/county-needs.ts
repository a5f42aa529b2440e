// The county's 需求清单 (Chongqing Art. 12: the units' 需求清单 are reported to the county authority, which
// summarises them into the county's): every unit's needs in the county catalog's unit order, each named by the unit
// that raised it. A need's id is prefixed with its unit's USCC, so ids stay unique across units and a unit carried
// over from the previous county catalog (--base, whose packages are not read again) keeps its needs from there.
import type { Catalog, Department, Need } from '../model/catalog.ts';

/** What the summary reads of a unit the county holds (an accepted version, or what the app's review kept). */
interface UnitNeeds {
  unit: Pick<Department, 'name' | 'uscc'>;
  carried?: boolean;
  catalog: Pick<Catalog, 'needs'>;
}

/** The start of the ids of a unit's needs in the county catalog. */
export const unitNeedPrefix = (uscc: string) => `${uscc}/`;

/** `previous`: the needs of the previous county catalog, for the units carried over from it. */
export function countyNeeds(units: readonly UnitNeeds[], previous: readonly Need[] = []): Need[] {
  return units.flatMap((u) => {
    const prefix = unitNeedPrefix(u.unit.uscc);
    if (u.carried) return previous.filter((n) => n.id.startsWith(prefix));
    return (u.catalog.needs ?? []).map((n) => ({ ...n, id: `${prefix}${n.id}`, requester: n.requester?.trim() ? n.requester : u.unit.name }));
  });
}
