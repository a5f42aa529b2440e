// The manifest as a person reads it, for `verify` (after every check passed) and `inspect` (with no checks).
import { formatFingerprint } from '../core/crypto/keys.ts';
import { CHANGE_KIND_TEXT } from '../core/package/change-list.ts';
import { listDefinitions } from '../core/lists/list-definitions.ts';
import { listPath, LISTS_FOLDER } from '../core/package/list-files.ts';
import { isIncremental, type PackageManifest } from '../core/package/manifest.ts';
import { knownProfile } from '../core/package/pack.ts';
import { escapeInline } from './terminal-text.ts';

/** Changes listed one per line up to this many; the rest are in changes.json. */
const LISTED_CHANGES = 20;

/**
 * `trusted`: the department as the verifier's trust store names it (verify, after the checks). Then that name is
 * shown, and the manifest's own wording only as its claim when it differs; `inspect` has no trust and shows the claim.
 */
export function formatManifestSummary(m: PackageManifest, trusted?: { name: string; uscc: string }): string {
  const claimed = escapeInline(m.department.name);
  const department = trusted
    ? [
        `  部门 / department:            ${escapeInline(trusted.name)}（${escapeInline(trusted.uscc)}，行政区划 ${escapeInline(m.department.divisionCode)}；信任库登记 / per trust store）`,
        ...(trusted.name !== m.department.name ? [`  目录包自称 / claimed: ${claimed}`] : []),
      ]
    : [`  部门 / department:            ${claimed}（${escapeInline(m.department.uscc)}，行政区划 ${escapeInline(m.department.divisionCode)}）`];
  const lines = [
    `  目录包标识 / package id:      ${m.packageId}`,
    `  类型 / type:                  ${m.type === 'training' ? '培训练习 / training' : '正式报送 / submission'}`,
    ...(m.watermark !== null ? [`  水印 / watermark:             ${m.watermark}`] : []),
    ...department,
    `  规则配置 / profile:           ${m.profile}`,
    `  目录版本 / catalog version:   ${m.catalogVersion}`,
    ...baseLines(m),
    `  生成时间 / created:           ${m.createdAt}`,
    `  签名算法 / suite:             ${m.signer.suite}`,
    `  签名公钥 / signing key:       ${m.signer.keyId}`,
    `  公钥指纹 / fingerprint:       ${formatFingerprint(m.signer.keyId)}`,
    ...listLines(m),
    '  文件 / files:',
    ...m.files.map((f) => `    ${escapeInline(f.path)}  ${f.size} B  ${f.digest}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** The lists the package carries, by the titles its profile gives them (a profile this build lacks: by path). */
function listLines(m: PackageManifest): string[] {
  const carried = new Set(m.files.filter((f) => f.path.startsWith(LISTS_FOLDER)).map((f) => f.path));
  if (carried.size === 0) return ['  清单 / lists:                 无（打包时目录包尚不携带清单）/ none (packed before packages carried lists)'];
  const profile = knownProfile(m.profile);
  const titles = new Map((profile ? listDefinitions(profile, ['needs']) : []).map((d) => [listPath(d.id), d.sheet]));
  return ['  清单 / lists:', ...[...carried].map((path) => `    ${escapeInline(path)}${titles.has(path) ? `  ${titles.get(path)!.zh} / ${titles.get(path)!.en}` : ''}`)];
}

function baseLines(m: PackageManifest): string[] {
  if (!isIncremental(m)) return ['  目录包类别 / kind:            全量 / full'];
  const count = (kind: keyof typeof CHANGE_KIND_TEXT) => m.changes.filter((c) => c.kind === kind).length;
  return [
    `  目录包类别 / kind:            增量，基于版本 ${m.baseVersion} / incremental on version ${m.baseVersion}`,
    `  上一版清单摘要 / base digest: ${m.baseManifestDigest}`,
    `  变更 / changes:               新增 ${count('added')} · 变更 ${count('changed')} · 撤销 ${count('withdrawn')} / ${count('added')} added · ${count('changed')} changed · ${count('withdrawn')} withdrawn`,
    ...m.changes.slice(0, LISTED_CHANGES).map(
      (c) =>
        `    [${CHANGE_KIND_TEXT[c.kind].zh} ${CHANGE_KIND_TEXT[c.kind].en}] ${escapeInline(c.code)} ${escapeInline(c.name)}${c.fields ? `（${c.fields.join(', ')}）` : ''}：${escapeInline(c.reason)}` +
        // The 变更之日 the sender gave: the update was due 10 working days after it (Anhui Art. 15).
        (c.basisChangedOn !== undefined ? `（变更之日 / changed on ${c.basisChangedOn}）` : ''),
    ),
    ...(m.changes.length > LISTED_CHANGES ? [`    … 另有 ${m.changes.length - LISTED_CHANGES} 条，见 changes.json / ${m.changes.length - LISTED_CHANGES} more in changes.json`] : []),
  ];
}
