// The decisions around a new package: its version, the base of an incremental one, the file name offered, and the
// 变更说明 gathered from the resources' history since the base.
import { describe, expect, it } from 'vitest';
import type { PackageManifest } from '../../../../../core/package/manifest.ts';
import { changeNotesFromHistory } from '../../../../../renderer/services/package/change-notes-from-history.ts';
import type { PlannedChange } from '../../../../../renderer/services/package/package-job.ts';
import { incrementBase, nextCatalogVersion, packageFileName } from '../../../../../renderer/services/package/package-plan.ts';
import type { ResourceVersion } from '../../../../../renderer/services/storage/history.ts';
import type { PackageRow, PackageStatus } from '../../../../../renderer/services/storage/rows.ts';

function row(id: number, catalogVersion: number, status: PackageStatus, type: PackageRow['type'] = 'submission', kept = true): PackageRow {
  return {
    id,
    workspaceId: 1,
    packageId: `p${id}`,
    type,
    manifestDigest: `sm3:${id}`,
    manifest: { catalogVersion } as PackageManifest,
    fileName: `v${catalogVersion}.zip`,
    size: 1,
    content: kept ? { kind: 'bytes', bytes: new Uint8Array([id]) } : { kind: 'file', path: '/x' },
    savedAt: `2026-03-0${id}T00:00:00.000Z`,
    status,
    receiptId: null,
  };
}

describe('package plan', () => {
  it('numbers the next package after every one made and never below the catalog’s own version', () => {
    expect(nextCatalogVersion(undefined, [])).toBe(1);
    expect(nextCatalogVersion(4, [])).toBe(4);
    expect(nextCatalogVersion(1, [row(1, 1, 'accepted'), row(2, 2, 'returned')])).toBe(3);
    expect(nextCatalogVersion(7, [row(1, 2, 'accepted')])).toBe(7);
  });

  it('builds on the newest accepted package of the same type whose bytes are kept', () => {
    const packages = [row(1, 1, 'accepted'), row(2, 2, 'returned'), row(3, 3, 'accepted', 'submission', false), row(4, 4, 'awaitingReceipt'), row(5, 5, 'accepted', 'training')];
    expect(incrementBase(packages, 'submission')?.id).toBe(1);
    expect(incrementBase(packages, 'training')?.id).toBe(5);
    expect(incrementBase([row(2, 2, 'returned')], 'submission')).toBeUndefined();
  });

  it('names the file <部门>-目录-v<版本>-<日期> in China Standard Time, without characters Windows refuses', () => {
    expect(packageFileName('泗县农业农村局', 3, '2026-11-22T17:30:00.000Z', 'submission')).toBe('泗县农业农村局-目录-v3-20261123.zip');
    expect(packageFileName('泗县/农业:局', 1, '2026-11-22T01:00:00.000Z', 'training')).toBe('泗县农业局-培训练习-v1-20261122.zip');
  });
});

function version(at: string, reason: string, basisTitle?: string): ResourceVersion {
  return { stamp: { version: 1, kind: 'edit', at, operator: '王芳', note: { reason, basis: basisTitle ? [{ title: basisTitle }] : [] } }, resource: null, current: false };
}

describe('change notes from history', () => {
  const change = (code: string, resourceId: string): PlannedChange => ({ code, name: code, kind: 'changed', fields: ['abstract'], resourceId });

  it('joins the reasons given since the base, oldest first, with their bases merged; no reason since is missing', () => {
    const histories = new Map([
      // newest first, as listHistory gives them
      ['r1', [version('2026-03-05T00:00:00Z', '补充共享条件', '办法'), version('2026-03-04T00:00:00Z', '修正摘要', '办法'), version('2026-03-01T00:00:00Z', '导入（基础版本之前）')]],
      ['r2', [version('2026-03-05T00:00:00Z', '  '), version('2026-03-01T00:00:00Z', '很久以前的原因')]],
    ]);
    const result = changeNotesFromHistory([change('A', 'r1'), change('B', 'r2'), change('C', 'r3')], histories, '2026-03-02T00:00:00Z');
    expect(result.notes.get('A')).toEqual({ reason: '修正摘要；补充共享条件', basis: [{ title: '办法' }] });
    expect(result.missing).toEqual(['B', 'C']);
  });

  it('carries the earliest 变更之日 the versions since the base give, for the receiver to check timeliness', () => {
    const dated = (at: string, day: string | undefined): ResourceVersion => {
      const v = version(at, '按新办法调整', '办法');
      return { ...v, stamp: { ...v.stamp, note: { ...v.stamp.note, ...(day && { basisChangedOn: day }) } } };
    };
    const histories = new Map([['r1', [dated('2026-03-05T00:00:00Z', '2026-02-27'), dated('2026-03-04T00:00:00Z', undefined), dated('2026-03-03T00:00:00Z', '2026-03-02'), dated('2026-03-01T00:00:00Z', '2026-01-05')]]]);
    const result = changeNotesFromHistory([change('A', 'r1')], histories, '2026-03-02T00:00:00Z');
    // 2026-01-05 was given before the base was made: that change was reported already.
    expect(result.notes.get('A')).toEqual({ reason: '按新办法调整', basis: [{ title: '办法' }], basisChangedOn: '2026-02-27' });
  });
});
