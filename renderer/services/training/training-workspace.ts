// The training workspace (培训模式): created on first entry with the sample department, the clerk's profile and
// name, and filled with the sample through the same atomic import as a real workbook. A workspace that was
// created but never filled (the app closed in between) is filled on the next entry.
import type { Catalog } from '../../../core/model/catalog.ts';
import type { ChangeNote } from '../../../core/model/change-note.ts';
import { commitImport, type ImportCommitProgress } from '../storage/import-commit.ts';
import type { WorkspaceRow } from '../storage/rows.ts';
import type { StorageContext } from '../storage/storage-context.ts';
import { createWorkspace, listWorkspaces } from '../storage/workspaces.ts';
import { trainingCatalog } from './training-sample.ts';

/** The 变更说明 of the sample imports: training data has no legal basis, and says so. */
export const TRAINING_NOTES = {
  create: { reason: '培训模式：载入示例目录', basis: [] },
  reset: { reason: '培训模式：重置为示例目录', basis: [] },
} as const satisfies Record<string, ChangeNote>;

export const TRAINING_SOURCE = '培训示例数据';

/** The sample's department, marked as training so it is never mistaken for a real one. */
export function trainingDepartment(sample: Catalog): Catalog['department'] {
  return { ...sample.department, name: `${sample.department.name}（培训示例）` };
}

export interface TrainingSetup {
  profileId: string;
  operatorName: string;
  onProgress?: (progress: ImportCommitProgress) => void;
}

/** The training workspace, created and filled if need be. */
export async function ensureTrainingWorkspace(ctx: StorageContext, setup: TrainingSetup): Promise<WorkspaceRow> {
  const existing = (await listWorkspaces(ctx)).find((w) => w.kind === 'training');
  // Never imported into (lastVersion 0): created but not filled yet.
  if (existing && existing.lastVersion > 0) return existing;
  const sample = trainingCatalog(existing?.profileId ?? setup.profileId);
  const row =
    existing ??
    (await createWorkspace(ctx, 'training', { department: trainingDepartment(sample), profileId: setup.profileId, operatorName: setup.operatorName }));
  await commitImport(ctx, row.id, sample, {
    author: { operator: setup.operatorName, note: TRAINING_NOTES.create },
    source: TRAINING_SOURCE,
    ...(setup.onProgress && { onProgress: setup.onProgress }),
  });
  return row;
}
