// What the app runs on once storage is open: the workspaces (the department's and the training sandbox), the
// first-run wizard's target, and opening a workspace as a session. The start-up integrity report travels with
// it so the shell can show problems instead of hiding them.
import type { WorkspaceSetup, WorkspaceSetupTarget } from './workspace-setup.ts';
import { openStorage, type OpenedStorage, type OpenStorageOptions } from '../storage/database.ts';
import type { WorkspaceKind, WorkspaceRow } from '../storage/rows.ts';
import type { StorageContext } from '../storage/storage-context.ts';
import { getSetting, setSetting } from '../storage/settings.ts';
import { createWorkspace, listWorkspaces } from '../storage/workspaces.ts';
import { WorkspaceSession } from './workspace-session.ts';

export interface AppBackend extends WorkspaceSetupTarget {
  readonly ctx: StorageContext;
  /** False when the browser may evict the data under disk pressure. */
  readonly persisted: boolean;
  readonly integrity: OpenedStorage['integrity'];
  /** The workspace of that kind, if it has been created. */
  findWorkspace(kind: WorkspaceKind): Promise<WorkspaceRow | undefined>;
  /** The workspace the app opens on: the one last opened, else the department's, else the county's. */
  findHomeWorkspace(): Promise<WorkspaceRow | undefined>;
  /** The department and county workspaces one may switch between, oldest first (the training sandbox has its own switch). */
  switchableWorkspaces(): Promise<WorkspaceRow[]>;
  /** Opens the workspace; a department or county one becomes the one the app opens on next time. */
  openSession(workspaceId: number): Promise<WorkspaceSession>;
}

/** The setting holding the id of the department or county workspace opened last. */
export const HOME_WORKSPACE_SETTING = 'homeWorkspace';

// Absent kind means a department's (WorkspaceSetup), so a department's setup reads as it did before counties.
const setupOf = (row: WorkspaceRow): WorkspaceSetup => ({ ...(row.kind === 'county' && { kind: 'county' as const }), department: row.department, profileId: row.profileId, operatorName: row.operatorName });

export function appBackend(opened: OpenedStorage): AppBackend {
  const { ctx } = opened;
  // One department workspace per installation in practice; the oldest one is the department's.
  const findWorkspace = async (kind: WorkspaceKind) => (await listWorkspaces(ctx)).filter((w) => w.kind === kind).sort((a, b) => a.id - b.id)[0];
  const switchableWorkspaces = async () => (await listWorkspaces(ctx)).filter((w) => w.kind !== 'training').sort((a, b) => a.id - b.id);
  const findHomeWorkspace = async () => {
    const [rows, last] = await Promise.all([switchableWorkspaces(), getSetting(ctx, HOME_WORKSPACE_SETTING)]);
    return rows.find((w) => w.id === last) ?? rows.find((w) => w.kind === 'department') ?? rows.find((w) => w.kind === 'county');
  };
  return {
    ctx,
    persisted: opened.persisted,
    integrity: opened.integrity,
    findWorkspace,
    findHomeWorkspace,
    switchableWorkspaces,
    currentWorkspace: async () => {
      const row = await findHomeWorkspace();
      return row && setupOf(row);
    },
    createWorkspace: async ({ kind = 'department', ...settings }) => (await createWorkspace(ctx, kind, settings)).id,
    openSession: async (workspaceId) => {
      const session = await WorkspaceSession.open(ctx, workspaceId);
      // Remembering is a convenience: a full disk must not keep the workspace from opening.
      if (session.getState().workspace.kind !== 'training') await setSetting(ctx, HOME_WORKSPACE_SETTING, workspaceId).catch(() => undefined);
      return session;
    },
  };
}

export async function openAppBackend(options?: OpenStorageOptions): Promise<AppBackend> {
  return appBackend(await openStorage(options));
}
