// The start-up check: first finish what a crash interrupted (generations.ts), then verify that each workspace's
// catalog is whole and that the audit chain is unbroken. Problems are reported, never repaired silently: the
// clerk sees them, and the data stays as found for whoever investigates.
import { fillLocal, type LocalText } from '../../../core/i18n/text.ts';
import { verifyAuditChain, type AuditVerification } from './audit-verify.ts';
import { cleanUpGenerations, type CleanupReport } from './generations.ts';
import { cleanUpRestores } from '../backup/drop-workspace.ts';
import { prefixRange, RESOURCE_KEY } from './mulu-database.ts';
import type { StorageContext } from './storage-context.ts';

export type IntegrityProblemKind = 'resourceCount' | 'strayRows' | 'auditChain';

export interface IntegrityProblem {
  kind: IntegrityProblemKind;
  workspaceId: number | null;
  text: LocalText;
}

export interface IntegrityReport {
  ok: boolean;
  cleanup: CleanupReport;
  audit: AuditVerification;
  problems: IntegrityProblem[];
}

const TEXT: Readonly<Record<Exclude<IntegrityProblemKind, 'auditChain'>, LocalText>> = {
  resourceCount: {
    zh: '工作区「{name}」应有 {expected} 条资源，实际存有 {actual} 条：数据可能被改动或损坏。',
    en: 'Workspace "{name}" should hold {expected} resources and holds {actual}: the data may have been altered or damaged.',
  },
  strayRows: {
    zh: '工作区「{name}」有 {count} 条不属于当前目录的资源记录：数据可能被改动或损坏。',
    en: 'Workspace "{name}" has {count} resource rows outside its current catalog: the data may have been altered or damaged.',
  },
};

export async function checkIntegrity(ctx: StorageContext): Promise<IntegrityReport> {
  const { db } = ctx;
  // A restore cut off leaves a staging workspace, or a replaced one still being dropped (renderer/services/backup).
  await cleanUpRestores(ctx);
  const cleanup = await cleanUpGenerations(ctx);
  const problems: IntegrityProblem[] = [];
  for (const ws of await db.workspaces.toArray()) {
    const [live, all] = await db.transaction('r', db.resources, () =>
      Promise.all([
        db.resources.where(RESOURCE_KEY).between(...prefixRange(ws.id, ws.liveGeneration)).count(),
        db.resources.where(RESOURCE_KEY).between(...prefixRange(ws.id)).count(),
      ]),
    );
    const name = ws.department.name;
    if (live !== ws.resourceCount) problems.push({ kind: 'resourceCount', workspaceId: ws.id, text: fillLocal(TEXT.resourceCount, { name, expected: ws.resourceCount, actual: live }) });
    if (all !== live) problems.push({ kind: 'strayRows', workspaceId: ws.id, text: fillLocal(TEXT.strayRows, { name, count: all - live }) });
  }
  const audit = await verifyAuditChain(ctx);
  if (!audit.ok) problems.push({ kind: 'auditChain', workspaceId: null, text: audit.text });
  return { ok: problems.length === 0, cleanup, audit, problems };
}
