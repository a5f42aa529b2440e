// The audit log's hash chain: intact it verifies; an entry changed, removed (in the middle or at the end) or moved
// is found, at the first broken link, whether it sits alone in its block row or among a bulk action's (schema v5).
// The digest is core's SM3 over RFC 8785 JSON, so tools outside the app agree.
import { describe, expect, it } from 'vitest';
import { bytesToHex } from '@noble/hashes/utils.js';
import { canonicalJsonBytes, type JsonValue } from '../../../../../core/crypto/canonical-json.ts';
import { sm3 } from '../../../../../core/crypto/sm3.ts';
import { auditBody } from '../../../../../renderer/services/storage/audit-hash.ts';
import { getAuditEntry, listAudit } from '../../../../../renderer/services/storage/audit-log.ts';
import { verifyAuditChain } from '../../../../../renderer/services/storage/audit-verify.ts';
import { saveResource, saveResources } from '../../../../../renderer/services/storage/resource-edits.ts';
import type { AuditRow } from '../../../../../renderer/services/storage/rows.ts';
import type { StorageContext } from '../../../../../renderer/services/storage/storage-context.ts';
import { createWorkspace } from '../../../../../renderer/services/storage/workspaces.ts';
import { author, DEPARTMENT, resource, testDatabase } from './test-storage.ts';

/** A log of 6 entries: the workspace and five saves. */
async function logOfSix(): Promise<StorageContext> {
  const { ctx } = await testDatabase().open();
  const ws = await createWorkspace(ctx, 'department', DEPARTMENT);
  for (let i = 1; i <= 5; i++) await saveResource(ctx, ws.id, resource(`r${i}`, `资源${i}`), author(`第${i}次保存`));
  return ctx;
}

/** A log of 6 entries: the workspace, then five saves in one bulk edit (one block row). */
async function bulkOfSix(): Promise<StorageContext> {
  const { ctx } = await testDatabase().open();
  const ws = await createWorkspace(ctx, 'department', DEPARTMENT);
  await saveResources(ctx, ws.id, [1, 2, 3, 4, 5].map((i) => resource(`r${i}`, `资源${i}`)), author('批量新增'));
  return ctx;
}

const entry = async (ctx: StorageContext, seq: number): Promise<AuditRow> => (await getAuditEntry(ctx, seq))!;

/** Tampering as someone editing the database would: each entry replaces the one of its seq inside its block row. */
async function putEntries(ctx: StorageContext, entries: AuditRow[]): Promise<void> {
  for (const e of entries) {
    const block = (await ctx.db.audit.where('seq').belowOrEqual(e.seq).last())!;
    await ctx.db.audit.put({ ...block, entries: block.entries.map((x) => (x.seq === e.seq ? e : x)) });
  }
}

/** Removes entries from their block rows (a block left empty goes too). */
async function removeEntries(ctx: StorageContext, seqs: number[]): Promise<void> {
  for (const block of await ctx.db.audit.toArray()) {
    const kept = block.entries.filter((e) => !seqs.includes(e.seq));
    if (kept.length === 0) await ctx.db.audit.delete(block.seq);
    else if (kept.length < block.entries.length) await ctx.db.audit.put({ ...block, entries: kept });
  }
}

describe('audit chain', () => {
  it('verifies an intact log, each hash being SM3 of the canonical JSON of the entry', async () => {
    const ctx = await logOfSix();
    expect(await verifyAuditChain(ctx)).toEqual({ ok: true, entries: 6 });
    const third = await entry(ctx, 3);
    expect(third.hash).toBe(bytesToHex(await sm3(canonicalJsonBytes(auditBody(third) as unknown as JsonValue))));
    expect(third.prevHash).toBe((await entry(ctx, 2)).hash);
    expect((await listAudit(ctx, 2)).map((e) => e.seq)).toEqual([6, 5]);
  });

  it('finds an entry whose content was changed', async () => {
    const ctx = await logOfSix();
    await putEntries(ctx, [{ ...(await entry(ctx, 4)), operator: '某人' }]);
    expect(await verifyAuditChain(ctx)).toMatchObject({ ok: false, brokenAt: 4, problem: 'content', entries: 3 });
  });

  it('stores a bulk action as one block row whose entries are each hashed and chained, and finds one changed or removed inside it', async () => {
    const ctx = await bulkOfSix();
    expect(await ctx.db.audit.count()).toBe(2);
    expect(await verifyAuditChain(ctx)).toEqual({ ok: true, entries: 6 });
    expect((await entry(ctx, 4)).prevHash).toBe((await entry(ctx, 3)).hash);
    expect((await listAudit(ctx, 3, 6)).map((e) => e.seq)).toEqual([5, 4, 3]);
    await putEntries(ctx, [{ ...(await entry(ctx, 4)), subject: 'r9' }]);
    expect(await verifyAuditChain(ctx)).toMatchObject({ ok: false, brokenAt: 4, problem: 'content' });

    const other = await bulkOfSix();
    await removeEntries(other, [3]);
    expect(await verifyAuditChain(other)).toMatchObject({ ok: false, brokenAt: 4, problem: 'sequence' });
  });

  it('finds a changed entry whose hash was recomputed, at the next link', async () => {
    const ctx = await logOfSix();
    const changed = { ...(await entry(ctx, 4)), subject: 'r9' };
    await putEntries(ctx, [{ ...changed, hash: ctx.hasher.hash(auditBody(changed)) }]);
    const result = await verifyAuditChain(ctx);
    expect(result).toMatchObject({ ok: false, brokenAt: 5, problem: 'link' });
    expect(!result.ok && result.text.zh).toContain('第 5 条');
  });

  it('finds a removed entry', async () => {
    const ctx = await logOfSix();
    await removeEntries(ctx, [3]);
    expect(await verifyAuditChain(ctx)).toMatchObject({ ok: false, brokenAt: 4, problem: 'sequence' });
  });

  it('finds entries removed from the end, and new entries after that do not hide it', async () => {
    const ctx = await logOfSix();
    await removeEntries(ctx, [5, 6]);
    expect(await verifyAuditChain(ctx)).toMatchObject({ ok: false, brokenAt: 5, problem: 'truncated' });
    const ws = (await ctx.db.workspaces.toArray())[0]!;
    await saveResource(ctx, ws.id, resource('r7', '资源7'), author('之后的保存'));
    expect(await verifyAuditChain(ctx)).toMatchObject({ ok: false, brokenAt: 7, problem: 'sequence' });
  });

  it('finds entries swapped in order', async () => {
    const ctx = await logOfSix();
    const [three, four] = [await entry(ctx, 3), await entry(ctx, 4)];
    await putEntries(ctx, [
      { ...four, seq: 3 },
      { ...three, seq: 4 },
    ]);
    expect(await verifyAuditChain(ctx)).toMatchObject({ ok: false, brokenAt: 3, problem: 'link' });
  });

  it('finds swapped entries even when every hash was recomputed for the new order, at the first one moved', async () => {
    const ctx = await logOfSix();
    const [three, four] = [await entry(ctx, 3), await entry(ctx, 4)];
    const moved = { ...four, seq: 3, prevHash: three.prevHash };
    const movedHash = ctx.hasher.hash(auditBody(moved));
    const back = { ...three, seq: 4, prevHash: movedHash };
    await putEntries(ctx, [
      { ...moved, hash: movedHash },
      { ...back, hash: ctx.hasher.hash(auditBody(back)) },
    ]);
    // Entry 5 still links to the old entry 4. (Rewriting every later entry and the head as well would pass: only
    // an anchor kept outside the database can catch that.)
    expect(await verifyAuditChain(ctx)).toMatchObject({ ok: false, brokenAt: 5, problem: 'link' });
  });

  it('stores a lone surrogate as U+FFFD so that a broken paste never makes a save fail', async () => {
    const { ctx } = await testDatabase().open();
    const ws = await createWorkspace(ctx, 'department', DEPARTMENT);
    await saveResource(ctx, ws.id, resource('r1', '名称\uD800'), author('粘贴\uDC00'));
    const [last] = await listAudit(ctx, 1);
    expect(last!.detail).toMatchObject({ name: '名称\uFFFD', reason: '粘贴\uFFFD' });
    expect(await verifyAuditChain(ctx)).toEqual({ ok: true, entries: 2 });
  });
});
