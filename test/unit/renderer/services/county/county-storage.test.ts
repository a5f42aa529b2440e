// The county workspace's storage and inbox job without a browser: the roster imported and updated (keys kept),
// keys entered, replaced and revoked with core's checks (a refused key stores nothing), the trust store made from
// what is not revoked, and batches of packages received with the chain checked on each unit's last accepted one.
import { describe, expect, it } from 'vitest';
import { rosterTrustStore } from '../../../../../core/county/roster-trust.ts';
import { encodePublicKeyPem } from '../../../../../core/crypto/keys.ts';
import { serializeTrustStore } from '../../../../../core/package/trust-store.ts';
import { receiveInbox } from '../../../../../renderer/services/county/inbox-job.ts';
import { latestAccepted, listInbox, recordInboxBatch } from '../../../../../renderer/services/storage/inbox.ts';
import { addUnitKey, importRoster, importTrustedKeys, listRoster, revokeUnitKey } from '../../../../../renderer/services/storage/roster.ts';
import type { StorageContext } from '../../../../../renderer/services/storage/storage-context.ts';
import { createWorkspace } from '../../../../../renderer/services/storage/workspaces.ts';
import { countyTrust, makeUnit, revisedUnitCatalog, unitCatalog, unitPackage, type TestUnit } from '../../../../harness/county-units.ts';
import { DEPARTMENT, testDatabase } from '../storage/test-storage.ts';

const a = makeUnit(1, '泗县教育局');
const b = makeUnit(2, '大庄镇人民政府');
const unitOf = (u: TestUnit, contact = '') => ({ name: u.name, uscc: u.uscc, divisionCode: u.divisionCode, contact });
const pemOf = (u: TestUnit) => encodePublicKeyPem(u.key.algorithm, u.key.publicKey);

async function county(): Promise<{ ctx: StorageContext; id: number }> {
  const { ctx } = await testDatabase().open();
  const row = await createWorkspace(ctx, 'county', DEPARTMENT);
  expect(row.slot).toBe(`county:${DEPARTMENT.department.uscc}`);
  return { ctx, id: row.id };
}

describe('county roster storage', () => {
  it('imports, updates without losing keys, and keeps roster order', async () => {
    const { ctx, id } = await county();
    expect(await importRoster(ctx, id, [unitOf(a), unitOf(b)], '名册.xlsx', '李明')).toEqual({ added: 2, updated: 0 });
    const added = await addUnitKey(ctx, id, { uscc: a.uscc, publicKeyPem: pemOf(a), validFrom: '2026-01-01' }, '李明');
    expect(added.ok).toBe(true);
    expect(await importRoster(ctx, id, [unitOf(a, '张老师')], '名册2.xlsx', '李明')).toEqual({ added: 0, updated: 1 });
    const rows = await listRoster(ctx, id);
    expect(rows.map((r) => [r.unit.name, r.unit.contact, r.keys.length])).toEqual([
      [a.name, '张老师', 1],
      [b.name, '', 0],
    ]);
  });

  it('refuses a key another unit holds and a bad validity, storing nothing', async () => {
    const { ctx, id } = await county();
    await importRoster(ctx, id, [unitOf(a), unitOf(b)], '名册.xlsx', '李明');
    await addUnitKey(ctx, id, { uscc: a.uscc, publicKeyPem: pemOf(a), validFrom: '2026-01-01' }, '李明');
    const twice = await addUnitKey(ctx, id, { uscc: b.uscc, publicKeyPem: pemOf(a), validFrom: '2026-01-01' }, '李明');
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.messages[0]!.zh).toContain('已在信任库中');
    const badDate = await addUnitKey(ctx, id, { uscc: b.uscc, publicKeyPem: pemOf(b), validFrom: '2026-02-30' }, '李明');
    expect(badDate.ok).toBe(false);
    expect((await listRoster(ctx, id)).find((r) => r.uscc === b.uscc)!.keys).toEqual([]);
  });

  it('replaces and revokes: the trust store holds only keys not revoked, and a revoked key cannot return', async () => {
    const { ctx, id } = await county();
    await importRoster(ctx, id, [unitOf(a)], '名册.xlsx', '李明');
    const first = await addUnitKey(ctx, id, { uscc: a.uscc, publicKeyPem: pemOf(a), validFrom: '2026-01-01' }, '李明');
    const next = makeUnit(1, a.name);
    const second = await addUnitKey(ctx, id, { uscc: a.uscc, publicKeyPem: pemOf(next), validFrom: '2026-06-01', replaces: first.ok ? first.key.keyId : '' }, '李明');
    expect(second.ok).toBe(true);
    let trust = rosterTrustStore(await listRoster(ctx, id));
    expect(trust.departments[0]!.keys.map((k) => k.publicKey)).toEqual([pemOf(next)]);
    await revokeUnitKey(ctx, id, a.uscc, second.ok ? second.key.keyId : '', '李明');
    trust = rosterTrustStore(await listRoster(ctx, id));
    expect(trust.departments).toEqual([]);
    expect((await addUnitKey(ctx, id, { uscc: a.uscc, publicKeyPem: pemOf(a), validFrom: '2026-01-01' }, '李明')).ok).toBe(false);
  });
});

describe('trust store import', () => {
  it('enters every unit’s keys from a trust store file, or none when one unit is not on the roster', async () => {
    const { ctx, id } = await county();
    await importRoster(ctx, id, [unitOf(a)], '名册.xlsx', '李明');
    const both = await countyTrust([a, b]);
    const refused = await importTrustedKeys(ctx, id, both.file.departments, 'trust.json', '李明');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.messages.map((m) => m.zh)).toEqual([`「${b.name}」（${b.uscc}）不在名册中，请先把该单位加入名册`]);
    expect((await listRoster(ctx, id))[0]!.keys).toEqual([]);
    await importRoster(ctx, id, [unitOf(b)], '名册.xlsx', '李明');
    expect(await importTrustedKeys(ctx, id, both.file.departments, 'trust.json', '李明')).toEqual({ ok: true, added: 2 });
    expect(rosterTrustStore(await listRoster(ctx, id)).departments.map((d) => d.uscc).sort()).toEqual([a.uscc, b.uscc].sort());
  });
});

describe('inbox', () => {
  it('verifies a batch, then checks the next batch’s increment on the package it accepted, and refuses a replay', async () => {
    const { ctx, id } = await county();
    await importRoster(ctx, id, [unitOf(a), unitOf(b)], '名册.xlsx', '李明');
    for (const u of [a, b]) await addUnitKey(ctx, id, { uscc: u.uscc, publicKeyPem: pemOf(u), validFrom: '2026-01-01' }, '李明');
    const trust = serializeTrustStore(rosterTrustStore(await listRoster(ctx, id)));
    const a1 = unitCatalog(a, { resources: 3, seed: 1 });
    const pkgA1 = await unitPackage(a, a1);
    const pkgA2 = await unitPackage(a, revisedUnitCatalog(a1), { base: pkgA1 });
    const training = await unitPackage(b, unitCatalog(b, { resources: 1, seed: 2 }), { type: 'training' });
    const at = '2026-12-07T08:00:00Z';

    const first = await receiveInbox({ files: [{ file: 'a1.zip', bytes: pkgA1 }, { file: 'b.zip', bytes: training }, { file: 'x.zip', unreadable: { zh: '文件过大', en: 'too large' } }], trust, bases: [], at });
    if (!first.ok) throw new Error('job refused');
    expect(first.verdicts.map((v) => [v.file, v.verdict, v.reason ?? null])).toEqual([
      ['a1.zip', 'accepted', null],
      ['b.zip', 'rejected', 'trainingPackage'],
      ['x.zip', 'rejected', 'unreadable'],
    ]);
    expect(first.verdicts[0]!.date).toBeDefined();
    await recordInboxBatch(ctx, id, first.verdicts.map((verdict, i) => ({ verdict, bytes: [pkgA1, training, new Uint8Array(0)][i]! })), '李明');

    const bases = [...latestAccepted(await listInbox(ctx, id)).values()].map((r) => ({ file: r.verdict.file, bytes: r.bytes }));
    expect(bases.map((base) => base.file)).toEqual(['a1.zip']);
    const second = await receiveInbox({ files: [{ file: 'a2.zip', bytes: pkgA2 }, { file: 'a1-again.zip', bytes: pkgA1 }], trust, bases, at });
    if (!second.ok) throw new Error('job refused');
    expect(second.verdicts.map((v) => [v.file, v.verdict, v.reason ?? null])).toEqual([
      ['a2.zip', 'accepted', null],
      ['a1-again.zip', 'rejected', 'staleVersion'],
    ]);
    // Without the base the increment has nothing to continue.
    const orphan = await receiveInbox({ files: [{ file: 'a2.zip', bytes: pkgA2 }], trust, bases: [], at });
    expect(orphan.ok && orphan.verdicts[0]!.reason).toBe('missingBase');
  });

  it('refuses every package when the roster has no key', async () => {
    const pkg = await unitPackage(a, unitCatalog(a, { resources: 1, seed: 3 }));
    const result = await receiveInbox({ files: [{ file: 'a.zip', bytes: pkg }], trust: serializeTrustStore(rosterTrustStore([])), bases: [], at: '2026-12-07T08:00:00Z' });
    expect(result.ok && result.verdicts[0]!.reason).toBe('unknownKey');
  });
});
