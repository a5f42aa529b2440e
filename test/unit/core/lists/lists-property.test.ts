// Every resource lands in exactly the lists it should, once, whatever the catalog: no resource lost or counted twice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listCounts } from '../../../../core/lists/list-counts.ts';
import { listDefinitions, type ListDefinition, type ListId } from '../../../../core/lists/list-definitions.ts';
import { listRows } from '../../../../core/lists/list-rows.ts';
import type { Catalog, DataItem, Resource } from '../../../../core/model/catalog.ts';
import { ACQUISITION_METHODS, OPEN_TYPES, SHARE_TYPES } from '../../../../core/model/enums.ts';
import { loadProfile } from '../../../../core/profiles/profile.ts';
import { validCatalog } from '../../../harness/catalog-builders.ts';

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const itemArb: fc.Arbitrary<DataItem> = fc.record({
  name: fc.string({ minLength: 1, maxLength: 4 }),
  shareType: maybe(fc.constantFrom(...SHARE_TYPES)),
  openType: maybe(fc.constantFrom(...OPEN_TYPES)),
});
const resourceArb = (id: number): fc.Arbitrary<Resource> =>
  fc.record({
    shareType: maybe(fc.constantFrom(...SHARE_TYPES)),
    openType: maybe(fc.constantFrom(...OPEN_TYPES)),
    acquisition: maybe(fc.constantFrom(...ACQUISITION_METHODS)),
    supplementary: maybe(fc.boolean()),
    items: fc.array(itemArb, { maxLength: 5 }),
  }).map((r) => ({ id: `r${id}`, name: `资源${id}`, ...r }));
const catalogArb: fc.Arbitrary<Catalog> = fc
  .integer({ min: 0, max: 12 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => resourceArb(i))))
  .map((resources) => validCatalog({ resources }));

const given = (t: string | undefined) => t === 'unconditional' || t === 'conditional';

/** What each list should hold for a resource, said plainly from the regulations' wording. */
function expected(r: Resource, d: ListDefinition): { resourceRows: number; itemRows: number } {
  const excluded = r.acquisition !== undefined && d.exclude.acquisition.includes(r.acquisition);
  switch (d.id) {
    case 'shared':
      return { resourceRows: given(r.shareType) && !excluded ? 1 : 0, itemRows: 0 };
    case 'open':
      return { resourceRows: given(r.openType) && !excluded ? 1 : 0, itemRows: 0 };
    case 'negative':
      return {
        resourceRows: r.shareType === 'none' || r.openType === 'none' ? 1 : 0,
        itemRows: r.items.filter((i) => (r.shareType !== 'none' && i.shareType === 'none') || (r.openType !== 'none' && i.openType === 'none')).length,
      };
    case 'responsibility':
      return { resourceRows: 1, itemRows: 0 };
    case 'supplementary':
      return { resourceRows: r.supplementary === true ? 1 : 0, itemRows: 0 };
    case 'needs':
      // Not derived from the resources: a resource is on no row of it.
      return { resourceRows: 0, itemRows: 0 };
  }
}

describe('lists account for the whole catalog', () => {
  for (const profile of ['national', 'jilin', 'anhui']) {
    const definitions = listDefinitions(loadProfile(profile));
    it(`puts every resource and item in exactly the lists it belongs to (${profile})`, () => {
      fc.assert(
        fc.property(catalogArb, (catalog) => {
          for (const d of definitions) {
            const seen = new Map<Resource, { resourceRows: number; itemRows: number }>();
            for (const row of listRows(catalog, d)) {
              if (row.need) throw new Error(`${d.id}: a need row in a list derived from the resources`);
              const s = seen.get(row.resource) ?? { resourceRows: 0, itemRows: 0 };
              if (row.item) s.itemRows++;
              else s.resourceRows++;
              seen.set(row.resource, s);
            }
            for (const r of catalog.resources) expect(seen.get(r) ?? { resourceRows: 0, itemRows: 0 }, `${d.id} ${r.id}`).toEqual(expected(r, d));
          }
        }),
      );
    });

    it(`counts add up to the catalog’s resources and items (${profile})`, () => {
      fc.assert(
        fc.property(catalogArb, (catalog) => {
          const counts = listCounts(catalog, definitions);
          const total = catalog.resources.length;
          const items = catalog.resources.reduce((n, r) => n + r.items.length, 0);
          expect(counts.catalog).toEqual({ resources: total, items });
          const byId = new Map<ListId, (typeof counts.lists)[number]>(counts.lists.map((c) => [c.id, c]));
          expect(byId.get('responsibility')).toMatchObject({ rows: total, resources: total, items });
          for (const standing of [counts.share!, counts.open!]) expect(Object.values(standing).reduce((a, b) => a + b, 0)).toBe(total);
          expect(byId.get('shared')!.resources).toBe(counts.share!.listed);
          expect(byId.get('open')!.resources).toBe(counts.open!.listed);
          expect(counts.share!.withheld).toBe(catalog.resources.filter((r) => r.shareType === 'none').length);
          expect(counts.share!.unset).toBe(catalog.resources.filter((r) => r.shareType === undefined).length);
        }),
      );
    });
  }
});
