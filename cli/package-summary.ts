// The manifest as a person reads it, for `verify` (after every check passed) and `inspect` (with no checks).
import { formatFingerprint } from '../core/crypto/keys.ts';
import type { PackageManifest } from '../core/package/manifest.ts';

export function formatManifestSummary(m: PackageManifest): string {
  const lines = [
    `  目录包标识 / package id:      ${m.packageId}`,
    `  类型 / type:                  ${m.type === 'training' ? '培训练习 / training' : '正式报送 / submission'}`,
    ...(m.watermark !== null ? [`  水印 / watermark:             ${m.watermark}`] : []),
    `  部门 / department:            ${m.department.name}（${m.department.uscc}，行政区划 ${m.department.divisionCode}）`,
    `  规则配置 / profile:           ${m.profile}`,
    `  目录版本 / catalog version:   ${m.catalogVersion}`,
    `  生成时间 / created:           ${m.createdAt}`,
    `  签名算法 / suite:             ${m.signer.suite}`,
    `  签名公钥 / signing key:       ${m.signer.keyId}`,
    `  公钥指纹 / fingerprint:       ${formatFingerprint(m.signer.keyId)}`,
    '  文件 / files:',
    ...m.files.map((f) => `    ${f.path}  ${f.size} B  ${f.digest}`),
  ];
  return `${lines.join('\n')}\n`;
}
