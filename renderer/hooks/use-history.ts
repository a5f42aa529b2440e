// What the history viewer reads: one resource's versions, the deleted resources, and the workspace's audit log with
// its chain verified. Each is read again by reload() after the viewer restores something.
import { useCallback } from 'react';
import { useStored } from './use-stored.ts';
import type { WorkspaceSession } from '../services/session/workspace-session.ts';
import { listAudit } from '../services/storage/audit-log.ts';
import { verifyAuditChain, type AuditVerification } from '../services/storage/audit-verify.ts';
import { listDeletedResources, listHistory, type DeletedResource, type ResourceVersion } from '../services/storage/history.ts';
import type { AuditRow } from '../services/storage/rows.ts';

export type { AuditVerification, DeletedResource, ResourceVersion };

/** The newest audit entries the viewer reads (it filters them in memory); a bulk action writes one per resource. */
export const AUDIT_READ_LIMIT = 20_000;

export interface AuditView {
  /** This workspace's entries, newest first. */
  entries: AuditRow[];
  /** The whole chain (every workspace's entries are links of one chain). */
  verification: AuditVerification;
}

async function readAudit(session: WorkspaceSession): Promise<AuditView> {
  const [all, verification] = await Promise.all([listAudit(session.ctx, AUDIT_READ_LIMIT), verifyAuditChain(session.ctx)]);
  return { entries: all.filter((e) => e.workspaceId === session.id), verification };
}

const readDeleted = (session: WorkspaceSession) => listDeletedResources(session.ctx, session.id);

export const useAuditLog = () => useStored(readAudit);

export const useDeletedResources = () => useStored(readDeleted);

/** Every version of one resource, newest first (the live one marked current). */
export function useResourceHistory(resourceId: string) {
  const read = useCallback((session: WorkspaceSession) => listHistory(session.ctx, session.id, resourceId), [resourceId]);
  return useStored(read);
}
