// The append-only audit log: every change to a catalog, import, package or receipt, in order, each entry chained
// to the one before by its SM3 hash (audit-hash.ts), so an entry changed, removed or moved shows (audit-verify.ts).
// An entry is appended in the same transaction as the change it records: both happen or neither does. The entries
// one call appends are stored as one block row (schema v5, AuditBlockRow), each still hashed and chained on its own.
import type { JsonValue } from '../../../core/crypto/canonical-json.ts';
import { GENESIS_HASH } from './audit-hash.ts';
import type { AuditAction, AuditBlockRow, AuditBody, AuditRow } from './rows.ts';
import type { StorageContext } from './storage-context.ts';

/** The tables a transaction needs for append(), next to its own. */
export const AUDIT_TABLES = ['audit', 'meta'] as const;

/** The meta row that holds the last entry's seq and hash, so entries removed from the end show as well. */
export const AUDIT_HEAD = 'auditHead';

export interface AuditHead {
  seq: number;
  hash: string;
}

export interface AuditInput {
  operator: string;
  workspaceId: number | null;
  action: AuditAction;
  /** What the action was on: a resource id, a package id, an import id. */
  subject: string;
  detail: { readonly [key: string]: JsonValue };
}

// Canonical JSON refuses lone surrogates (a broken paste can carry one); an audit entry must never make a save
// fail, so they are stored as U+FFFD, and the stored entry is exactly what was hashed.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function wellFormed<T extends JsonValue>(value: T): T {
  if (typeof value === 'string') return value.replace(LONE_SURROGATE, '\uFFFD') as T;
  if (Array.isArray(value)) return value.map((v) => wellFormed(v)) as unknown as T;
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [wellFormed(k), wellFormed(v)])) as T;
  return value;
}

export async function readAuditHead(ctx: StorageContext): Promise<AuditHead> {
  const row = await ctx.db.meta.get(AUDIT_HEAD);
  return row ? (row.value as unknown as AuditHead) : { seq: 0, hash: GENESIS_HASH };
}

/**
 * Appends an entry inside the caller's read-write transaction, which must include AUDIT_TABLES. It chains from the
 * recorded head rather than from the last row, so entries deleted from the end leave a gap the verifier finds.
 */
export async function appendAudit(ctx: StorageContext, input: AuditInput): Promise<AuditRow> {
  return (await appendAuditMany(ctx, [input]))[0]!;
}

/** Appends entries in order, as appendAudit does one: a bulk edit chains its thousands in one block row. */
export async function appendAuditMany(ctx: StorageContext, inputs: readonly AuditInput[]): Promise<AuditRow[]> {
  let head = await readAuditHead(ctx);
  const at = ctx.now();
  const rows = inputs.map((input) => {
    const body: AuditBody = {
      seq: head.seq + 1,
      at,
      operator: wellFormed(input.operator),
      workspaceId: input.workspaceId,
      action: input.action,
      subject: wellFormed(input.subject),
      detail: wellFormed(input.detail),
      prevHash: head.hash,
    };
    const row: AuditRow = { ...body, hash: ctx.hasher.hash(body) };
    head = { seq: row.seq, hash: row.hash };
    return row;
  });
  if (rows.length === 0) return rows;
  await ctx.db.audit.add({ seq: rows[0]!.seq, entries: rows });
  await ctx.db.meta.put({ key: AUDIT_HEAD, value: { seq: head.seq, hash: head.hash } });
  return rows;
}

/** Entries newest first, `limit` at a time, for the audit screen; `before` pages back from a seq. */
export async function listAudit(ctx: StorageContext, limit: number, before = Infinity): Promise<AuditRow[]> {
  const found: AuditRow[] = [];
  await ctx.db.audit
    .where('seq')
    .below(before)
    .reverse()
    .until(() => found.length >= limit)
    .each((block) => {
      for (let i = block.entries.length - 1; i >= 0 && found.length < limit; i--) if (block.entries[i]!.seq < before) found.push(block.entries[i]!);
    });
  return found;
}

/** The entry numbered `seq`, from the block that holds it. */
export async function getAuditEntry(ctx: StorageContext, seq: number): Promise<AuditRow | undefined> {
  const block = await ctx.db.audit.where('seq').belowOrEqual(seq).last();
  return block?.entries.find((e) => e.seq === seq);
}

/** Every entry of the blocks, in order. */
export const entriesOf = (blocks: readonly AuditBlockRow[]): AuditRow[] => blocks.flatMap((b) => b.entries);
