// A database as schema version 1 stored it, with data in every table: what a clerk who ran the first release has
// on disk (an imported catalog, edits with their history, the audit chain, a package and its receipt, the basis
// library, settings). The upgrade tests write it with the version-1 schema, then open it with the current code
// and compare every row. Deterministic, so a reloaded page can rebuild what was written.
//
// The shapes are version 1's: resource rows have no nameKey. Other tables are unchanged since, so they use the
// current row types; a version that changes one must freeze its version-1 shape here.
import { Dexie, type DexieOptions } from 'dexie';
import type { Catalog } from '../../../core/model/catalog.ts';
import { jsonEqual } from '../../../core/format/json-equal.ts';
import { generateCatalog } from '../../../core/sample/generator.ts';
import { createAuditHasher, GENESIS_HASH } from '../../../renderer/services/storage/audit-hash.ts';
import type {
  AuditBody,
  AuditRow,
  BasisRow,
  HistoryRow,
  ImportRow,
  MetaRow,
  PackageRow,
  ReceiptRow,
  ResourceRow,
  SettingRow,
  VersionStamp,
  WorkspaceRow,
} from '../../../renderer/services/storage/rows.ts';
import { declareSchema, nameKeyOf } from '../../../renderer/services/storage/schema.ts';

type V1ResourceRow = Omit<ResourceRow, 'nameKey'>;

export interface Version1Data {
  /** The department workspace's catalog as loadCatalog must return it. */
  catalog: Catalog;
  /** A resource name as typed differently (full-width, spaces) by a clerk, to look up through the v2 index. */
  nameVariant: { typed: string; resourceId: string };
  tables: {
    workspaces: WorkspaceRow[];
    resources: V1ResourceRow[];
    history: HistoryRow[];
    imports: ImportRow[];
    audit: AuditRow[];
    meta: MetaRow[];
    packages: PackageRow[];
    receipts: ReceiptRow[];
    basis: BasisRow[];
    settings: SettingRow[];
  };
}

const OPERATOR = '王晓明';
const BASIS = { title: '安徽省政务数据资源管理办法', docNo: '皖政〔2021〕号', article: '第十二条' };
const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 1, minute)).toISOString();

export async function version1Data(): Promise<Version1Data> {
  const generated = generateCatalog({ resources: 40, seed: 7, itemsPerResource: 5, profile: 'anhui' });
  const department = { name: '泗县数据资源管理局', uscc: generated.department.uscc, divisionCode: '341324' };
  const importStamp: VersionStamp = { version: 1, kind: 'import', at: at(1), operator: OPERATOR, note: { reason: '首次导入', basis: [BASIS] }, importId: 1 };
  const resources: V1ResourceRow[] = generated.resources.map((resource, position) => ({ workspaceId: 1, generation: 2, id: resource.id, position, resource, stamp: importStamp }));
  // Two edits after the import: the imported versions went to history.
  const history: HistoryRow[] = [];
  for (const [k, position] of [3, 17].entries()) {
    const row = resources[position]!;
    history.push({ workspaceId: 1, resourceId: row.id, version: 1, position, resource: row.resource, stamp: row.stamp });
    const stamp: VersionStamp = { version: 2 + k, kind: 'edit', at: at(5 + k), operator: OPERATOR, note: { reason: '补充摘要', basis: [] } };
    resources[position] = { ...row, resource: { ...row.resource, abstract: `${row.resource.abstract ?? ''}（已补充）` }, stamp };
  }
  const catalog: Catalog = {
    ...generated,
    department,
    updatedAt: at(6),
    resources: resources.map((r) => r.resource),
  };
  const header = { catalogVersion: generated.catalogVersion ?? 1, updatedAt: at(6), codeSequences: generated.codeSequences ?? {} };
  const workspaces: WorkspaceRow[] = [
    {
      id: 1,
      kind: 'department',
      slot: `department:${department.uscc}`,
      department,
      profileId: 'anhui',
      operatorName: OPERATOR,
      createdAt: at(0),
      header,
      liveGeneration: 2,
      nextGeneration: 3,
      lastVersion: 3,
      nextPosition: resources.length,
      resourceCount: resources.length,
      undo: [
        { resourceId: resources[3]!.id, version: 2, previous: 1 },
        { resourceId: resources[17]!.id, version: 3, previous: 1 },
      ],
    },
    {
      id: 2,
      kind: 'training',
      slot: 'training',
      department: { ...department, name: '培训用部门' },
      profileId: 'anhui',
      operatorName: '培训学员',
      createdAt: at(9),
      header: { codeSequences: {} },
      liveGeneration: 1,
      nextGeneration: 2,
      lastVersion: 0,
      nextPosition: 0,
      resourceCount: 0,
      undo: [],
    },
  ];
  // Listed in primary-key order, as the tables return them.
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  resources.sort((a, b) => byId(a.id, b.id));
  history.sort((a, b) => byId(a.resourceId, b.resourceId));
  const items = generated.resources.reduce((n, r) => n + r.items.length, 0);
  const imports: ImportRow[] = [
    {
      id: 1,
      workspaceId: 1,
      status: 'committed',
      generation: 2,
      baseGeneration: 1,
      version: 1,
      operator: OPERATOR,
      note: importStamp.note,
      source: '泗县目录.xlsx',
      startedAt: at(1),
      committedAt: at(2),
      expected: { resources: resources.length, items },
      staged: resources.length,
      header,
      replaced: { changed: [], withdrawn: [] },
      retired: true,
    },
  ];
  const manifestDigest = `sm3:${'ab'.repeat(32)}`;
  const packageId = `${department.uscc}-v1-${'cd'.repeat(16)}`;
  const packages: PackageRow[] = [
    {
      id: 1,
      workspaceId: 1,
      packageId,
      type: 'submission',
      manifestDigest,
      manifest: {
        format: 'mulu.package-manifest',
        version: 1,
        type: 'submission',
        watermark: null,
        packageId,
        department,
        profile: 'anhui',
        catalogVersion: 1,
        createdAt: at(7),
        signer: { keyId: `sm3:${'ef'.repeat(32)}`, suite: 'SM2-with-SM3' },
        baseVersion: null,
        baseManifestDigest: null,
        changes: null,
        files: [{ path: 'catalog.json', size: 3, digest: `sm3:${'01'.repeat(32)}` }],
      },
      fileName: '泗县数据资源目录-v1.mulu',
      size: 5,
      content: { kind: 'bytes', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 0]) },
      savedAt: at(7),
      status: 'accepted',
      receiptId: 1,
    },
  ];
  const receipts: ReceiptRow[] = [
    {
      id: 1,
      workspaceId: 1,
      packageRowId: 1,
      receipt: {
        format: 'mulu.receipt',
        version: 1,
        packageId,
        manifestDigest,
        department: { name: department.name, uscc: department.uscc },
        catalogVersion: 1,
        decision: 'accepted',
        reason: null,
        resources: [],
        receivedAt: '2026-03-03T09:00:00+08:00',
        receiver: { name: '宿州市数据资源局', uscc: department.uscc, keyId: `sm3:${'12'.repeat(32)}` },
      },
      fileText: '{"receipt":{}}',
      importedAt: at(8),
    },
  ];
  const hasher = await createAuditHasher();
  const audit: AuditRow[] = [];
  const entries: Omit<AuditBody, 'seq' | 'prevHash'>[] = [
    { at: at(0), operator: OPERATOR, workspaceId: 1, action: 'workspace.create', subject: '1', detail: { kind: 'department' } },
    { at: at(2), operator: OPERATOR, workspaceId: 1, action: 'import.commit', subject: '1', detail: { version: 1, resources: resources.length, items } },
    { at: at(5), operator: OPERATOR, workspaceId: 1, action: 'resource.save', subject: resources[3]!.id, detail: { version: 2, reason: '补充摘要' } },
    { at: at(6), operator: OPERATOR, workspaceId: 1, action: 'resource.save', subject: resources[17]!.id, detail: { version: 3, reason: '补充摘要' } },
    { at: at(7), operator: OPERATOR, workspaceId: 1, action: 'package.record', subject: packageId, detail: { manifestDigest } },
    { at: at(8), operator: OPERATOR, workspaceId: 1, action: 'receipt.record', subject: packageId, detail: { decision: 'accepted' } },
    { at: at(9), operator: '培训学员', workspaceId: 2, action: 'workspace.create', subject: '2', detail: { kind: 'training' } },
  ];
  for (const e of entries) {
    const body: AuditBody = { ...e, seq: audit.length + 1, prevHash: audit.at(-1)?.hash ?? GENESIS_HASH };
    audit.push({ ...body, hash: hasher.hash(body) });
  }
  const named = generated.resources[11]!;
  return {
    catalog,
    nameVariant: { typed: ` ${named.name!.replace(/（/g, '(').replace(/）/g, ')')} `, resourceId: named.id },
    tables: {
      workspaces,
      resources,
      history,
      imports,
      audit,
      meta: [{ key: 'auditHead', value: { seq: audit.length, hash: audit.at(-1)!.hash } }],
      packages,
      receipts,
      basis: [
        { id: 1, key: 'k1', basis: BASIS, savedAt: at(3) },
        { id: 2, key: 'k2', basis: { title: '中华人民共和国数据安全法', article: '第三十八条', level: 'law' }, savedAt: at(4) },
      ],
      settings: [
        { key: 'language', value: 'zh-CN' },
        { key: 'lastWorkspace', value: 1 },
      ],
    },
  };
}

/** Writes the data with the version-1 schema and closes the database. */
export async function writeVersion1Database(name: string, options: Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'> = {}): Promise<Version1Data> {
  const data = await version1Data();
  const db = new Dexie(name, options);
  declareSchema(db, 1);
  await db.open();
  await db.transaction('rw', Object.keys(data.tables), async () => {
    for (const [table, rows] of Object.entries(data.tables)) await db.table(table).bulkAdd(rows);
  });
  db.close();
  return data;
}

/** The version-1 rows as the current schema holds them: resources with their nameKey (v2), each audit entry a block of one (v5). */
function upgradedRows(data: Version1Data, table: string, rows: readonly object[]): readonly object[] {
  if (table === 'resources') return data.tables.resources.map((r) => ({ ...r, nameKey: nameKeyOf(r.resource) }));
  if (table === 'audit') return data.tables.audit.map((entry) => ({ seq: entry.seq, entries: [entry] }));
  return rows;
}

/** Every difference between the upgraded database and the version-1 data. */
export async function upgradeDifferences(db: Dexie, data: Version1Data): Promise<string[]> {
  const problems: string[] = [];
  for (const [table, rows] of Object.entries(data.tables)) {
    const expected = upgradedRows(data, table, rows);
    const actual = await db.table(table).toArray();
    if (actual.length !== expected.length) problems.push(`${table}: ${actual.length} rows, expected ${expected.length}`);
    else expected.forEach((row, i) => jsonEqual(actual[i], row) || problems.push(`${table}[${i}] differs`));
  }
  return problems;
}
