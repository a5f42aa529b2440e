// Injected into the app page by test/e2e/backup-restore.test.ts (same origin, so it opens the app's own database):
// seeds the department workspace, backs it up into memory, and runs a restore over it that stops for good at a
// chosen point, where the test closes the page: a kill at that point. state() reads what the database then holds.
import { bytesSource } from '../../../core/zip/stream-reader.ts';
import type { RandomAccessSource } from '../../../core/zip/stream-reader.ts';
import { restoreWorkspaceBackup } from '../../../renderer/services/backup/restore-backup.ts';
import { writeWorkspaceBackup } from '../../../renderer/services/backup/write-backup.ts';
import { verifyAuditChain } from '../../../renderer/services/storage/audit-verify.ts';
import { openStorage } from '../../../renderer/services/storage/database.ts';
import { saveResources } from '../../../renderer/services/storage/resource-edits.ts';
import type { BackupProbe, KillPoint, StoredState } from './backup-probe-api.ts';

let kept: Uint8Array | undefined;
let stopped: KillPoint | null = null;
const never = (point: KillPoint) => {
  stopped = point;
  return new Promise<never>(() => undefined);
};

async function department() {
  const { ctx } = await openStorage();
  const ws = (await ctx.db.workspaces.toArray()).find((w) => w.kind === 'department');
  if (!ws) throw new Error('no department workspace');
  return { ctx, ws };
}

/** The file as a source whose reads stop for good half-way through the restore's second reading. */
function stoppingSource(bytes: Uint8Array): RandomAccessSource {
  const inner = bytesSource(bytes);
  let reads = 0;
  let firstPass = 0;
  return {
    size: inner.size,
    read: async (offset, length) => {
      reads++;
      // The check reads every entry once; the staging pass the same number again: stop in the middle of that.
      if (offset === 0 && firstPass === 0) firstPass = -1;
      else if (offset === 0 && firstPass === -1) firstPass = reads;
      if (firstPass > 0 && reads > firstPass + 3) return never('midStaging');
      return inner.read(offset, length);
    },
  };
}

const probe: BackupProbe = {
  async seed(count) {
    const { ctx, ws } = await department();
    const resources = Array.from({ length: count }, (_, i) => ({ id: `seed-${i}`, name: `备份测试资源${i}`, items: [{ name: '名称', dataType: 'C' as const }] }));
    await saveResources(ctx, ws.id, resources, { operator: '王芳', note: { reason: '测试数据', basis: [] } });
    ctx.db.close();
  },
  async backup() {
    const { ctx, ws } = await department();
    const parts: Uint8Array[] = [];
    await writeWorkspaceBackup(ctx, ws.id, { write: async (b) => void parts.push(b.slice()) }, { operator: '王芳', chunkRows: 100 });
    ctx.db.close();
    kept = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      kept.set(p, at);
      at += p.length;
    }
    return kept.length;
  },
  async restoreUntil(point) {
    if (!kept) throw new Error('no backup kept');
    const { ctx } = await openStorage();
    const source = point === 'midStaging' ? stoppingSource(kept) : bytesSource(kept);
    await restoreWorkspaceBackup(ctx, source, {
      operator: '王芳',
      replace: true,
      onStage: (stage) => (stage === point ? never(point) : undefined),
    });
  },
  stoppedAt: () => stopped,
  async state(): Promise<StoredState> {
    const { ctx } = await openStorage();
    const workspaces = (await ctx.db.workspaces.toArray()).map((w) => ({ id: w.id, slot: w.slot, resourceCount: w.resourceCount }));
    const resources: Record<string, number> = {};
    await ctx.db.resources.each((r) => void (resources[r.workspaceId] = (resources[r.workspaceId] ?? 0) + 1));
    const audit = await verifyAuditChain(ctx);
    ctx.db.close();
    return { workspaces, resources, auditOk: audit.ok, auditEntries: audit.entries };
  },
};

(globalThis as unknown as { backupProbe: BackupProbe }).backupProbe = probe;
