// A signed package the clerk has saved to a file: recorded for the workspace (with its audit entry) and summarised
// (resources, items) for 打包上报's list, which shows them without opening the package again.
import type { Catalog } from '../../../core/model/catalog.ts';
import type { WorkspaceSession } from '../session/workspace-session.ts';
import { setPackageSummary } from '../storage/package-summaries.ts';
import { recordPackage } from '../storage/packages.ts';
import type { PackageRow } from '../storage/rows.ts';
import type { Packed } from './package-job.ts';

export async function keepPackage(session: WorkspaceSession, packed: Packed & { ok: true }, fileName: string, catalog: Catalog): Promise<PackageRow> {
  const row = await recordPackage(session.ctx, {
    workspaceId: session.id,
    manifest: packed.manifest,
    manifestBytes: packed.manifestBytes,
    fileName,
    size: packed.bytes.length,
    content: { kind: 'bytes', bytes: packed.bytes },
    operator: session.getState().workspace.operatorName,
  });
  await setPackageSummary(session.ctx, packed.manifest.packageId, { resources: catalog.resources.length, items: catalog.resources.reduce((n, r) => n + r.items.length, 0) });
  return row;
}
