// The 变更说明 of each change since the base package, taken from the resources' own history: every version saved
// after the base was made carries the reason, legal basis and 变更之日 the clerk gave then (or an import's note).
// The reasons are joined oldest first, the bases merged and the earliest 变更之日 kept; a change none of whose versions gives a reason is
// listed as missing, for the clerk to write one before signing.
import type { Basis } from '../../../core/model/catalog.ts';
import type { ChangeNote } from '../../../core/model/change-note.ts';
import { listHistory, type ResourceVersion } from '../storage/history.ts';
import type { StorageContext } from '../storage/storage-context.ts';
import type { PlannedChange } from './package-job.ts';

export interface HistoryNotes {
  /** By resource code, for the changes whose history gives a reason. */
  notes: Map<string, ChangeNote>;
  /** Codes of the changes with no reason since the base. */
  missing: string[];
}

/** `since`: when the base package was made (ISO); versions stamped after it are the ones this package reports. */
export function changeNotesFromHistory(changes: readonly PlannedChange[], histories: ReadonlyMap<string, readonly ResourceVersion[]>, since: string): HistoryNotes {
  const notes = new Map<string, ChangeNote>();
  const missing: string[] = [];
  const after = Date.parse(since);
  for (const change of changes) {
    const versions = (histories.get(change.resourceId) ?? []).filter((v) => Date.parse(v.stamp.at) > after).reverse();
    const reasons = [...new Set(versions.map((v) => v.stamp.note.reason.trim()).filter((r) => r !== ''))];
    if (reasons.length === 0) {
      missing.push(change.code);
      continue;
    }
    // The earliest 变更之日 those versions give travels with the change, so the receiver can check the update's timeliness.
    const days = versions.map((v) => v.stamp.note.basisChangedOn).filter((d): d is string => d !== undefined).sort();
    notes.set(change.code, { reason: reasons.join('；'), basis: mergeBasis(versions.flatMap((v) => v.stamp.note.basis)), ...(days[0] !== undefined && { basisChangedOn: days[0] }) });
  }
  return { notes, missing };
}

function mergeBasis(all: readonly Basis[]): Basis[] {
  const seen = new Set<string>();
  return all.filter((b) => {
    const key = [b.title.trim(), b.docNo?.trim() ?? '', b.article?.trim() ?? ''].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The same, reading each changed resource's history from the workspace's storage. */
export async function storedChangeNotes(ctx: StorageContext, workspaceId: number, changes: readonly PlannedChange[], since: string): Promise<HistoryNotes> {
  const histories = new Map<string, ResourceVersion[]>();
  for (const change of changes) histories.set(change.resourceId, await listHistory(ctx, workspaceId, change.resourceId));
  return changeNotesFromHistory(changes, histories, since);
}
