// The smaller repositories: packages and their receipts (a receipt sets its package's status, once), the basis
// library (one entry per basis however it was typed) and settings.
import { describe, expect, it } from 'vitest';
import type { PackageManifest } from '../../../../../core/package/manifest.ts';
import type { Receipt } from '../../../../../core/package/receipt.ts';
import { encodeUtf8 } from '../../../../../core/zip/utf8.ts';
import { listAudit } from '../../../../../renderer/services/storage/audit-log.ts';
import { deleteBasis, listBasis, saveBasis } from '../../../../../renderer/services/storage/basis-library.ts';
import { listPackages, listReceipts, recordPackage, recordReceipt } from '../../../../../renderer/services/storage/packages.ts';
import { deleteSetting, getSetting, setSetting } from '../../../../../renderer/services/storage/settings.ts';
import { createWorkspace } from '../../../../../renderer/services/storage/workspaces.ts';
import { DEPARTMENT, testDatabase } from './test-storage.ts';

function manifest(catalogVersion: number): PackageManifest {
  const { department } = DEPARTMENT;
  return {
    format: 'mulu.package-manifest',
    version: 1,
    type: 'submission',
    watermark: null,
    packageId: `${department.uscc}-v${catalogVersion}-${'0'.repeat(32)}`,
    department,
    profile: 'anhui',
    catalogVersion,
    createdAt: `2026-03-0${catalogVersion}T09:00:00+08:00`,
    signer: { keyId: `sm3:${'1'.repeat(64)}`, suite: 'SM2-with-SM3' },
    baseVersion: null,
    baseManifestDigest: null,
    changes: null,
    files: [],
  };
}

function receiptFor(m: PackageManifest, manifestDigest: string): Receipt {
  return {
    format: 'mulu.receipt',
    version: 1,
    packageId: m.packageId,
    manifestDigest,
    department: { name: m.department.name, uscc: m.department.uscc },
    catalogVersion: m.catalogVersion,
    decision: 'returned',
    reason: '部分资源共享属性有误',
    resources: [{ code: '3070010001/000001', decision: 'returned', reason: '共享条件缺失' }],
    receivedAt: '2026-03-05T09:00:00+08:00',
    receiver: { name: '宿州市数据资源局', uscc: m.department.uscc, keyId: `sm3:${'2'.repeat(64)}` },
  };
}

describe('packages and receipts', () => {
  it('records packages newest first, and a verified receipt sets its package status once', async () => {
    const { ctx } = await testDatabase().open();
    const ws = await createWorkspace(ctx, 'department', DEPARTMENT);
    const saved = [];
    for (const v of [1, 2]) {
      const m = manifest(v);
      const bytes = encodeUtf8(JSON.stringify(m));
      saved.push(await recordPackage(ctx, { workspaceId: ws.id, manifest: m, manifestBytes: bytes, fileName: `v${v}.mulu`, size: 10, content: { kind: 'file', path: `/tmp/v${v}.mulu` }, operator: '王晓明' }));
    }
    expect(saved[0]!.manifestDigest).toMatch(/^sm3:[0-9a-f]{64}$/);
    expect((await listPackages(ctx, ws.id)).map((p) => [p.manifest.catalogVersion, p.status])).toEqual([
      [2, 'awaitingReceipt'],
      [1, 'awaitingReceipt'],
    ]);

    const receipt = receiptFor(saved[0]!.manifest, saved[0]!.manifestDigest);
    await recordReceipt(ctx, ws.id, receipt, '{"receipt":…}', '王晓明');
    expect((await listPackages(ctx, ws.id)).map((p) => p.status)).toEqual(['awaitingReceipt', 'returned']);
    expect((await listReceipts(ctx, ws.id))[0]!.receipt.resources[0]!.reason).toBe('共享条件缺失');
    await expect(recordReceipt(ctx, ws.id, receipt, '{}', '王晓明')).rejects.toMatchObject({ reason: 'receiptExists' });
    await expect(recordReceipt(ctx, ws.id, { ...receipt, manifestDigest: `sm3:${'9'.repeat(64)}` }, '{}', '王晓明')).rejects.toMatchObject({ reason: 'unknownPackage' });
    expect((await listAudit(ctx, 3)).map((e) => e.action)).toEqual(['receipt.record', 'package.record', 'package.record']);
  });
});

describe('basis library and settings', () => {
  it('keeps each basis once, however it was typed, and finds it by part of its title or article', async () => {
    const { ctx } = await testDatabase().open();
    await saveBasis(ctx, { title: '中华人民共和国数据安全法', article: '第三十八条' });
    const updated = await saveBasis(ctx, { title: '中华人民共和国 数据安全法', article: '第三十八条', level: 'law' });
    const other = await saveBasis(ctx, { title: '安徽省政务数据资源管理办法', article: '第十二条' });
    expect((await listBasis(ctx)).map((r) => [r.basis.title, r.basis.level])).toEqual([
      ['安徽省政务数据资源管理办法', undefined],
      ['中华人民共和国 数据安全法', 'law'],
    ]);
    expect((await listBasis(ctx, '数据安全')).map((r) => r.id)).toEqual([updated.id]);
    await deleteBasis(ctx, other.id);
    expect(await listBasis(ctx)).toHaveLength(1);
  });

  it('stores JSON settings by key', async () => {
    const { ctx } = await testDatabase().open();
    await setSetting(ctx, 'language', 'zh-CN');
    await setSetting(ctx, 'window', { width: 1366, height: 768 });
    expect(await getSetting(ctx, 'window')).toEqual({ width: 1366, height: 768 });
    await deleteSetting(ctx, 'language');
    expect(await getSetting(ctx, 'language')).toBeUndefined();
  });
});
