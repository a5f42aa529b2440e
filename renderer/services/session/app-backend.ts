// What the app runs on once storage is open: the workspaces (the department's and the training sandbox), the
// first-run wizard's target, and opening a workspace as a session. The start-up integrity report travels with
// it so the shell can show problems instead of hiding them.
import type { WorkspaceSetup, WorkspaceSetupTarget } from './workspace-setup.ts';
import { openStorage, type OpenedStorage, type OpenStorageOptions } from '../storage/database.ts';
import type { WorkspaceKind, WorkspaceRow } from '../storage/rows.ts';
import type { StorageContext } from '../storage/storage-context.ts';
import { createWorkspace, listWorkspaces } from '../storage/workspaces.ts';
import { WorkspaceSession } from './workspace-session.ts';

export interface AppBackend extends WorkspaceSetupTarget {
  readonly ctx: StorageContext;
  /** False when the browser may evict the data under disk pressure. */
  readonly persisted: boolean;
  readonly integrity: OpenedStorage['integrity'];
  /** The workspace of that kind, if it has been created. */
  findWorkspace(kind: WorkspaceKind): Promise<WorkspaceRow | undefined>;
  /** The workspace the app opens on: the department's, else the county's (the wizard made one or the other). */
  findHomeWorkspace(): Promise<WorkspaceRow | undefined>;
  openSession(workspaceId: number): Promise<WorkspaceSession>;
}

// Absent kind means a department's (WorkspaceSetup), so a department's setup reads as it did before counties.
const setupOf = (row: WorkspaceRow): WorkspaceSetup => ({ ...(row.kind === 'county' && { kind: 'county' as const }), department: row.department, profileId: row.profileId, operatorName: row.operatorName });

export function appBackend(opened: OpenedStorage): AppBackend {
  const { ctx } = opened;
  // One department workspace per installation in practice; the oldest one is the department's.
  const findWorkspace = async (kind: WorkspaceKind) => (await listWorkspaces(ctx)).filter((w) => w.kind === kind).sort((a, b) => a.id - b.id)[0];
  const findHomeWorkspace = async () => (await findWorkspace('department')) ?? (await findWorkspace('county'));
  return {
    ctx,
    persisted: opened.persisted,
    integrity: opened.integrity,
    findWorkspace,
    findHomeWorkspace,
    currentWorkspace: async () => {
      const row = await findHomeWorkspace();
      return row && setupOf(row);
    },
    createWorkspace: async ({ kind = 'department', ...settings }) => {
      await createWorkspace(ctx, kind, settings);
    },
    openSession: (workspaceId) => WorkspaceSession.open(ctx, workspaceId),
  };
}

export async function openAppBackend(options?: OpenStorageOptions): Promise<AppBackend> {
  return appBackend(await openStorage(options));
}
