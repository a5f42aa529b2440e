// What the aggregation says about each input file: taken into the county catalog (the unit's latest accepted
// version), verified but superseded by a later version of the same unit given in the same run, or rejected — with
// the reason code and the words a clerk reads. Rejections come from verification (core/package/package-failures.ts)
// or from the county's own two: a file that could not be read at all, and an incremental package whose base the
// county does not hold.
import { fillLocal, type LocalText } from '../i18n/text.ts';
import type { PackageFailureReason } from '../package/package-failures.ts';
import type { CountyChainReason } from './county-package-failures.ts';

export const INPUT_VERDICTS = ['accepted', 'superseded', 'rejected'] as const;
export type InputVerdictKind = (typeof INPUT_VERDICTS)[number];

export const INPUT_VERDICT_TEXT: Readonly<Record<InputVerdictKind, LocalText>> = {
  accepted: { zh: '已采用', en: 'accepted' },
  superseded: { zh: '已验证，被更新版本取代', en: 'verified, superseded by a later version' },
  rejected: { zh: '已拒收', en: 'rejected' },
};

export type CountyRejection = 'unreadable' | 'missingBase';
export type RejectionReason = PackageFailureReason | CountyChainReason | CountyRejection;

export interface InputVerdict {
  file: string;
  verdict: InputVerdictKind;
  /** The unit, once the package's signer is trusted; absent for a file rejected before that. */
  unit?: { name: string; uscc: string };
  version?: number;
  /** When the unit made the package (its manifest's createdAt). */
  date?: string;
  packageId?: string;
  incremental?: boolean;
  resources?: number;
  /** Rejected: the reason code (docs/package-format.md §5.1, or unreadable / missingBase). */
  reason?: RejectionReason;
  /** Rejected: why, in both languages; superseded: by which version. */
  message?: LocalText;
}

export const MISSING_BASE_TEXT: LocalText = {
  zh: '这是增量目录包（基于第 {baseVersion} 版），但本次汇总没有该单位已接收的版本可供核对版本链。请该单位报送全量目录包，或用 --base 给出上次的县级汇总目录。',
  en: 'an incremental package (on version {baseVersion}), but this aggregation holds no accepted version of the unit to check its chain against. Ask the unit for a full package, or give the last county catalog with --base.',
};

export const SUPERSEDED_TEXT: LocalText = {
  zh: '已通过验证，但同一单位第 {version} 版更新，汇总采用后者。',
  en: 'verified, but the same unit’s version {version} is later and is the one aggregated.',
};

export const missingBase = (baseVersion: number): LocalText => fillLocal(MISSING_BASE_TEXT, { baseVersion });
export const superseded = (version: number): LocalText => fillLocal(SUPERSEDED_TEXT, { version });
