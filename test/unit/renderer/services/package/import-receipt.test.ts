// Importing a receipt (回执) into a workspace over fake-indexeddb: verified against the receiver's key and the
// stored package, then the package is marked accepted or returned with the per-resource decisions; a receipt
// under another key, for another package or imported twice is refused with a Chinese message and stores nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { encodePublicKeyPem, keyIdOf } from '../../../../../core/crypto/keys.ts';
import { generateKeyPair, type KeyPair } from '../../../../../core/crypto/signature.ts';
import { packCatalog } from '../../../../../core/package/pack.ts';
import { readPackage } from '../../../../../core/package/read-package.ts';
import { buildReceipt, serializeReceipt, signReceipt, type ReceiptDecision } from '../../../../../core/package/receipt.ts';
import { importReceipt } from '../../../../../renderer/services/package/import-receipt.ts';
import { getPackageSummaries, setPackageSummary } from '../../../../../renderer/services/storage/package-summaries.ts';
import { listPackages, recordPackage } from '../../../../../renderer/services/storage/packages.ts';
import type { StorageContext } from '../../../../../renderer/services/storage/storage-context.ts';
import { createWorkspace } from '../../../../../renderer/services/storage/workspaces.ts';
import { makeUscc } from '../../../../harness/catalog-builders.ts';
import { DEPARTMENT, testDatabase } from '../storage/test-storage.ts';
import { AT, baseCatalog, CREATED, reportFor, signerOf } from '../../../core/package/package-fixtures.ts';

let sender: KeyPair;
let receiver: KeyPair;
let pkg: Uint8Array;

beforeAll(async () => {
  sender = generateKeyPair('SM2-with-SM3');
  receiver = generateKeyPair('SM2-with-SM3');
  const catalog = baseCatalog();
  pkg = await packCatalog({ catalog, report: await reportFor(catalog), signer: signerOf(sender), createdAt: CREATED });
});

async function workspaceWithPackage(): Promise<{ ctx: StorageContext; workspaceId: number }> {
  const { ctx } = await testDatabase().open();
  const ws = await createWorkspace(ctx, 'department', DEPARTMENT);
  const read = readPackage(pkg);
  if (!read.ok) throw new Error('package');
  await recordPackage(ctx, { workspaceId: ws.id, manifest: read.contents.manifest, manifestBytes: read.contents.manifestBytes, fileName: 'v1.zip', size: pkg.length, content: { kind: 'bytes', bytes: pkg }, operator: '王芳' });
  return { ctx, workspaceId: ws.id };
}

async function receiptText(decision: ReceiptDecision, key = receiver, bytes = pkg): Promise<string> {
  const read = readPackage(bytes);
  if (!read.ok) throw new Error('package');
  const code = baseCatalog().resources[1]!.code!;
  const receipt = await buildReceipt({
    package: read.contents,
    decision,
    ...(decision === 'returned' && { reason: '部分资源共享条件不清' }),
    resources: [{ code, decision: 'returned', reason: '共享条件表述不清，请补充' }],
    receivedAt: '2026-11-23T10:00:00+08:00',
    receiver: { name: '宿州市数据资源管理局', uscc: makeUscc('11', '341300', 'MB005678'), keyId: await keyIdOf(key.algorithm, key.publicKey) },
  });
  return serializeReceipt(await signReceipt(receipt, signerOf(key)));
}

const receiverPem = () => encodePublicKeyPem(receiver.algorithm, receiver.publicKey);

describe('importing a receipt', () => {
  it('marks the package accepted and keeps the per-resource returns; a second receipt is refused', async () => {
    const { ctx, workspaceId } = await workspaceWithPackage();
    const text = await receiptText('accepted');
    const imported = await importReceipt(ctx, workspaceId, text, receiverPem(), '王芳', AT);
    expect(imported).toMatchObject({ ok: true, receipt: { decision: 'accepted', resources: [{ decision: 'returned', reason: '共享条件表述不清，请补充' }] } });
    expect((await listPackages(ctx, workspaceId))[0]).toMatchObject({ status: 'accepted' });
    const again = await importReceipt(ctx, workspaceId, text, receiverPem(), '王芳', AT);
    expect(again.ok || again.message.zh).toContain('已经导入过回执');
  });

  it('a receipt signed by another key, or edited, is refused and the package stays awaiting its receipt', async () => {
    const { ctx, workspaceId } = await workspaceWithPackage();
    const stranger = await importReceipt(ctx, workspaceId, await receiptText('returned', generateKeyPair('SM2-with-SM3')), receiverPem(), '王芳', AT);
    expect(stranger.ok).toBe(false);
    const edited = (await receiptText('returned')).replace('部分资源共享条件不清', '全部接收');
    const tampered = await importReceipt(ctx, workspaceId, edited, receiverPem(), '王芳', AT);
    expect(tampered).toMatchObject({ ok: false });
    expect(tampered.ok || tampered.message.zh).toMatch(/签名/);
    expect((await listPackages(ctx, workspaceId))[0]).toMatchObject({ status: 'awaitingReceipt', receiptId: null });
  });

  it('a receipt for a package this workspace never sent is refused', async () => {
    const { ctx, workspaceId } = await workspaceWithPackage();
    const other = baseCatalog();
    other.catalogVersion = 9;
    const otherPkg = await packCatalog({ catalog: other, report: await reportFor(other), signer: signerOf(sender), createdAt: CREATED });
    const result = await importReceipt(ctx, workspaceId, await receiptText('accepted', receiver, otherPkg), receiverPem(), '王芳', AT);
    expect(result.ok || result.message.zh).toContain('不在本工作区');
  });

  it('package summaries are kept by package id', async () => {
    const { ctx } = await testDatabase().open();
    await setPackageSummary(ctx, 'p1', { resources: 6, items: 40 });
    expect(await getPackageSummaries(ctx, ['p1', 'p2'])).toEqual(new Map([['p1', { resources: 6, items: 40 }]]));
  });
});
