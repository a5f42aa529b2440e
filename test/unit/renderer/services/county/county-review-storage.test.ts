// The county's review in storage without a browser: a decision stored once per verified package with its signed
// receipt (nothing stored when a decision is missing or the passphrase is wrong), the next package compared with
// what was kept, the county catalog and board records from the decisions, and conflict statuses by id.
import { describe, expect, it } from 'vitest';
import { createKeystore } from '../../../../../core/crypto/keystore.ts';
import { RuleEngine } from '../../../../../core/rules/engine.ts';
import { reportRecords, reviewedCountyCatalog } from '../../../../../renderer/services/county/county-holdings.ts';
import { decidePackage, openPackageReview, type PackageReview } from '../../../../../renderer/services/county/package-review.ts';
import type { ResourceReview } from '../../../../../core/county/review-decisions.ts';
import { receiveInbox } from '../../../../../renderer/services/county/inbox-job.ts';
import { listInbox, recordInboxBatch } from '../../../../../renderer/services/storage/inbox.ts';
import { storeSigningKey } from '../../../../../renderer/services/storage/keystore-store.ts';
import { listConflictStatuses, listReviews, recordConflictStatus } from '../../../../../renderer/services/storage/reviews.ts';
import { createWorkspace } from '../../../../../renderer/services/storage/workspaces.ts';
import { countyTrust, makeUnit, revisedUnitCatalog, unitCatalog, unitPackage } from '../../../../harness/county-units.ts';
import { DEPARTMENT, testDatabase } from '../storage/test-storage.ts';

const unit = makeUnit(1, '泗县教育局');
const countyKey = makeUnit(9).key;
const PASSPHRASE = '县级审核口令';

async function county() {
  const { ctx } = await testDatabase().open();
  const row = await createWorkspace(ctx, 'county', DEPARTMENT);
  const keystore = await createKeystore(countyKey.privateKey, countyKey.publicKey, countyKey.algorithm, PASSPHRASE, { scrypt: { N: 2 ** 10, r: 8, p: 1 } });
  await storeSigningKey(ctx, row.id, keystore, 'create', '王晓明');
  const who = { ctx, workspaceId: row.id, operator: '王晓明', receiver: { name: DEPARTMENT.department.name, uscc: DEPARTMENT.department.uscc } };
  return { ctx, id: row.id, who, engine: new RuleEngine({ profile: 'anhui' }) };
}

async function receive(ctx: Awaited<ReturnType<typeof county>>['ctx'], id: number, files: { file: string; bytes: Uint8Array }[]) {
  const trust = await countyTrust([unit]);
  const bases = (await listInbox(ctx, id)).filter((r) => r.verdict.verdict === 'accepted').map((r) => ({ file: r.verdict.file, bytes: r.bytes }));
  const result = await receiveInbox({ files, trust: trust.text, bases, at: '2026-11-23T00:00:00Z' });
  if (!result.ok) throw new Error(result.message.en);
  return recordInboxBatch(ctx, id, files.map((f, i) => ({ verdict: result.verdicts[i]!, bytes: f.bytes })), '王晓明');
}

const allPassed = (review: PackageReview, returned?: { code: string; reason: string }) =>
  new Map<string, ResourceReview>(review.changes.filter((c) => c.kind !== 'withdrawn').map((c) => [c.code, c.code === returned?.code ? { decision: 'returned', reason: returned.reason } : { decision: 'accepted', attributesConfirmed: true }]));

describe('county review storage', () => {
  it('stores one decision per package, refusing an incomplete one or a wrong passphrase without storing anything', async () => {
    const { ctx, id, who, engine } = await county();
    const v1 = unitCatalog(unit, { resources: 3, seed: 41 });
    const [row] = await receive(ctx, id, [{ file: 'v1.zip', bytes: await unitPackage(unit, v1) }]);
    const opened = await openPackageReview(ctx, id, engine, row!);
    if (!opened.ok) throw new Error(opened.message.en);
    const review = opened.review;

    const incomplete = await decidePackage(who, review, new Map(), PASSPHRASE);
    expect(incomplete.ok || incomplete.messages[0]!.zh).toContain('还有 3 条资源没有审核意见');
    const returned = { code: v1.resources[1]!.code!, reason: '摘要过于简略' };
    const wrong = await decidePackage(who, review, allPassed(review, returned), '不对的口令');
    expect(wrong.ok || wrong.messages[0]!.zh).toBe('口令不正确，审核意见没有保存。');
    expect(await listReviews(ctx, id)).toEqual([]);

    const decided = await decidePackage(who, review, allPassed(review, returned), PASSPHRASE);
    expect(decided.ok && [decided.row.decision, decided.row.accepted, decided.row.returned, decided.row.resources.length]).toEqual(['accepted', 2, 1, 2]);
    const again = await decidePackage(who, review, allPassed(review), PASSPHRASE);
    expect(again.ok || again.messages[0]!.zh).toBe('该目录包已经审核过，审核意见不能更改。');
    expect(await listReviews(ctx, id)).toHaveLength(1);

    // The county catalog holds what passed; the board sees the return.
    const reviews = await listReviews(ctx, id);
    expect(reviewedCountyCatalog({ profileId: 'anhui', department: DEPARTMENT.department }, reviews).resources.map((r) => r.code)).toEqual([v1.resources[0]!.code, v1.resources[2]!.code]);
    expect(reportRecords(reviews).get(unit.uscc)).toEqual({ accepted: { version: v1.catalogVersion, at: reviews[0]!.attribution.date }, returnedAt: reviews[0]!.decidedAt });

    // The next version is compared with what the county kept: the returned resource comes up again.
    const [second] = await receive(ctx, id, [{ file: 'v2.zip', bytes: await unitPackage(unit, revisedUnitCatalog(v1), { base: row!.bytes }) }]);
    const next = await openPackageReview(ctx, id, engine, second!);
    expect(next.ok && next.review.changes.map((c) => [c.code, c.kind])).toEqual([
      [v1.resources[0]!.code, 'changed'],
      [returned.code, 'added'],
    ]);
    // The first package can no longer be reviewed once a later one is.
    if (!next.ok) throw new Error('open');
    expect((await decidePackage(who, next.review, allPassed(next.review), PASSPHRASE)).ok).toBe(true);
    const late = await openPackageReview(ctx, id, engine, row!);
    expect(late.ok || late.message.zh).toContain('已审核该单位第 2 版');
  });

  it('keeps conflict statuses by id, the latest one winning', async () => {
    const { ctx, id } = await county();
    await recordConflictStatus(ctx, id, 'codeCollision:X', { state: 'escalated', date: '2026-12-01' }, '王晓明');
    await recordConflictStatus(ctx, id, 'codeCollision:X', { state: 'resolved', outcome: '已商定', date: '2026-12-02' }, '王晓明');
    expect([...(await listConflictStatuses(ctx, id))]).toEqual([['codeCollision:X', { state: 'resolved', outcome: '已商定', date: '2026-12-02' }]]);
  });
});
