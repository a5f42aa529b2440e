// Test page served from the app's origin (so it shares the app's IndexedDB): puts a small clean catalog into the
// department workspace the first-run wizard created, or saves one edit to it, through the same WorkspaceSession the
// app uses — what a clerk would otherwise do through 导入 and 目录编制, which the package test does not exercise.
import { generateCatalog } from '../../../core/sample/generator.ts';
import { WorkspaceSession } from '../../../renderer/services/session/workspace-session.ts';
import { closeStorage, openStorage } from '../../../renderer/services/storage/database.ts';
import { listWorkspaces } from '../../../renderer/services/storage/workspaces.ts';

async function withDepartmentSession<T>(work: (session: WorkspaceSession) => Promise<T>): Promise<T> {
  const { ctx } = await openStorage();
  try {
    const ws = (await listWorkspaces(ctx)).find((w) => w.kind === 'department');
    if (!ws) throw new Error('no department workspace: run the first-run wizard first');
    const session = await WorkspaceSession.open(ctx, ws.id);
    await session.whenReady();
    return await work(session);
  } finally {
    closeStorage(ctx);
  }
}

/** Commits a clean generated catalog of `count` resources under the workspace's department and profile. */
function seedCatalog(count: number): Promise<number> {
  return withDepartmentSession(async (session) => {
    const { workspace } = session.getState();
    const sample = generateCatalog({ resources: count, seed: 5, clean: true, profile: workspace.profileId });
    const outcome = await session.commitImport({ ...sample, profile: workspace.profileId, department: workspace.department }, { note: { reason: '导入本部门目录', basis: [] }, source: 'e2e-seed' });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome));
    return session.getState().catalog.resources.length;
  });
}

/** Revises the first resource's abstract with this 变更说明 reason (blank: none given); returns its code. */
function editFirstResource(reason: string): Promise<string> {
  return withDepartmentSession(async (session) => {
    const first = session.getState().catalog.resources[0]!;
    await session.save({ ...first, abstract: `${first.abstract ?? ''}（2026 年补充说明）` }, { reason, basis: [] });
    return first.code ?? first.id;
  });
}

Object.assign(window, { seedCatalog, editFirstResource });
