// The workspaces the app offers to switch between and the one it opens on: a second workspace made by the
// new-workspace action leaves the first as it was, the app reopens the one opened last, and the training sandbox
// is neither listed nor remembered.
import { expect, it } from 'vitest';
import { appBackend } from '../../../../../renderer/services/session/app-backend.ts';
import { createWorkspace } from '../../../../../renderer/services/storage/workspaces.ts';
import { loadCatalog } from '../../../../../renderer/services/storage/catalog-reader.ts';
import { DEPARTMENT, resource, testDatabase } from '../storage/test-storage.ts';

const COUNTY = { kind: 'county' as const, ...DEPARTMENT, department: { ...DEPARTMENT.department, name: '泗县数据资源管理局（汇总）' } };

it('creates a county workspace beside the department, switches between them and reopens the last one opened', async () => {
  const db = testDatabase();
  const backend = appBackend(await db.open());
  const departmentId = await backend.createWorkspace(DEPARTMENT);
  const department = await backend.openSession(departmentId);
  await department.whenReady();
  await department.save(resource('a', '企业登记信息'), { reason: '新增', basis: [] });
  department.close();

  const countyId = await backend.createWorkspace(COUNTY);
  expect(countyId).not.toBe(departmentId);
  // Creating is not opening: until the county is opened the department is still the one the app starts on.
  expect((await backend.findHomeWorkspace())?.id).toBe(departmentId);
  (await backend.openSession(countyId)).close();
  expect((await backend.findHomeWorkspace())?.id).toBe(countyId);
  expect((await backend.switchableWorkspaces()).map((w) => [w.id, w.kind])).toEqual([
    [departmentId, 'department'],
    [countyId, 'county'],
  ]);

  // The department's catalog is untouched by the county beside it.
  expect((await loadCatalog(backend.ctx, departmentId)).resources.map((r) => r.name)).toEqual(['企业登记信息']);

  // A training sandbox is opened through its own switch: never listed here, never the workspace to start on.
  const training = await createWorkspace(backend.ctx, 'training', DEPARTMENT);
  (await backend.openSession(training.id)).close();
  expect((await backend.findHomeWorkspace())?.id).toBe(countyId);
  expect((await backend.switchableWorkspaces()).map((w) => w.id)).not.toContain(training.id);

  // The same storage opened again (a restart) starts on the county.
  const again = appBackend(await db.open());
  expect((await again.findHomeWorkspace())?.id).toBe(countyId);
});
