// Reviewing a unit's package (审核): the changes against what the county accepted, the decisions a receipt needs,
// the receipt the county signs (verified as `mulu receipt verify` verifies it), and the resources that enter the
// county catalog — never a returned one, which comes up again as added in the unit's next package.
import { describe, expect, it } from 'vitest';
import { acceptedResources, packageDecision, receiptDecisions, reviewProblems, type ResourceReview } from '../../../../core/county/review-decisions.ts';
import { needsAttributeReview, reviewChanges } from '../../../../core/county/review-changes.ts';
import type { Catalog } from '../../../../core/model/catalog.ts';
import { readPackage, readPayloadCatalog } from '../../../../core/package/read-package.ts';
import { buildReceipt, serializeReceipt, signReceipt, verifyReceipt } from '../../../../core/package/receipt.ts';
import { keyIdOf } from '../../../../core/crypto/keys.ts';
import { countyTrust, makeUnit, revisedUnitCatalog, UNIT_AT, unitCatalog, unitPackage } from '../../../harness/county-units.ts';

function payload(bytes: Uint8Array) {
  const read = readPackage(bytes);
  if (!read.ok) throw new Error(read.message.en);
  const catalog = readPayloadCatalog(read.contents);
  if (!catalog.ok) throw new Error(catalog.message.en);
  return { manifest: read.contents.manifest, manifestBytes: read.contents.manifestBytes, catalog: catalog.catalog };
}

const unit = makeUnit(1, '泗县教育局');
const county = makeUnit(9, '泗县数据资源管理局');

describe('reviewing a package', () => {
  it('a first package: every resource added; a return needs its reason, a restricted attribute its confirmation', async () => {
    const first = payload(await unitPackage(unit, unitCatalog(unit, { resources: 4, seed: 21 })));
    const changes = reviewChanges([], first.catalog, first.manifest.changes);
    if (!changes.ok) throw new Error('duplicates');
    expect(changes.changes.map((c) => c.kind)).toEqual(['added', 'added', 'added', 'added']);
    const [a, b, c, d] = changes.changes.map((x) => x.code);
    const decisions = new Map<string, ResourceReview>([
      [a!, { decision: 'accepted', attributesConfirmed: true }],
      [b!, { decision: 'returned', reason: ' ' }],
    ]);
    expect(reviewProblems(changes.changes, decisions).map((p) => p.zh)).toEqual([`还有 2 条资源没有审核意见（通过或退回）：${c}、${d}`, `退回须写明理由：${b} 没有理由`]);

    const restricted = changes.changes.find((x) => x.code !== b && needsAttributeReview(x.resource!));
    expect(restricted, 'the generator makes restricted resources').toBeDefined();
    decisions.set(b!, { decision: 'returned', reason: '摘要过于简略，请补充' });
    decisions.set(c!, { decision: 'accepted' });
    decisions.set(d!, { decision: 'accepted' });
    decisions.set(restricted!.code, { decision: 'accepted' });
    expect(reviewProblems(changes.changes, decisions).map((p) => p.zh)).toEqual([expect.stringContaining(`审核确定”后才能通过：${restricted!.code}`)]);
    for (const code of [a!, c!, d!]) decisions.set(code, { decision: 'accepted', attributesConfirmed: true });
    expect(reviewProblems(changes.changes, decisions)).toEqual([]);
    expect(packageDecision(changes.changes, decisions)).toBe('accepted');
    expect(acceptedResources(first.catalog.resources, decisions).map((r) => r.code)).toEqual([a, c, d]);
  });

  it('the decisions make a receipt signed with the county key that verifies against the package', async () => {
    const bytes = await unitPackage(unit, unitCatalog(unit, { resources: 2, seed: 22 }));
    const pkg = payload(bytes);
    const changes = reviewChanges([], pkg.catalog, pkg.manifest.changes);
    if (!changes.ok) throw new Error('duplicates');
    const [a, b] = changes.changes.map((x) => x.code);
    const decisions = new Map<string, ResourceReview>([
      [a!, { decision: 'returned', reason: '共享依据不足' }],
      [b!, { decision: 'returned', reason: '名称与他局重复' }],
    ]);
    const decided = receiptDecisions(changes.changes, decisions);
    expect(decided.decision).toBe('returned');
    const keyId = await keyIdOf(county.key.algorithm, county.key.publicKey);
    const receipt = await buildReceipt({ package: pkg, ...decided, receivedAt: '2026-11-23T10:00:00+08:00', receiver: { name: county.name, uscc: county.uscc, keyId } });
    const signed = serializeReceipt(await signReceipt(receipt, { suite: county.key.algorithm, privateKey: county.key.privateKey, publicKey: county.key.publicKey }));
    const trust = await countyTrust([county]);
    const verified = await verifyReceipt(signed, { trust: trust.store, at: UNIT_AT, package: pkg });
    expect(verified.ok && verified.receipt.resources).toEqual([
      { code: a, decision: 'returned', reason: '共享依据不足' },
      { code: b, decision: 'returned', reason: '名称与他局重复' },
    ]);
    expect(acceptedResources(pkg.catalog.resources, decisions)).toEqual([]);
  });

  it('the next package is compared with what the county accepted: the returned resource comes up again as added, a change with its note', async () => {
    const v1 = unitCatalog(unit, { resources: 3, seed: 23 });
    const first = await unitPackage(unit, v1);
    const returned = v1.resources[2]!.code!;
    const accepted = acceptedResources(v1.resources, new Map([[returned, { decision: 'returned', reason: '退回' }]]));
    const v2: Catalog = revisedUnitCatalog(v1);
    const second = payload(await unitPackage(unit, v2, { base: first }));
    const changes = reviewChanges(accepted, second.catalog, second.manifest.changes);
    if (!changes.ok) throw new Error('duplicates');
    expect(changes.changes.map((c) => [c.code, c.kind, c.fields ?? [], c.note?.reason ?? null])).toEqual([
      [v1.resources[0]!.code, 'changed', ['abstract'], '年度目录更新'],
      [returned, 'added', [], null],
    ]);
    expect(changes.unchanged).toBe(1);
    expect(changes.changes[0]!.before!.abstract).toBe(v1.resources[0]!.abstract);
  });
});
