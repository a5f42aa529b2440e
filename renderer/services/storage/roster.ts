// The county workspace's roster (名册) and the keys of its units: read, import from a list, add, replace or revoke a
// key. Every change is one transaction with its audit entry; a refused input (a bad key file, a key already held)
// is returned before anything is written.
import { addTrustedKey, type NewTrustedKey, type TrustedDepartment, type TrustStoreFile } from '../../../core/package/trust-store.ts';
import { rosterKeyRecord, type RosterKey } from '../../../core/county/roster-trust.ts';
import type { RosterUnit } from '../../../core/county/roster.ts';
import type { LocalText } from '../../../core/i18n/text.ts';
import { appendAudit, AUDIT_TABLES } from './audit-log.ts';
import type { RosterRow } from './county-rows.ts';
import { prefixRange } from './mulu-database.ts';
import { mapQuotaError } from './quota.ts';
import type { StorageContext } from './storage-context.ts';

export async function listRoster(ctx: StorageContext, workspaceId: number): Promise<RosterRow[]> {
  const rows = await ctx.db.roster.where('[workspaceId+uscc]').between(...prefixRange(workspaceId)).toArray();
  return rows.sort((a, b) => a.position - b.position);
}

/** Adds the units of an imported list and updates the ones already on the roster (their keys stay); removes none. */
export async function importRoster(ctx: StorageContext, workspaceId: number, units: readonly RosterUnit[], source: string, operator: string): Promise<{ added: number; updated: number }> {
  const { db } = ctx;
  return mapQuotaError(() =>
    db.transaction('rw', [db.roster, ...AUDIT_TABLES], async () => {
      const current = new Map((await listRoster(ctx, workspaceId)).map((r) => [r.uscc, r]));
      let next = Math.max(-1, ...[...current.values()].map((r) => r.position)) + 1;
      let added = 0;
      const rows = units.map((unit): RosterRow => {
        const held = current.get(unit.uscc);
        if (held) return { ...held, unit };
        added++;
        return { workspaceId, uscc: unit.uscc, position: next++, unit, keys: [] };
      });
      await db.roster.bulkPut(rows);
      await appendAudit(ctx, { operator, workspaceId, action: 'roster.import', subject: source, detail: { added, updated: rows.length - added } });
      return { added, updated: rows.length - added };
    }),
  );
}

export type KeyChangeResult = { ok: true; key: RosterKey } | { ok: false; messages: LocalText[] };

/**
 * Enters a unit's key from its registration form; with `replaces`, the unit's key it succeeds is revoked in the same
 * step. Checked by core against every key the roster ever held, so a key cannot sit with two units or return.
 */
export async function addUnitKey(
  ctx: StorageContext,
  workspaceId: number,
  input: Omit<NewTrustedKey, 'departmentName' | 'departmentUscc'> & { uscc: string; replaces?: string },
  operator: string,
): Promise<KeyChangeResult> {
  const roster = await listRoster(ctx, workspaceId);
  const row = roster.find((r) => r.uscc === input.uscc);
  if (!row) return { ok: false, messages: [{ zh: `名册中没有统一社会信用代码为 ${input.uscc} 的单位`, en: `no unit with USCC ${input.uscc} on the roster` }] };
  const checked = await addTrustedKey(rosterKeyRecord(roster), {
    departmentName: row.unit.name,
    departmentUscc: row.uscc,
    publicKeyPem: input.publicKeyPem,
    validFrom: input.validFrom,
    ...(input.validUntil && { validUntil: input.validUntil }),
    ...(input.note && { note: input.note }),
  });
  if (!checked.ok) return checked;
  const now = ctx.now();
  const key = enteredKey(checked.file, row.uscc, checked.key.keyId, now);
  const { db } = ctx;
  await mapQuotaError(() =>
    db.transaction('rw', [db.roster, ...AUDIT_TABLES], async () => {
      const fresh = (await db.roster.get([workspaceId, row.uscc])) ?? row;
      const keys = fresh.keys.map((k) => (k.keyId === input.replaces && k.revokedAt === undefined ? { ...k, revokedAt: now } : k));
      await db.roster.put({ ...fresh, keys: [...keys, key] });
      await appendAudit(ctx, { operator, workspaceId, action: 'roster.key', subject: row.uscc, detail: { change: input.replaces ? 'replace' : 'add', keyId: key.keyId, ...(input.replaces && { replaces: input.replaces }) } });
    }),
  );
  return { ok: true, key };
}

/** Revokes one key of a unit: packages it signs no longer verify. Kept on the roster for the record. */
export async function revokeUnitKey(ctx: StorageContext, workspaceId: number, uscc: string, keyId: string, operator: string): Promise<void> {
  const { db } = ctx;
  await mapQuotaError(() =>
    db.transaction('rw', [db.roster, ...AUDIT_TABLES], async () => {
      const row = await db.roster.get([workspaceId, uscc]);
      if (!row) return;
      const now = ctx.now();
      await db.roster.put({ ...row, keys: row.keys.map((k) => (k.keyId === keyId && k.revokedAt === undefined ? { ...k, revokedAt: now } : k)) });
      await appendAudit(ctx, { operator, workspaceId, action: 'roster.key', subject: uscc, detail: { change: 'revoke', keyId } });
    }),
  );
}

/** The entry core wrote for the key (canonical PEM), as the roster keeps it. */
function enteredKey(file: TrustStoreFile, uscc: string, keyId: string, addedAt: string): RosterKey {
  const entry = file.departments.find((d) => d.uscc === uscc)!.keys.find((k) => k.keyId === keyId)!;
  return { ...entry, addedAt };
}

/**
 * Enters the keys of a trust store file (one kept with `mulu trust add`) for the units on the roster, each checked as
 * if entered by hand. All or nothing: any unit not on the roster or any refused key, and nothing is stored.
 */
export async function importTrustedKeys(
  ctx: StorageContext,
  workspaceId: number,
  departments: readonly TrustedDepartment[],
  source: string,
  operator: string,
): Promise<{ ok: true; added: number } | { ok: false; messages: LocalText[] }> {
  const roster = await listRoster(ctx, workspaceId);
  const byUscc = new Map(roster.map((r) => [r.uscc, r]));
  let record = rosterKeyRecord(roster);
  const messages: LocalText[] = [];
  const added = new Map<string, RosterKey[]>();
  const now = ctx.now();
  for (const department of departments) {
    const row = byUscc.get(department.uscc);
    if (!row) {
      messages.push({ zh: `「${department.name}」（${department.uscc}）不在名册中，请先把该单位加入名册`, en: `"${department.name}" (${department.uscc}) is not on the roster; add the unit first` });
      continue;
    }
    for (const k of department.keys) {
      const checked = await addTrustedKey(record, { departmentName: row.unit.name, departmentUscc: row.uscc, publicKeyPem: k.publicKey, validFrom: k.validFrom, ...(k.validUntil && { validUntil: k.validUntil }), ...(k.note && { note: k.note }) });
      if (!checked.ok) {
        messages.push(...checked.messages.map((m) => ({ zh: `「${row.unit.name}」：${m.zh}`, en: `${row.unit.name}: ${m.en}` })));
        continue;
      }
      record = checked.file;
      added.set(row.uscc, [...(added.get(row.uscc) ?? []), enteredKey(record, row.uscc, checked.key.keyId, now)]);
    }
  }
  if (messages.length) return { ok: false, messages };
  const { db } = ctx;
  const count = [...added.values()].reduce((n, keys) => n + keys.length, 0);
  await mapQuotaError(() =>
    db.transaction('rw', [db.roster, ...AUDIT_TABLES], async () => {
      await db.roster.bulkPut([...added].map(([uscc, keys]) => ({ ...byUscc.get(uscc)!, keys: [...byUscc.get(uscc)!.keys, ...keys] })));
      await appendAudit(ctx, { operator, workspaceId, action: 'roster.key', subject: source, detail: { change: 'import', keys: count } });
    }),
  );
  return { ok: true, added: count };
}
