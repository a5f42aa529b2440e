// The change list of an incremental package: every resource added, changed or withdrawn since the base package,
// each with its 变更说明 — the reason and the legal basis, which the regulations require for every change. The
// manifest carries the list (so the signature covers it) and so does the payload file `changes.json`, for people
// and tools that read the payload only. The list is computed, not typed: catalog-diff.ts finds the changes, and
// the caller supplies only the notes (change-notes.ts). A verifier holding the base recomputes it.
import type { Basis, Catalog } from '../model/catalog.ts';
import { fillLocal, type LocalText } from '../i18n/text.ts';
import { basisProblem } from './basis-shape.ts';
import { CHANGE_KINDS, resourceKey, type ChangeKind, type ResourceChange } from './catalog-diff.ts';
import type { ChangeNotes } from './change-notes.ts';
import { isIsoDate } from './iso-date.ts';
import { compareCodeUnits } from './code-unit-order.ts';
import { jsonEqual } from '../format/json-equal.ts';
import { exactKeys, isRecord } from './strict-fields.ts';

export interface ChangeEntry {
  code: string;
  name: string;
  kind: ChangeKind;
  /** 'changed' only, and then always: the top-level fields that differ (catalog-diff.ts). */
  fields?: string[];
  /** Why the resource was added, changed or withdrawn; never blank. */
  reason: string;
  /** The legal basis of the change; may be empty. */
  basis: Basis[];
  /**
   * 变更之日 (YYYY-MM-DD), where the note gives it: the day the law or duties changed, from which the update was due
   * (Anhui Art. 15), so the receiver can check timeliness. Only in lists of version 2 (manifest and changes.json).
   */
  basisChangedOn?: string;
}

export const CHANGE_LIST_FORMAT = 'mulu.change-list';
/** Version 2 adds `basisChangedOn` to entries; a list none of whose entries has one is written as version 1. */
export const CHANGE_LIST_VERSION = 2;

/** The lowest version that holds these entries: older receivers still read packages without a 变更之日. */
export function changeListVersion(entries: readonly ChangeEntry[]): 1 | 2 {
  return entries.some((e) => e.basisChangedOn !== undefined) ? 2 : 1;
}

/** The content of `changes.json`: the manifest's change list with the versions it lies between. */
export interface ChangeListDocument {
  format: typeof CHANGE_LIST_FORMAT;
  version: 1 | 2;
  baseVersion: number;
  baseManifestDigest: string;
  catalogVersion: number;
  changes: ChangeEntry[];
}

export const CHANGE_KIND_TEXT: Readonly<Record<ChangeKind, LocalText>> = {
  added: { zh: '新增', en: 'added' },
  changed: { zh: '变更', en: 'changed' },
  withdrawn: { zh: '撤销', en: 'withdrawn' },
};

/**
 * The changes with their notes: a resource's own note, else the default note (`*`). `missing` lists the codes
 * with no note or a blank reason; the packer refuses to sign while it is not empty. `missingBasis` lists the codes
 * whose note gives no legal basis (变更依据, Anhui Art. 15): the profile says how much that matters.
 */
export function annotateChanges(changes: readonly ResourceChange[], notes: ChangeNotes | undefined): { entries: ChangeEntry[]; missing: string[]; missingBasis: string[] } {
  const entries: ChangeEntry[] = [];
  const missing: string[] = [];
  const missingBasis: string[] = [];
  for (const change of changes) {
    const note = notes?.byCode.get(change.code) ?? notes?.fallback;
    const reason = note?.reason.trim() ?? '';
    if (reason === '') {
      missing.push(change.code);
      continue;
    }
    if (note!.basis.length === 0) missingBasis.push(change.code);
    entries.push(changeEntry(change, reason, note!.basis, note!.basisChangedOn));
  }
  return { entries, missing, missingBasis };
}

/** One entry with its keys in a fixed order and no undefined members (it goes into canonical JSON). */
function changeEntry(change: Pick<ResourceChange, 'code' | 'name' | 'kind' | 'fields'>, reason: string, basis: readonly Basis[], basisChangedOn: string | undefined): ChangeEntry {
  return {
    code: change.code,
    name: change.name,
    kind: change.kind,
    ...(change.fields && { fields: [...change.fields] }),
    reason,
    basis: basis.map((b) => ({
      title: b.title,
      ...(b.docNo !== undefined && { docNo: b.docNo }),
      ...(b.article !== undefined && { article: b.article }),
      ...(b.level !== undefined && { level: b.level }),
    })),
    ...(basisChangedOn !== undefined && { basisChangedOn }),
  };
}

export function changeListDocument(m: { baseVersion: number; baseManifestDigest: string; catalogVersion: number; changes: readonly ChangeEntry[] }): ChangeListDocument {
  return {
    format: CHANGE_LIST_FORMAT,
    version: changeListVersion(m.changes),
    baseVersion: m.baseVersion,
    baseManifestDigest: m.baseManifestDigest,
    catalogVersion: m.catalogVersion,
    changes: m.changes.map((c) => changeEntry(c, c.reason, c.basis, c.basisChangedOn)),
  };
}

/** `changes.json`: 2-space JSON with a final line break, like the other payload files. */
export function serializeChangeList(document: ChangeListDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// Checking a signed list

/** Why `value` is not a change entry of a list of `version` (for the strict manifest parser), or undefined. */
export function changeEntryProblem(value: unknown, at: string, version: number): string | undefined {
  if (!isRecord(value)) return `${at} must be an object`;
  const kind = value.kind;
  if (!(CHANGE_KINDS as readonly unknown[]).includes(kind)) return `${at}/kind must be "added", "changed" or "withdrawn"`;
  const wanted = kind === 'changed' ? ['code', 'name', 'kind', 'fields', 'reason', 'basis'] : ['code', 'name', 'kind', 'reason', 'basis'];
  // Version 2 may add the 变更之日; an entry of version 1 has exactly the fields above.
  if (version >= 2 && value.basisChangedOn !== undefined) wanted.push('basisChangedOn');
  const keys = exactKeys(value, wanted, at);
  if (keys) return keys;
  if (value.basisChangedOn !== undefined && !isIsoDate(value.basisChangedOn)) return `${at}/basisChangedOn must be a date written YYYY-MM-DD`;
  if (typeof value.code !== 'string' || value.code === '') return `${at}/code must be a non-empty string`;
  if (typeof value.name !== 'string') return `${at}/name must be a string`;
  if (kind === 'changed') {
    const fields = value.fields;
    if (!Array.isArray(fields) || fields.length === 0) return `${at}/fields must be a non-empty array`;
    for (const [i, f] of fields.entries()) {
      if (typeof f !== 'string' || f === '') return `${at}/fields/${i} must be a non-empty string`;
      if (i > 0 && compareCodeUnits(fields[i - 1] as string, f) >= 0) return `${at}/fields/${i} is out of order or repeated`;
    }
  }
  if (typeof value.reason !== 'string' || value.reason.trim() === '') return `${at}/reason must be a non-blank string`;
  if (!Array.isArray(value.basis)) return `${at}/basis must be an array`;
  for (const [i, b] of value.basis.entries()) {
    const problem = basisProblem(b);
    if (problem) return `${at}/basis/${i}: ${problem.en}`;
  }
  return undefined;
}

const MISMATCH: Readonly<Record<'unlisted' | 'notChanged' | 'kind' | 'fields' | 'name' | 'absent' | 'present', LocalText>> = {
  unlisted: { zh: '资源 {code}（{name}）已{actual}，但变更清单未列出', en: 'resource {code} ({name}) was {actual}, but the change list does not say so' },
  notChanged: { zh: '变更清单称资源 {code} 已{signed}，但实际并无此变更', en: 'the change list says resource {code} was {signed}, but it was not' },
  kind: { zh: '资源 {code} 实际为{actual}，变更清单写为{signed}', en: 'resource {code} was {actual}, but the change list says {signed}' },
  fields: { zh: '资源 {code} 实际变更的字段为 {actual}，变更清单写为 {signed}', en: 'resource {code} changed in {actual}, but the change list says {signed}' },
  name: { zh: '资源 {code} 的名称为「{actual}」，变更清单写为「{signed}」', en: 'resource {code} is named "{actual}", but the change list says "{signed}"' },
  absent: { zh: '变更清单称资源 {code} 已{signed}，但目录中没有该资源', en: 'the change list says resource {code} was {signed}, but the catalog has no such resource' },
  present: { zh: '变更清单称资源 {code} 已撤销，但目录中仍有该资源', en: 'the change list says resource {code} was withdrawn, but the catalog still has it' },
};

/** The first way the signed list differs from the actual changes (both in code order), or undefined if it agrees. */
export function changeListMismatch(signed: readonly ChangeEntry[], actual: readonly ResourceChange[]): LocalText | undefined {
  let i = 0;
  let j = 0;
  while (i < signed.length || j < actual.length) {
    const s = signed[i];
    const a = actual[j];
    const order = s && a ? compareCodeUnits(s.code, a.code) : s ? -1 : 1;
    if (order > 0) return fillLocal(MISMATCH.unlisted, { code: a!.code, name: a!.name, actual: CHANGE_KIND_TEXT[a!.kind] });
    if (order < 0) return fillLocal(MISMATCH.notChanged, { code: s!.code, signed: CHANGE_KIND_TEXT[s!.kind] });
    if (s!.kind !== a!.kind) return fillLocal(MISMATCH.kind, { code: s!.code, actual: CHANGE_KIND_TEXT[a!.kind], signed: CHANGE_KIND_TEXT[s!.kind] });
    if (!jsonEqual(s!.fields, a!.fields)) return fillLocal(MISMATCH.fields, { code: s!.code, actual: (a!.fields ?? []).join(', '), signed: (s!.fields ?? []).join(', ') });
    if (s!.name !== a!.name) return fillLocal(MISMATCH.name, { code: s!.code, actual: a!.name, signed: s!.name });
    i++;
    j++;
  }
  return undefined;
}

/**
 * What can be checked without the base: added and changed resources are in the catalog under that name, and
 * withdrawn ones are not.
 */
export function changeListCatalogMismatch(signed: readonly ChangeEntry[], catalog: Catalog): LocalText | undefined {
  const names = new Map<string, string>();
  for (const r of catalog.resources) if (!names.has(resourceKey(r))) names.set(resourceKey(r), r.name ?? '');
  for (const entry of signed) {
    const name = names.get(entry.code);
    if (entry.kind === 'withdrawn') {
      if (name !== undefined) return fillLocal(MISMATCH.present, { code: entry.code });
    } else if (name === undefined) return fillLocal(MISMATCH.absent, { code: entry.code, signed: CHANGE_KIND_TEXT[entry.kind] });
    else if (name !== entry.name) return fillLocal(MISMATCH.name, { code: entry.code, actual: name, signed: entry.name });
  }
  return undefined;
}
