// Storage over fake-indexeddb for fast Node tests: each test gets its own in-memory IndexedDB (a fresh factory),
// a clock that advances a second per reading, and a storage manager whose quota the test sets.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openStorage, type OpenedStorage, type StorageManagerLike } from '../../../../../renderer/services/storage/database.ts';
import type { WorkspaceSettings } from '../../../../../renderer/services/storage/workspaces.ts';
import type { EditAuthor } from '../../../../../renderer/services/storage/resource-edits.ts';
import type { Resource } from '../../../../../core/model/catalog.ts';
import { DEPARTMENT_USCC } from '../../../../harness/catalog-builders.ts';

export interface TestDatabase {
  factory: InstanceType<typeof IDBFactory>;
  /** What estimate() answers; change it to simulate a full disk. */
  space: { usage: number; quota: number };
  open(): Promise<OpenedStorage>;
}

export function testDatabase(name = 'mulu-test'): TestDatabase {
  const factory = new IDBFactory();
  const space = { usage: 0, quota: 10 * 1024 ** 3 };
  let tick = Date.parse('2026-03-02T01:00:00Z');
  const manager: StorageManagerLike = {
    estimate: async () => ({ ...space }),
    persist: async () => true,
    persisted: async () => false,
  };
  return {
    factory,
    space,
    open: () => openStorage({ name, dexie: { indexedDB: factory, IDBKeyRange }, storageManager: manager, clock: () => new Date((tick += 1000)) }),
  };
}

export const DEPARTMENT: WorkspaceSettings = {
  department: { name: '泗县数据资源管理局', uscc: DEPARTMENT_USCC, divisionCode: '341324' },
  profileId: 'anhui',
  operatorName: '王晓明',
};

export const author = (reason: string, operator = '王晓明'): EditAuthor => ({ operator, note: { reason, basis: [{ title: '安徽省政务数据资源管理办法', article: '第十二条' }] } });

export function resource(id: string, name: string, items = 3, code?: string): Resource {
  return {
    id,
    name,
    ...(code && { code }),
    items: Array.from({ length: items }, (_, i) => ({ name: `信息项${i + 1}`, dataType: 'C' as const })),
  };
}
