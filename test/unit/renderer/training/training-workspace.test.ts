// 培训模式 over fake-indexeddb: the sandbox is created once with the sample department, the clerk's profile and
// name, filled with the sample through the atomic import (with progress); a workspace left empty by an interrupted
// first entry is filled next time; a reset through the session brings back the sample, keeps history, and never
// touches the department's workspace.
import { describe, expect, it } from 'vitest';
import { appBackend } from '../../../../renderer/services/session/app-backend.ts';
import { listHistory } from '../../../../renderer/services/storage/history.ts';
import { loadCatalog } from '../../../../renderer/services/storage/catalog-reader.ts';
import { createWorkspace, listWorkspaces } from '../../../../renderer/services/storage/workspaces.ts';
import { TRAINING_RESOURCES, trainingCatalog } from '../../../../renderer/services/training/training-sample.ts';
import { ensureTrainingWorkspace, TRAINING_NOTES, TRAINING_SOURCE, trainingDepartment } from '../../../../renderer/services/training/training-workspace.ts';
import { DEPARTMENT, resource, testDatabase } from '../services/storage/test-storage.ts';

const NOTE = { reason: '练习修改', basis: [] };

async function department() {
  const backend = appBackend(await testDatabase().open());
  await backend.createWorkspace({ ...DEPARTMENT, profileId: 'sixian' });
  const row = (await backend.findWorkspace('department'))!;
  const session = await backend.openSession(row.id);
  await session.whenReady();
  await session.save(resource('own', '本部门的资源'), NOTE);
  return { backend, session };
}

describe('training workspace', () => {
  it('is created once, with the sample department marked as training, and filled with the sample', async () => {
    const { backend } = await department();
    const progress: number[] = [];
    const row = await ensureTrainingWorkspace(backend.ctx, { profileId: 'sixian', operatorName: '王芳', onProgress: (p) => progress.push(p.staged) });
    expect(row).toMatchObject({ kind: 'training', profileId: 'sixian', operatorName: '王芳' });
    expect(row.department.name).toMatch(/（培训示例）$/);
    expect(progress.at(-1)).toBe(TRAINING_RESOURCES);

    const catalog = await loadCatalog(backend.ctx, row.id);
    expect(catalog.resources).toEqual(trainingCatalog('sixian').resources);
    const again = await ensureTrainingWorkspace(backend.ctx, { profileId: 'sixian', operatorName: '王芳' });
    expect(again.id).toBe(row.id);
    expect((await listWorkspaces(backend.ctx)).filter((w) => w.kind === 'training')).toHaveLength(1);
    expect((await backend.findWorkspace('training'))?.id).toBe(row.id);
  });

  it('fills a training workspace that was created but never filled', async () => {
    const { backend } = await department();
    const sample = trainingCatalog('sixian');
    const empty = await createWorkspace(backend.ctx, 'training', { department: trainingDepartment(sample), profileId: 'sixian', operatorName: '王芳' });
    const row = await ensureTrainingWorkspace(backend.ctx, { profileId: 'sixian', operatorName: '王芳' });
    expect(row.id).toBe(empty.id);
    expect((await loadCatalog(backend.ctx, row.id)).resources).toHaveLength(TRAINING_RESOURCES);
  });

  it('resets to the sample through the session, keeping the changes in history and the department untouched', async () => {
    const { backend, session: own } = await department();
    const before = await loadCatalog(backend.ctx, own.id);
    const row = await ensureTrainingWorkspace(backend.ctx, { profileId: 'sixian', operatorName: '王芳' });
    const training = await backend.openSession(row.id);
    await training.whenReady();
    const [first, second] = training.getState().catalog.resources;
    await training.save({ ...first!, name: '练习中改过的名称' }, NOTE);
    await training.remove(second!.id, NOTE);
    await training.save(resource('extra', '练习新建的资源'), NOTE);
    expect(training.getState().catalog.resources).toHaveLength(TRAINING_RESOURCES);

    const outcome = await training.commitImport(trainingCatalog('sixian'), { note: TRAINING_NOTES.reset, source: TRAINING_SOURCE });
    expect(outcome.ok && (await outcome.retired)).toBe(true);
    expect(training.getState().catalog.resources).toEqual(trainingCatalog('sixian').resources);
    const history = await listHistory(backend.ctx, row.id, first!.id);
    expect(history.map((v) => [v.stamp.kind, v.stamp.note.reason, v.resource?.name])).toEqual([
      ['import', TRAINING_NOTES.reset.reason, first!.name],
      ['edit', '练习修改', '练习中改过的名称'],
      ['import', TRAINING_NOTES.create.reason, first!.name],
    ]);
    expect(await loadCatalog(backend.ctx, own.id)).toEqual(before);
  });
});
