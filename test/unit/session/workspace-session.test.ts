// The open workspace as the UI sees it, over fake-indexeddb: what is shown is what is stored, findings follow
// edits, edits run in order, and the wizard's target creates the department workspace once.
import { describe, expect, it } from 'vitest';
import { generateCatalog } from '../../../core/sample/generator.ts';
import { RuleEngine } from '../../../core/rules/engine.ts';
import type { Finding } from '../../../core/rules/types.ts';
import { appBackend } from '../../../renderer/services/session/app-backend.ts';
import { allFindings } from '../../../renderer/services/session/catalog-findings.ts';
import { loadCatalog, loadLiveCatalog } from '../../../renderer/services/storage/catalog-reader.ts';
import { DEPARTMENT, resource, testDatabase } from '../storage/test-storage.ts';

const NOTE = { reason: '补充信息项', basis: [] };

async function openDepartment() {
  const db = testDatabase();
  const backend = appBackend(await db.open());
  expect(await backend.currentWorkspace()).toBeUndefined();
  await backend.createWorkspace(DEPARTMENT);
  expect(await backend.currentWorkspace()).toEqual(DEPARTMENT);
  const row = await backend.findWorkspace('department');
  expect(await backend.findWorkspace('training')).toBeUndefined();
  const session = await backend.openSession(row!.id);
  return { db, backend, session };
}

describe('workspace session', () => {
  it('refuses a second department workspace for the same department, in Chinese', async () => {
    const { backend } = await openDepartment();
    await expect(backend.createWorkspace(DEPARTMENT)).rejects.toMatchObject({ text: { zh: expect.stringContaining('泗县数据资源管理局') } });
  });

  it('holds in memory exactly what storage holds after saves, a deletion and an undo', async () => {
    const { backend, session } = await openDepartment();
    const seen: number[] = [];
    session.subscribe(() => seen.push(session.getState().revision));
    await session.save(resource('a', '企业登记信息'), NOTE);
    await session.save(resource('b', '个体户登记信息'), NOTE);
    await session.save({ ...resource('a', '企业登记信息'), abstract: '登记事项' }, { ...NOTE, basisChangedOn: '2026-02-20' });
    // The stamps of the stored versions too (when and why each was saved, for 首页's deadlines).
    const storedStamps = async () => (await loadLiveCatalog(backend.ctx, session.id)).stamps;
    expect(session.getState().stamps).toEqual(await storedStamps());
    await session.remove('b', NOTE);
    expect(session.getState().stamps).toEqual(await storedStamps());
    expect(session.getState().stamps.has('b')).toBe(false);
    await session.undo();
    expect(session.getState().stamps).toEqual(await storedStamps());
    expect(session.getState().stamps.get('a')?.note.basisChangedOn).toBe('2026-02-20');
    const stored = await loadCatalog(backend.ctx, session.id);
    expect(session.getState().catalog).toEqual(stored);
    expect(stored.resources.map((r) => r.id)).toEqual(['a', 'b']);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(session.getState().savedAt.toISOString()).toBe(stored.updatedAt);
  });

  it('sets and clears the 部门编号: stored on the workspace, carried by the catalog, and R32 follows', async () => {
    const { backend, session } = await openDepartment();
    const numberFinding = () => allFindings(session.getState().findings).some((f) => f.ruleId === 'R32' && f.path === 'department.number');
    expect(session.getState().workspace.department.number).toBeUndefined();
    expect(numberFinding()).toBe(true);
    await session.setDepartmentNumber('021');
    expect((await backend.findWorkspace('department'))!.department.number).toBe('021');
    expect((await loadCatalog(backend.ctx, session.id)).department.number).toBe('021');
    expect(session.getState().catalog.department.number).toBe('021');
    expect(numberFinding()).toBe(false);
    await session.setDepartmentNumber(undefined);
    expect((await backend.findWorkspace('department'))!.department).not.toHaveProperty('number');
    expect(numberFinding()).toBe(true);
  });

  it('saving what is stored changes nothing and notifies nobody', async () => {
    const { session } = await openDepartment();
    await session.save(resource('a', '企业登记信息'), NOTE);
    const before = session.getState();
    const outcome = await session.save(resource('a', '企业登记信息'), NOTE);
    expect(outcome.saved).toBe(false);
    expect(session.getState()).toBe(before);
  });

  it('runs concurrent edits one after another', async () => {
    const { backend, session } = await openDepartment();
    await Promise.all(Array.from({ length: 8 }, (_, i) => session.save(resource(`r${i}`, `资源${i}`), NOTE)));
    expect(session.getState().catalog.resources.map((r) => r.id)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7']);
    expect(session.getState().catalog).toEqual(await loadCatalog(backend.ctx, session.id));
  });

  it('keeps findings equal to a whole-catalog validation after edits and the cross-record refresh', async () => {
    const { backend, session } = await openDepartment();
    const sample = generateCatalog({ resources: 30, seed: 7, itemsPerResource: 4 });
    const outcome = await session.commitImport({ ...sample, department: DEPARTMENT.department, profile: DEPARTMENT.profileId }, { note: NOTE });
    expect(outcome.ok).toBe(true);
    const engine = new RuleEngine({ profile: DEPARTMENT.profileId });
    const sorted = (list: readonly Finding[]) => list.map((f) => `${f.ruleId} ${f.path} ${f.resourceIndex} ${f.message.zh}`).sort();
    const check = async () => {
      const catalog = await loadCatalog(backend.ctx, session.id);
      expect(sorted(allFindings(session.getState().findings))).toEqual(sorted(engine.validateCatalog(catalog)));
    };
    await check();
    // Give resource 4 the name and provider of resource 3 (a cross-record duplicate, R03) and blank its abstract.
    const { resources } = session.getState().catalog;
    const [three, four] = [resources[3]!, resources[4]!];
    await session.save({ ...four, name: three.name, providerName: three.providerName, providerCode: three.providerCode, abstract: '' }, NOTE);
    expect(allFindings(session.getState().findings).some((f) => f.ruleId === 'R03' && f.resourceIndex === 4)).toBe(false);
    session.refreshCrossRecord();
    expect(allFindings(session.getState().findings).some((f) => f.ruleId === 'R03' && f.resourceIndex === 4)).toBe(true);
    await check();
    await session.remove(resources[0]!.id, NOTE);
    await session.remove(resources[10]!.id, NOTE);
    session.refreshCrossRecord();
    await check();
  });
});
