// Why packing refused: one reason per problem the department must fix, each with a Chinese and an English message
// that says what to do. Nothing is signed or written when packing refuses.
import { RefusalError, refusalText, type TextParams } from '../i18n/refusal.ts';

export type PackRefusal =
  | 'reportHasErrors'
  | 'reportMismatch'
  | 'secretResources'
  | 'noCreationTime'
  | 'invalidCreationTime'
  | 'keyMismatch'
  | 'invalidCatalogVersion'
  | 'baseInvalid'
  | 'baseDepartmentMismatch'
  | 'versionNotAfterBase'
  | 'duplicateResourceCodes'
  | 'missingChangeReason'
  | 'missingChangeBasis';

export class PackError extends RefusalError<PackRefusal> {}

const refusalMessage = refusalText<PackRefusal>({
  reportHasErrors: {
    zh: '目录校验有 {count} 个错误，不能打包。请先修正错误并重新校验。',
    en: 'The catalog has {count} validation errors and cannot be packaged. Fix them and validate again.',
  },
  reportMismatch: {
    zh: '校验报告与目录不符（部门或资源数不同），请用当前目录重新校验后再打包。',
    en: 'The validation report does not belong to this catalog (department or resource count differs); validate the current catalog again.',
  },
  secretResources: {
    zh: '目录含 {count} 条涉密资源或含涉密信息项的资源（{codes}）。涉密内容不得编入共享目录报送，请先从目录中移出后再打包。',
    en: 'The catalog contains {count} secret (涉密) resources or resources with secret items ({codes}). Secret content never goes into a sharing catalog submission; remove it before packaging.',
  },
  noCreationTime: {
    zh: '目录没有 updatedAt（更新时间），请指定打包时间（--created-at）。',
    en: 'The catalog has no updatedAt; give the package creation time (--created-at).',
  },
  invalidCreationTime: {
    zh: '打包时间「{value}」不是带时区的 ISO 8601 时间（如 2026-11-22T09:00:00+08:00）。',
    en: 'The creation time "{value}" is not an ISO 8601 instant with a time zone (for example 2026-11-22T09:00:00+08:00).',
  },
  invalidCatalogVersion: {
    zh: '目录版本号 {value} 无效：应为不大于 9007199254740991 的非负整数，否则接收方无法核对。请改正目录版本号后再打包。',
    en: 'The catalog version {value} is invalid: it must be a non-negative integer no greater than 9007199254740991, or the receiver cannot check it. Correct it and pack again.',
  },
  keyMismatch: {
    zh: '签名私钥与公钥不匹配。',
    en: 'The signing private key does not belong to the public key.',
  },
  baseInvalid: {
    zh: '上一版目录包未通过验证（{reason}）：{detail} 请给出本部门上一次报送的目录包原件；如果它是用已更换的旧密钥签名的，请同时给出含旧公钥的信任库（--trust）。',
    en: 'The base package does not verify ({reason}): {detail} Give the package this department last sent, unchanged; if it was signed with a key since replaced, also give a trust store with the old key (--trust).',
  },
  baseDepartmentMismatch: {
    zh: '上一版目录包来自「{baseName}」（统一社会信用代码 {baseUscc}），与本目录的部门（{uscc}）不同；增量目录包只能基于本部门的上一版。请给出本部门上一次报送的目录包。',
    en: 'The base package comes from "{baseName}" (USCC {baseUscc}), not from this catalog’s department ({uscc}); an incremental package builds on the same department’s previous package. Give the package this department last sent.',
  },
  versionNotAfterBase: {
    zh: '目录版本 {version} 不高于上一版目录包的版本 {baseVersion}。请将目录的 catalogVersion 改为 {next} 或更大，然后重新打包。',
    en: 'The catalog version {version} is not higher than the base package’s version {baseVersion}. Set the catalog’s catalogVersion to {next} or more and pack again.',
  },
  duplicateResourceCodes: {
    zh: '{which}中有重复的资源代码（{codes}），无法逐条比较变更。请先修正重复的代码。',
    en: 'The {whichEn} repeats resource codes ({codes}), so changes cannot be matched resource by resource. Fix the repeated codes first.',
  },
  missingChangeReason: {
    zh: '以下 {count} 条资源有变更，但没有变更说明（原因）：{codes}。请在变更说明文件（--changes）的 notes 中为这些资源代码写明 reason（及依据 basis），或用 "*" 给出其余变更共用的说明，然后重新打包；全部变更可用 mulu diff 查看。',
    en: 'These {count} resources changed but have no change reason: {codes}. Give each code a reason (and basis) in the change-notes file (--changes), or a shared note under "*", then pack again; mulu diff lists every change.',
  },
  missingChangeBasis: {
    zh: '{detail}本规则配置要求每项变更都附变更依据：请在变更说明文件（--changes）的 notes 中为这些资源代码写明 basis，然后重新打包。',
    en: '{detail} This profile requires a basis for every change: give these codes a basis in the change-notes file (--changes), then pack again.',
  },
});

export function refuse(reason: PackRefusal, params: TextParams = {}): PackError {
  return new PackError(reason, refusalMessage(reason, params));
}
