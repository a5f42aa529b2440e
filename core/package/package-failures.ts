// Why a package does not verify: one reason code per check (docs/package-format.md §5.1), each with a Chinese and
// an English message, and the verification step it belongs to, so a person (or the desktop app) can see how far a
// package got. The container's own reasons (core/zip/failures.ts) travel as `containerReason` under 'container'.
import { refusalText, type Failure, type TextParams } from '../i18n/refusal.ts';
import type { SignatureRefusal } from './trusted-signature.ts';
import type { ContainerFailureReason } from '../zip/reader.ts';

export type PackageFailureReason =
  | 'container'
  | 'manifestMissing'
  | 'signatureMissing'
  | 'manifestInvalid'
  | SignatureRefusal
  | 'missingFile'
  | 'sizeMismatch'
  | 'digestMismatch'
  | 'unlistedFile'
  | 'entryOrder'
  | 'payloadInvalid'
  | 'changesMismatch'
  | 'baseInvalid'
  | 'baseDepartmentMismatch'
  | 'staleVersion'
  | 'baseVersionMismatch'
  | 'baseDigestMismatch'
  | 'trainingPackage'
  | 'packageIdMismatch'
  | 'reportMissing'
  | 'reportMismatch'
  | 'secretResources'
  | 'catalogHasErrors'
  | 'listsMismatch';

export type VerificationStep = 'container' | 'manifest' | 'trust' | 'signature' | 'files' | 'payload' | 'chain' | 'content' | 'training';

/** The step of §5.1 each reason belongs to. */
export const FAILURE_STEP: Readonly<Record<PackageFailureReason, VerificationStep>> = {
  container: 'container',
  manifestMissing: 'manifest',
  signatureMissing: 'manifest',
  manifestInvalid: 'manifest',
  unknownKey: 'trust',
  algorithmMismatch: 'trust',
  departmentMismatch: 'trust',
  notYetValid: 'trust',
  expired: 'trust',
  signerMismatch: 'trust',
  badSignature: 'signature',
  missingFile: 'files',
  sizeMismatch: 'files',
  digestMismatch: 'files',
  unlistedFile: 'files',
  entryOrder: 'files',
  payloadInvalid: 'payload',
  changesMismatch: 'payload',
  baseInvalid: 'chain',
  baseDepartmentMismatch: 'chain',
  staleVersion: 'chain',
  baseVersionMismatch: 'chain',
  baseDigestMismatch: 'chain',
  trainingPackage: 'training',
  packageIdMismatch: 'files',
  reportMissing: 'content',
  reportMismatch: 'content',
  secretResources: 'content',
  catalogHasErrors: 'content',
  listsMismatch: 'content',
};

export interface PackageFailure extends Failure<PackageFailureReason> {
  containerReason?: ContainerFailureReason;
  entry?: string;
  /** 'baseInvalid': why the base package failed. */
  base?: { reason: PackageFailureReason; containerReason?: ContainerFailureReason };
}

type OwnReason = Exclude<PackageFailureReason, 'container' | SignatureRefusal>;

const failureMessage = refusalText<OwnReason>({
  manifestMissing: { zh: '目录包缺少清单文件 META-INF/manifest.json。', en: 'The package has no manifest (META-INF/manifest.json).' },
  signatureMissing: { zh: '目录包缺少签名文件 META-INF/manifest.sig。', en: 'The package has no signature (META-INF/manifest.sig).' },
  manifestInvalid: { zh: '清单文件无效（{problem}），目录包已损坏或被改动。', en: 'The manifest is invalid ({problem}); the package is damaged or has been altered.' },
  missingFile: { zh: '清单列出的文件 {entry} 不在目录包中。', en: 'The file {entry} listed in the manifest is missing from the package.' },
  sizeMismatch: { zh: '文件 {entry} 的大小与清单不符，内容已被改动。', en: 'The size of {entry} does not match the manifest; its content has been changed.' },
  digestMismatch: { zh: '文件 {entry} 的摘要与清单不符，内容已被改动。', en: 'The digest of {entry} does not match the manifest; its content has been changed.' },
  unlistedFile: { zh: '目录包含清单未列出的文件 {entry}。', en: 'The package holds a file the manifest does not list: {entry}.' },
  entryOrder: { zh: '目录包内文件顺序与清单不符（{entry} 位置不对），目录包已被改动。', en: 'The entries are not in the manifest’s order ({entry} is out of place); the package has been altered.' },
  payloadInvalid: { zh: '包内目录文件无法读取或与清单所列部门不符：{problem}。', en: 'The catalog in the package is unusable or names another department than the manifest: {problem}.' },
  changesMismatch: { zh: '变更清单有误：{detail}。目录包已被改动，或打包有误。', en: 'The change list is wrong: {detail}. The package has been altered or was packed wrongly.' },
  baseInvalid: { zh: '所给的上一版目录包未通过验证（{reason}）：{detail}', en: 'The base package given does not verify ({reason}): {detail}' },
  baseDepartmentMismatch: {
    zh: '目录包来自统一社会信用代码为 {uscc} 的单位，但所给的上一版目录包来自「{baseName}」（{baseUscc}），不是同一部门的版本。请核对所给的上一版目录包。',
    en: 'The package comes from the unit with USCC {uscc}, but the base package given comes from "{baseName}" ({baseUscc}); they are not versions of one department’s catalog. Check the base package given.',
  },
  staleVersion: {
    zh: '目录包的目录版本 {version} 不高于所给上一版的版本 {baseVersion}：这是旧目录包的重放或重复报送，不能接收。',
    en: 'The package’s catalog version {version} is not newer than the base’s version {baseVersion}: an old package replayed or sent again, which cannot be accepted.',
  },
  baseVersionMismatch: {
    zh: '这是基于版本 {claimed} 的增量目录包，但所给的上一版目录包是版本 {actual}。请用版本 {claimed} 的目录包核对，或请发送单位基于版本 {actual} 重新打包。',
    en: 'This incremental package applies to version {claimed}, but the base package given is version {actual}. Check it against version {claimed}, or ask the sender to pack again on version {actual}.',
  },
  baseDigestMismatch: {
    zh: '增量目录包所基于的版本 {version} 清单摘要为 {claimed}，与所给上一版目录包的清单摘要 {actual} 不符：它基于另一份版本 {version} 的目录包。请核对所给的上一版目录包，或请发送单位重新打包。',
    en: 'The incremental package applies to a version {version} whose manifest digest is {claimed}, but the base given has {actual}: it was made on another version {version} package. Check the base package given, or ask the sender to pack again.',
  },
  packageIdMismatch: {
    zh: '清单中的目录包标识 {claimed} 与按清单内容算出的 {actual} 不符，目录包不是 Mulu 正常生成的。',
    en: 'The package id {claimed} in the manifest is not the one its contents give ({actual}); the package was not made by Mulu as it should be.',
  },
  reportMissing: {
    zh: '目录包缺少校验报告 validation-report.json，无法确认打包前已通过校验。',
    en: 'The package has no validation report (validation-report.json), so it cannot show it passed validation before packing.',
  },
  reportMismatch: {
    zh: '包内校验报告无效或与目录不符（{problem}）。',
    en: 'The validation report in the package is invalid or does not match the catalog ({problem}).',
  },
  secretResources: {
    zh: '目录包含 {count} 条涉密资源或信息项（{codes}），涉密内容不得进入共享目录，不能接收。',
    en: 'The package holds {count} classified (涉密) resources or items ({codes}); classified content must never enter a sharing catalog, so it cannot be accepted.',
  },
  catalogHasErrors: {
    zh: '按规则配置「{profile}」重新校验，包内目录有 {count} 个错误（如 {first}），打包时不应通过。',
    en: 'Validated again under the profile "{profile}", the catalog in the package has {count} errors (e.g. {first}); it should not have been packed.',
  },
  listsMismatch: {
    zh: '包内清单 {entry} 有误：{problem}。清单须由包内目录按规则配置生成，目录包已被改动或打包有误。',
    en: 'The list {entry} in the package is wrong: {problem}. Lists must be generated from the catalog in the package under its profile; the package has been altered or was packed wrongly.',
  },
  trainingPackage: {
    zh: '这是培训练习用目录包（{watermark}），不能作为正式报送接收。',
    en: 'This is a training package ({watermark}); it cannot be accepted as a real submission.',
  },
});

export function packageFailure(reason: OwnReason, params: TextParams = {}, entry?: string): PackageFailure {
  return { ok: false, reason, message: failureMessage(reason, params), ...(entry !== undefined && { entry }) };
}
