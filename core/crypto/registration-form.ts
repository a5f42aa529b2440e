// 公钥登记表: the page a department prints, signs, stamps and sends to the platform above it, so the platform can
// trust a public key because a person compared its fingerprint with paper — not because a file arrived. Plain
// text (any editor or WPS prints it), under 80 columns, Chinese first and English second on each line. The PEM
// block is not indented, so it can be copied from the file as it is.
// The same text is what `mulu keygen`/`mulu pubkey --form registration` print and what the app's 密钥 screen
// offers as a download, so both produce one form.
import type { SignatureAlgorithm } from './algorithms.ts';
import { formatFingerprint } from './keys.ts';
import { beijingDateTimeSeconds } from '../time/beijing-time.ts';

/** Who the key belongs to, as printed on the form. */
export interface RegistrationDepartment {
  name: string;
  uscc: string;
  /** 行政区划代码 and, when the bundled table knows it, the names from province down. */
  division?: { code: string; names: readonly string[] };
}

export interface RegistrationDetails {
  /** Absent: the department lines are left blank, to be filled in by hand. */
  department?: RegistrationDepartment;
  algorithm: SignatureAlgorithm;
  keyId: string;
  publicKeyPem: string;
  /** ISO 8601 UTC, as the keystore records it. */
  created: string;
}

const BLANK = '______________________________';
const LABEL_WIDTH = 36;
const ALGORITHM_TEXT: Readonly<Record<SignatureAlgorithm, string>> = {
  'SM2-with-SM3': 'SM2-with-SM3（SM2 签名、SM3 摘要 / SM2 signature, SM3 digest）',
  Ed25519: 'Ed25519（SHA-256 摘要 / SHA-256 digest）',
};

export function formatRegistrationForm(d: RegistrationDetails): string {
  const dept = d.department;
  const division = dept?.division ? [dept.division.code, ...dept.division.names].join(' ') : BLANK;
  const groups = formatFingerprint(d.keyId).split(' ');
  const digestCommand = d.algorithm === 'Ed25519' ? 'sha256' : 'sm3';
  const lines = [
    centred('政务数据目录签名公钥登记表'),
    centred('Catalog signing public key registration form'),
    '',
    '一、登记单位 / Registering unit',
    field('部门名称 Department', dept?.name ?? BLANK),
    field('统一社会信用代码 USCC', dept?.uscc ?? BLANK),
    field('行政区划 Division', division),
    '',
    '二、签名公钥 / Signing public key',
    field('算法 Algorithm', ALGORITHM_TEXT[d.algorithm]),
    field('生成时间 Generated', beijingTime(d.created)),
    field('', `${d.created} (UTC)`),
    '  密钥标识 Key id:',
    `    ${d.keyId}`,
    '  公钥指纹 Fingerprint（逐组核对 / compare group by group）:',
    `    ${groups.slice(0, 8).join(' ')}`,
    `    ${groups.slice(8).join(' ')}`,
    '  公钥 Public key (PEM):',
    d.publicKeyPem.trimEnd(),
    '',
    '三、核对方法 / How the platform checks it',
    '  将上述 PEM 存为 signer.pem，计算指纹并与本表逐组核对：',
    '  Save the PEM above as signer.pem, compute the fingerprint, compare it with this form:',
    `    openssl pkey -pubin -in signer.pem -outform DER | openssl dgst -${digestCommand}`,
    '  核对无误后登记 / Once it matches, register it:',
    '    mulu trust add trust.json signer.pem --department-name … --department-uscc …',
    '',
    '四、单位确认 / Confirmation',
    '  本单位确认上述公钥为本单位政务数据目录签名专用公钥，私钥由本单位妥善保管。',
    '  We confirm that the key above is our catalog signing key and that we keep its private key safe.',
    '',
    `  经办人签字 Signature: ${BLANK}   联系电话 Phone: ______________`,
    '',
    '  单位盖章 Official seal:',
    '',
    '',
    '',
    '  日期 Date: ________ 年 ____ 月 ____ 日',
  ];
  return `${lines.join('\n')}\n`;
}

/** `2026-11-22 12:00:00（北京时间）`: forms are read by people in China Standard Time (UTC+8, no daylight saving). */
function beijingTime(iso: string): string {
  return `${beijingDateTimeSeconds(iso)}（北京时间 / Beijing time）`;
}

function field(label: string, value: string): string {
  const dots = LABEL_WIDTH - 2 - displayWidth(label);
  return `  ${label}${label ? ` ${'.'.repeat(Math.max(dots - 2, 2))} ` : ' '.repeat(LABEL_WIDTH - 2)}${value}`;
}

function centred(text: string): string {
  return `${' '.repeat(Math.max(0, Math.floor((72 - displayWidth(text)) / 2)))}${text}`;
}

/** Columns on a monospaced screen or printout: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const wide = (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000;
    width += wide ? 2 : 1;
  }
  return width;
}
