// The storage layout question of issue #5, measured in real Chromium IndexedDB: do a resource's items live inside
// the resource record ("embedded") or one row per item in their own table ("split")? Both layouts are written
// with raw Dexie so the comparison does not depend on the repository code built on the winner.
import Dexie, { type Table } from 'dexie';
import type { Catalog, DataItem, Resource } from '../../../core/model/catalog.ts';
import type { LayoutSample } from './storage-bench-summary.ts';

const CHUNK = 1_000;
const W = 1;
const G = 1;

interface EmbeddedRow {
  workspaceId: number;
  generation: number;
  id: string;
  position: number;
  resource: Resource;
}
interface SplitResourceRow {
  workspaceId: number;
  generation: number;
  id: string;
  position: number;
  resource: Omit<Resource, 'items'>;
}
interface SplitItemRow {
  workspaceId: number;
  generation: number;
  resourceId: string;
  index: number;
  item: DataItem;
}

async function usage(): Promise<number> {
  return (await navigator.storage.estimate()).usage ?? 0;
}

const elapsed = async (fn: () => Promise<unknown>): Promise<number> => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};

const liveRange = (): [unknown[], unknown[]] => [
  [W, G, Dexie.minKey],
  [W, G, Dexie.maxKey],
];

async function measureEmbedded(catalog: Catalog): Promise<LayoutSample> {
  await Dexie.delete('bench-embedded');
  const db = new Dexie('bench-embedded');
  db.version(1).stores({ resources: '[workspaceId+generation+id]' });
  const table: Table<EmbeddedRow> = db.table('resources');
  await db.open();
  const before = await usage();
  const rows = catalog.resources.map((resource, position) => ({ workspaceId: W, generation: G, id: resource.id, position, resource }));
  const writeMs = await elapsed(async () => {
    for (let i = 0; i < rows.length; i += CHUNK) await table.bulkPut(rows.slice(i, i + CHUNK));
  });
  const diskBytes = (await usage()) - before;
  const [lo, hi] = liveRange();
  let loaded = 0;
  const loadAllMs = await elapsed(async () => {
    const all = await table.where('[workspaceId+generation+id]').between(lo, hi).toArray();
    loaded = all.reduce((n, r) => n + r.resource.items.length, 0);
  });
  // The list screen needs names, codes and types only; with embedded items it still reads (and clones) every item.
  const loadListMs = await elapsed(() => table.where('[workspaceId+generation+id]').between(lo, hi).toArray());
  const sample = catalog.resources[catalog.resources.length >> 1]!;
  const openOneMs = await elapsed(() => table.get([W, G, sample.id]));
  const edited = { ...sample, items: sample.items.map((it, i) => (i === 0 ? { ...it, name: `${it.name}改` } : it)) };
  const saveOneMs = await elapsed(() => table.put({ workspaceId: W, generation: G, id: edited.id, position: 0, resource: edited }));
  db.close();
  await Dexie.delete('bench-embedded');
  return { layout: 'embedded', writeMs, loadAllMs, loadListMs, openOneMs, saveOneMs, diskBytes, rows: rows.length, items: loaded };
}

async function measureSplit(catalog: Catalog): Promise<LayoutSample> {
  await Dexie.delete('bench-split');
  const db = new Dexie('bench-split');
  db.version(1).stores({ resources: '[workspaceId+generation+id]', items: '[workspaceId+generation+resourceId+index]' });
  const resources: Table<SplitResourceRow> = db.table('resources');
  const items: Table<SplitItemRow> = db.table('items');
  await db.open();
  const before = await usage();
  let rowCount = 0;
  const writeMs = await elapsed(async () => {
    for (let i = 0; i < catalog.resources.length; i += CHUNK) {
      const chunk = catalog.resources.slice(i, i + CHUNK);
      const resourceRows = chunk.map(({ items: _items, ...resource }, k) => ({ workspaceId: W, generation: G, id: resource.id, position: i + k, resource }));
      const itemRows = chunk.flatMap((r) => r.items.map((item, index) => ({ workspaceId: W, generation: G, resourceId: r.id, index, item })));
      rowCount += resourceRows.length + itemRows.length;
      await db.transaction('rw', resources, items, async () => {
        await resources.bulkPut(resourceRows);
        await items.bulkPut(itemRows);
      });
    }
  });
  const diskBytes = (await usage()) - before;
  const [lo, hi] = liveRange();
  const itemRange = (id: string): [unknown[], unknown[]] => [
    [W, G, id, Dexie.minKey],
    [W, G, id, Dexie.maxKey],
  ];
  let loaded = 0;
  const loadAllMs = await elapsed(async () => {
    const [rs, its] = await Promise.all([
      resources.where('[workspaceId+generation+id]').between(lo, hi).toArray(),
      items.where('[workspaceId+generation+resourceId+index]').between([W, G, Dexie.minKey, Dexie.minKey], [W, G, Dexie.maxKey, Dexie.maxKey]).toArray(),
    ]);
    const byResource = new Map<string, DataItem[]>(rs.map((r) => [r.id, []]));
    for (const row of its) byResource.get(row.resourceId)?.push(row.item);
    loaded = rs.reduce((n, r) => n + (byResource.get(r.id)?.length ?? 0), 0);
  });
  const loadListMs = await elapsed(() => resources.where('[workspaceId+generation+id]').between(lo, hi).toArray());
  const sample = catalog.resources[catalog.resources.length >> 1]!;
  const openOneMs = await elapsed(() =>
    Promise.all([resources.get([W, G, sample.id]), items.where('[workspaceId+generation+resourceId+index]').between(...itemRange(sample.id)).toArray()]),
  );
  const saveOneMs = await elapsed(() =>
    db.transaction('rw', resources, items, async () => {
      const { items: sampleItems, ...resource } = sample;
      await resources.put({ workspaceId: W, generation: G, id: sample.id, position: 0, resource });
      await items.where('[workspaceId+generation+resourceId+index]').between(...itemRange(sample.id)).delete();
      await items.bulkPut(sampleItems.map((item, index) => ({ workspaceId: W, generation: G, resourceId: sample.id, index, item })));
    }),
  );
  db.close();
  await Dexie.delete('bench-split');
  return { layout: 'split', writeMs, loadAllMs, loadListMs, openOneMs, saveOneMs, diskBytes, rows: rowCount, items: loaded };
}

export async function measureLayouts(catalog: Catalog): Promise<LayoutSample[]> {
  return [await measureEmbedded(catalog), await measureSplit(catalog)];
}
