// The seam between the first-run wizard and storage. The wizard writes through WorkspaceSetupTarget only, so it
// does not know where workspaces live; session/app-backend.ts implements it over Dexie.
import type { Department } from '../../../core/model/catalog.ts';

/** The kinds the wizard creates: a department's catalog, or the county authority's 县级汇总 (training has its own switch). */
export type SetupKind = 'department' | 'county';

export interface WorkspaceSetup {
  /** Absent: a department's. */
  kind?: SetupKind;
  department: Department;
  /** A profile id from core's listProfiles(). */
  profileId: string;
  operatorName: string;
}

export interface WorkspaceSetupTarget {
  /** The department or county workspace already set up, if any: the first-run wizard is shown only when there is none. */
  currentWorkspace(): Promise<WorkspaceSetup | undefined>;
  /**
   * Creates the department or county workspace and returns its id; the workspaces already there are left as they are. A refusal the clerk can act on (e.g. storage's StorageError for a full disk
   * or an existing workspace) should carry a bilingual `text`, which the wizard shows as it is.
   */
  createWorkspace(setup: WorkspaceSetup): Promise<number>;
}
