// What the county authority reviews in a received package (审核, Sixian Art. 15, Anhui Art. 13): the changes against
// the unit's last accepted catalog — resources added, changed (with the fields that differ) and withdrawn — each
// with the 变更说明 and 依据 the unit's package gave for it. The base is what the county accepted after review, not
// the unit's previous package: a resource the county returned is not in it, so it comes up again as added.
import type { Basis, Catalog, Resource } from '../model/catalog.ts';
import type { OpenType, ShareType } from '../model/enums.ts';
import { diffCatalogs, resourceKey, type ResourceChange } from '../package/catalog-diff.ts';
import type { ChangeEntry } from '../package/change-list.ts';

export interface ReviewNote {
  reason: string;
  basis: Basis[];
  basisChangedOn?: string;
}

export interface ReviewChange extends ResourceChange {
  /** The resource as the package has it (added, changed); absent for a withdrawn one. */
  resource?: Resource;
  /** The resource as the county accepted it before (changed, withdrawn). */
  before?: Resource;
  /** The package's 变更说明 for this change, where its change list has one (a full package carries none). */
  note?: ReviewNote;
}

export type ReviewChangesResult = { ok: true; changes: ReviewChange[]; unchanged: number } | { ok: false; duplicates: string[] };

/**
 * The changes of `catalog` (the package's) against `accepted` (the unit's resources the county holds; empty for a
 * unit's first package), in code order, with the notes of the package's change list matched by code.
 */
export function reviewChanges(accepted: readonly Resource[], catalog: Catalog, changeList: readonly ChangeEntry[] | null): ReviewChangesResult {
  const diff = diffCatalogs({ ...catalog, resources: [...accepted] }, catalog);
  if (!diff.ok) return { ok: false, duplicates: diff.duplicates };
  const before = new Map(accepted.map((r) => [resourceKey(r), r]));
  const after = new Map(catalog.resources.map((r) => [resourceKey(r), r]));
  const notes = new Map((changeList ?? []).map((e) => [e.code, e]));
  const changes = diff.diff.changes.map((change): ReviewChange => {
    const entry = notes.get(change.code);
    const resource = after.get(change.code);
    const previous = before.get(change.code);
    return {
      ...change,
      ...(resource && { resource }),
      ...(previous && { before: previous }),
      ...(entry && { note: { reason: entry.reason, basis: entry.basis, ...(entry.basisChangedOn !== undefined && { basisChangedOn: entry.basisChangedOn }) } }),
    };
  });
  return { ok: true, changes, unchanged: diff.diff.unchanged };
}

const RESTRICTED_SHARE: ReadonlySet<ShareType | undefined> = new Set(['conditional', 'none']);
const RESTRICTED_OPEN: ReadonlySet<OpenType | undefined> = new Set(['conditional', 'none']);

/**
 * Whether the resource's share or open attribute is restricted (有条件 / 不予), which the authority must 审核确定
 * explicitly (Shanxi Art. 12; the model's shareReview) before it passes.
 */
export function needsAttributeReview(resource: Resource): boolean {
  return RESTRICTED_SHARE.has(resource.shareType) || RESTRICTED_OPEN.has(resource.openType);
}
