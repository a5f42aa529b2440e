// Why a county package fails the checks of its trust chain (docs/package-format.md §9.3), after its own checks as a
// package have passed: one reason per link — the roster, each embedded unit package, each county resource's source —
// each message naming the entry or resource, in Chinese and English. Packing refuses with the same reasons (and one
// of its own, a source that does not verify against the county's trust store), so what `pack --sources` writes is
// what `verify` accepts.
import { RefusalError, refusalText, type Failure, type TextParams } from '../i18n/refusal.ts';
import type { PackageFailureReason } from '../package/package-failures.ts';

export type CountyChainReason =
  | 'rosterMissing'
  | 'rosterInvalid'
  | 'rosterBadSignature'
  | 'embeddedInvalid'
  | 'embeddedNotInRoster'
  | 'embeddedMisnamed'
  | 'embeddedDuplicateUnit'
  | 'resourceUnattributed'
  | 'sourceNotEmbedded'
  | 'attributionMismatch'
  | 'resourceNotBacked';

export type CountyPackRefusal = CountyChainReason | 'sourceInvalid';

/** The step these reasons report, after the nine of a package (package-failures.ts VerificationStep). */
export const COUNTY_STEP = 'county';

export interface CountyChainFailure extends Failure<CountyChainReason> {
  /** The entry of the county package the failure is about, when there is one. */
  entry?: string;
  /** embeddedInvalid / embeddedNotInRoster: why the embedded package failed. */
  embedded?: { reason: PackageFailureReason };
}

const message = refusalText<CountyPackRefusal>({
  rosterMissing: {
    zh: '县级目录包含有来源单位标注或内嵌目录包，但缺少单位公钥名册 county/roster.json 或其签名 county/roster.sig，无法核对各单位的签名。',
    en: 'The county package has attributed resources or embedded packages but no unit roster (county/roster.json) or no roster signature (county/roster.sig), so the units’ signatures cannot be checked.',
  },
  rosterInvalid: { zh: '单位公钥名册 county/roster.json 无效：{problem}。', en: 'The unit roster county/roster.json is invalid: {problem}.' },
  rosterBadSignature: {
    zh: '单位公钥名册 county/roster.json 的签名验证失败（{detail}）：名册在县级签名后被改动。',
    en: 'The signature over the unit roster county/roster.json does not verify ({detail}): the roster was changed after the county signed it.',
  },
  embeddedInvalid: {
    zh: '内嵌的单位目录包 {entry} 未通过验证（{reason}）：{detail}',
    en: 'The embedded unit package {entry} does not verify ({reason}): {detail}',
  },
  embeddedNotInRoster: {
    zh: '内嵌的单位目录包 {entry} 的签名公钥不在县级单位公钥名册中（{reason}）：{detail}',
    en: 'The embedded unit package {entry} is not signed by a key of the county’s unit roster ({reason}): {detail}',
  },
  embeddedMisnamed: {
    zh: '内嵌目录包 {entry} 实为目录包 {packageId}，与其文件名不符：内嵌目录包被调换。',
    en: 'The embedded package {entry} is in fact the package {packageId}: the embedded package was swapped.',
  },
  embeddedDuplicateUnit: {
    zh: '同一单位「{unit}」有两个内嵌目录包（{entry} 与 {other}）；县级目录只能采用每个单位的一个版本。',
    en: 'The unit "{unit}" has two embedded packages ({entry} and {other}); the county catalog takes one version of each unit.',
  },
  resourceUnattributed: {
    zh: '县级目录中的资源 {resource} 没有来源单位标注（mulu.county.*），无法核对它来自哪个单位目录包。',
    en: 'The county catalog’s resource {resource} has no unit attribution (mulu.county.*), so its source package cannot be checked.',
  },
  sourceNotEmbedded: {
    zh: '县级目录中的资源 {resource} 标注来自目录包 {packageId}，但县级目录包没有内嵌该目录包。',
    en: 'The county catalog’s resource {resource} is attributed to the package {packageId}, which the county package does not embed.',
  },
  attributionMismatch: {
    zh: '县级目录中的资源 {resource} 的来源标注（单位、版本或清单摘要）与内嵌目录包 {packageId} 不符。',
    en: 'The attribution of the county catalog’s resource {resource} (unit, version or manifest digest) does not match the embedded package {packageId}.',
  },
  resourceNotBacked: {
    zh: '县级目录中的资源 {resource} 与其来源目录包 {entry} 中的同一资源不一致，或该目录包中没有这条资源：资源在汇总后被改动。',
    en: 'The county catalog’s resource {resource} differs from the same resource in its source package {entry}, or that package does not have it: the resource was changed after aggregation.',
  },
  sourceInvalid: {
    zh: '--sources 中的目录包 {file} 按县级信任库验证未通过（{reason}）：{detail}',
    en: 'The source package {file} does not verify against the county’s trust store ({reason}): {detail}',
  },
});

export function countyChainFailure(reason: CountyChainReason, params: TextParams = {}, extra: Pick<CountyChainFailure, 'entry' | 'embedded'> = {}): CountyChainFailure {
  return { ok: false, reason, message: message(reason, params), ...extra };
}

/** Packing a county package refused; nothing is signed or written. */
export class CountyPackError extends RefusalError<CountyPackRefusal> {}

export function refuseCountyPack(reason: CountyPackRefusal, params: TextParams = {}): CountyPackError {
  return new CountyPackError(reason, message(reason, params));
}
