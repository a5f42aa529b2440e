// What the history viewer shows, without React: a field's value as text, the fields two versions differ in, and
// which audit entries a filter keeps.
import type { Resource } from '../../core/model/catalog.ts';
import { FIELD_LABELS } from '../../core/model/field-labels.ts';
import { resourceDifference } from '../../core/package/catalog-diff.ts';
import { beijingDate } from '../../core/time/beijing-time.ts';
import type { Lang, LocalText } from '../../core/i18n/text.ts';
import type { AuditAction, AuditRow } from '../services/stored-types.ts';

export interface FieldRow {
  field: string;
  label: string;
  before: string;
  after: string;
}

/** A stored value as one line of text: lists and records as compact JSON, nothing as an empty string. */
export function valueText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A profile's vocabularies (its wording of each closed list), by the field name they share. */
export type Vocabularies = Readonly<Record<string, Readonly<Partial<Record<string, LocalText>>>>>;

/** The fields `before` and `after` differ in, labelled, a closed list's value by its label; the items as `itemsText` says. */
export function fieldRows(before: Resource, after: Resource, lang: Lang, vocabularies: Vocabularies, itemsText: (r: Resource) => string): FieldRow[] {
  const difference = resourceDifference(before, after);
  if (!difference) return [];
  const a = new Map(Object.entries(before));
  const b = new Map(Object.entries(after));
  const text = (field: string, value: unknown) => (typeof value === 'string' && vocabularies[field]?.[value]?.[lang]) || valueText(value);
  return (difference.fields ?? []).map((field) => ({
    field,
    label: FIELD_LABELS[field]?.[lang] ?? field,
    before: field === 'items' ? itemsText(before) : text(field, a.get(field)),
    after: field === 'items' ? itemsText(after) : text(field, b.get(field)),
  }));
}

export interface AuditFilter {
  /** Matched against the entry's subject (a resource id, package id …) and the code and name it records. */
  text: string;
  action: AuditAction | undefined;
  /** ISO dates, Beijing time, inclusive. */
  from: string | undefined;
  to: string | undefined;
}

export function auditMatches(entry: AuditRow, filter: AuditFilter): boolean {
  if (filter.action !== undefined && entry.action !== filter.action) return false;
  const day = beijingDate(entry.at);
  if (filter.from && day < filter.from) return false;
  if (filter.to && day > filter.to) return false;
  const text = filter.text.trim();
  if (!text) return true;
  return [entry.subject, entry.detail['code'], entry.detail['name']].some((v) => typeof v === 'string' && v.includes(text));
}

/** The actions the audit filter offers, in the order of the list. */
export const AUDIT_ACTIONS = [
  'resource.save',
  'resource.delete',
  'resource.undo',
  'resource.redo',
  'import.commit',
  'workspace.create',
  'workspace.update',
  'package.record',
  'receipt.record',
  'key.create',
  'key.replace',
  'key.passphrase',
  'trust.receiver',
  'backup.create',
  'backup.restore',
  'roster.import',
  'roster.key',
  'inbox.receive',
  'review.decide',
  'conflict.status',
] as const satisfies readonly AuditAction[];

// A compile-time check that the filter offers every action storage records.
type Unlisted = Exclude<AuditAction, (typeof AUDIT_ACTIONS)[number]>;
export const AUDIT_ACTIONS_COMPLETE: [Unlisted] extends [never] ? true : Unlisted = true;
