// The open workspace as the UI sees it, over fake-indexeddb: what is shown is what is stored, findings follow
// edits (kept by resource id, placed when read), edits run in order, bulk edits and deletions are one state change
// and one undo step, redo follows undo, and the wizard's target creates the department workspace once.
import { describe, expect, it } from 'vitest';
import { generateCatalog } from '../../../../../core/sample/generator.ts';
import { RuleEngine } from '../../../../../core/rules/engine.ts';
import type { Finding } from '../../../../../core/rules/types.ts';
import { appBackend } from '../../../../../renderer/services/session/app-backend.ts';
import { allFindings } from '../../../../../renderer/services/session/catalog-findings.ts';
import type { WorkspaceSession } from '../../../../../renderer/services/session/workspace-session.ts';
import { loadCatalog, loadLiveCatalog } from '../../../../../renderer/services/storage/catalog-reader.ts';
import { DEPARTMENT, resource, testDatabase } from '../storage/test-storage.ts';

const NOTE = { reason: '补充信息项', basis: [] };

const findingsNow = (session: WorkspaceSession) => allFindings(session.getState().catalog, session.getState().findings);

async function openDepartment() {
  const db = testDatabase();
  const backend = appBackend(await db.open());
  expect(await backend.currentWorkspace()).toBeUndefined();
  await backend.createWorkspace(DEPARTMENT);
  expect(await backend.currentWorkspace()).toEqual(DEPARTMENT);
  const row = await backend.findWorkspace('department');
  expect(await backend.findWorkspace('training')).toBeUndefined();
  const session = await backend.openSession(row!.id);
  await session.whenReady();
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
    const opened = session.getState().revision;
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
    // One state change per operation.
    expect(seen).toEqual([1, 2, 3, 4, 5].map((n) => opened + n));
    expect(session.getState().savedAt.toISOString()).toBe(stored.updatedAt);
  });

  it('sets and clears the 部门编号: stored on the workspace, carried by the catalog, and R32 follows', async () => {
    const { backend, session } = await openDepartment();
    const numberFinding = () => findingsNow(session).some((f) => f.ruleId === 'R32' && f.path === 'department.number');
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
    await session.whenReady();
    const engine = new RuleEngine({ profile: DEPARTMENT.profileId });
    const sorted = (list: readonly Finding[]) => list.map((f) => `${f.ruleId} ${f.path} ${f.resourceIndex} ${f.message.zh}`).sort();
    const check = async () => {
      const catalog = await loadCatalog(backend.ctx, session.id);
      expect(sorted(findingsNow(session))).toEqual(sorted(engine.validateCatalog(catalog)));
    };
    await check();
    // Give resource 4 the name and provider of resource 3 (a cross-record duplicate, R03) and blank its abstract.
    const { resources } = session.getState().catalog;
    const [three, four] = [resources[3]!, resources[4]!];
    await session.save({ ...four, name: three.name, providerName: three.providerName, providerCode: three.providerCode, abstract: '' }, NOTE);
    expect(findingsNow(session).some((f) => f.ruleId === 'R03' && f.resourceIndex === 4)).toBe(false);
    session.refreshCrossRecord();
    expect(findingsNow(session).some((f) => f.ruleId === 'R03' && f.resourceIndex === 4)).toBe(true);
    await check();
    await session.remove(resources[0]!.id, NOTE);
    await session.remove(resources[10]!.id, NOTE);
    session.refreshCrossRecord();
    await check();
  });

  it('removes findings with their resource and places the others anew, before the cross-record refresh', async () => {
    const { session } = await openDepartment();
    const sample = generateCatalog({ resources: 12, seed: 3, itemsPerResource: 2 });
    await session.commitImport({ ...sample, department: DEPARTMENT.department, profile: DEPARTMENT.profileId }, { note: NOTE });
    await session.whenReady();
    const { resources } = session.getState().catalog;
    // Resource 8 becomes a duplicate of resource 7 (R03 names it); then resources 1 and 2 go.
    await session.save({ ...resources[8]!, name: resources[7]!.name, providerName: resources[7]!.providerName, providerCode: resources[7]!.providerCode, abstract: '' }, NOTE);
    session.refreshCrossRecord();
    const r03 = () => findingsNow(session).filter((f) => f.ruleId === 'R03').map((f) => f.resourceIndex);
    expect(r03()).toContain(8);
    const ownOf = (index: number) => findingsNow(session).filter((f) => f.resourceIndex === index && f.ruleId !== 'R03');
    const before = ownOf(8).map((f) => f.path.replace('resources[8]', ''));
    expect(before.length).toBeGreaterThan(0);
    await session.removeMany([resources[1]!.id, resources[2]!.id], NOTE);
    expect(r03()).toContain(6);
    expect(r03()).not.toContain(8);
    expect(ownOf(6).map((f) => f.path.replace('resources[6]', ''))).toEqual(before);
    expect(ownOf(6).every((f) => f.path.startsWith('resources[6]'))).toBe(true);
  });

  it('saves and deletes in bulk with one state change each, undone and redone as a whole', async () => {
    const { backend, session } = await openDepartment();
    await session.saveMany(['a', 'b', 'c', 'd'].map((id) => resource(id, `资源${id}`)), NOTE);
    const changes: number[] = [];
    session.subscribe(() => changes.push(session.getState().revision));
    const outcomes = await session.saveMany(['a', 'c'].map((id) => ({ ...resource(id, `资源${id}`), abstract: '批量' })), NOTE);
    expect(outcomes.every((o) => o.saved)).toBe(true);
    await session.removeMany(['b', 'd'], NOTE);
    expect(changes).toHaveLength(2);
    const shown = () => session.getState().catalog.resources.map((r) => `${r.id}${r.abstract ?? ''}`);
    expect(shown()).toEqual(['a批量', 'c批量']);
    expect(session.getState().catalog).toEqual(await loadCatalog(backend.ctx, session.id));

    expect((await session.undo())?.reverted.map((r) => r.resourceId)).toEqual(['b', 'd']);
    expect(shown()).toEqual(['a批量', 'b', 'c批量', 'd']);
    await session.undo();
    expect(shown()).toEqual(['a', 'b', 'c', 'd']);
    expect(session.getState().workspace.redo).toHaveLength(2);
    await session.redo();
    await session.redo();
    expect(shown()).toEqual(['a批量', 'c批量']);
    expect(await session.redo()).toBeUndefined();
    expect(session.getState().catalog).toEqual(await loadCatalog(backend.ctx, session.id));
    expect(session.getState().stamps).toEqual((await loadLiveCatalog(backend.ctx, session.id)).stamps);
  });

  it('leaves unchanged slices as they were, so views selecting them do not re-render on an autosave', async () => {
    const { session } = await openDepartment();
    await session.save(resource('a', '企业登记信息'), NOTE);
    const before = session.getState();
    await session.save({ ...resource('a', '企业登记信息'), abstract: '登记事项' }, NOTE);
    const after = session.getState();
    expect(after.catalog).not.toBe(before.catalog);
    expect(after.workspace.kind).toBe(before.workspace.kind);
    expect(after.findings.crossRecord).toBe(before.findings.crossRecord);
    // The cross-record refresh changes the findings, not the save time.
    session.refreshCrossRecord();
    expect(session.getState().savedAt).toBe(after.savedAt);
    expect(session.getState().catalog).toBe(after.catalog);
  });
});
