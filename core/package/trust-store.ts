// The verifier's trust store (docs/package-format.md, "Keys and trust store"): which public keys the receiving
// platform accepts, for which department, and from when until when. A package names its signer's key id and may
// carry the public key, but that is only a hint: trust, the algorithm and the department all come from this store,
// which the platform builds from registration forms it has checked on paper (`mulu trust add`).
//
// Validity bounds are either a calendar day (`2027-12-31`, the whole day in Beijing time — how dates are written
// on a registration form) or an RFC 3339 instant with an explicit offset. Both bounds are inclusive.
import { checkUscc, normalizeUscc, type UsccProblem } from '../codes/uscc.ts';
import { isSignatureAlgorithm, type SignatureAlgorithm } from '../crypto/algorithms.ts';
import { decodePublicKeyPem, encodePublicKeyPem, keyIdOf } from '../crypto/keys.ts';
import type { FileProblem } from '../format/catalog-file.ts';
import { describeValue } from '../format/describe-value.ts';
import { parseJsonText } from '../format/json-text.ts';
import { fillLocal, type LocalText } from '../i18n/text.ts';
import { ruleDefinition } from '../rules/definitions.ts';
import { BEIJING_OFFSET_MS, beijingDateTimeSeconds } from '../time/beijing-time.ts';

export const TRUST_STORE_FORMAT = 'mulu.trust-store';
export const TRUST_STORE_VERSION = 1;

/** One accepted key, as written in the file. */
export interface TrustedKeyEntry {
  keyId: string;
  algorithm: SignatureAlgorithm;
  /** The SubjectPublicKeyInfo PEM, as on the registration form. */
  publicKey: string;
  validFrom: string;
  validUntil?: string;
  note?: string;
}

export interface TrustedDepartment {
  name: string;
  /** 统一社会信用代码, normalised (upper case, no spaces); unique within a store. */
  uscc: string;
  keys: TrustedKeyEntry[];
}

/** The file's content, in the order it is written. */
export interface TrustStoreFile {
  format: typeof TRUST_STORE_FORMAT;
  version: typeof TRUST_STORE_VERSION;
  departments: TrustedDepartment[];
}

/** A key ready for verification: the entry, decoded, with its department. */
export interface TrustedKey {
  keyId: string;
  algorithm: SignatureAlgorithm;
  /** The raw public key (SM2: 65-byte point; Ed25519: 32 bytes), for core/crypto/signature.ts verify(). */
  publicKey: Uint8Array;
  publicKeyPem: string;
  /** Absent only for a store made from a single PEM (the quick check): then no department is vouched for. */
  department?: { name: string; uscc: string };
  validFrom?: string;
  validUntil?: string;
  note?: string;
}

export interface TrustStore {
  /** 'publicKey': made by trustFromPublicKeyPem for a quick check, not from a trust store file. */
  source: 'trustStore' | 'publicKey';
  file: TrustStoreFile;
  keys: readonly TrustedKey[];
}

export type TrustStoreParseResult =
  | { ok: true; store: TrustStore }
  | { ok: false; kind: 'syntax' | 'format' | 'version' | 'structure'; problems: FileProblem[] };

export type TrustRefusal = 'unknownKey' | 'algorithmMismatch' | 'departmentMismatch' | 'notYetValid' | 'expired';
export type TrustLookup = { ok: true; key: TrustedKey } | { ok: false; reason: TrustRefusal; message: LocalText; key?: TrustedKey };

/** What a package says about its signer; each given value must agree with the trust entry. */
export interface ClaimedSigner {
  algorithm?: SignatureAlgorithm;
  uscc?: string;
}

const REFUSAL_TEXT: Readonly<Record<TrustRefusal, LocalText>> = {
  unknownKey: {
    zh: '签名公钥 {keyId} 不在信任库中：该公钥未在本平台登记，或已被移除。请与发送单位核对其公钥登记表。',
    en: 'The signing key {keyId} is not in the trust store: it was never registered here, or has been removed. Check the sender’s key registration form.',
  },
  algorithmMismatch: {
    zh: '目录包声明的签名算法 {claimed} 与信任库为该公钥登记的算法 {algorithm} 不一致。',
    en: 'The package claims the signature algorithm {claimed}, but the trust store registers this key for {algorithm}.',
  },
  departmentMismatch: {
    zh: '签名公钥登记在「{name}」（统一社会信用代码 {uscc}）名下，但目录包声称来自统一社会信用代码为 {claimed} 的单位。',
    en: 'The signing key is registered to "{name}" (USCC {uscc}), but the package claims to come from the unit with USCC {claimed}.',
  },
  notYetValid: {
    zh: '签名公钥（{name}）自 {validFrom} 起才生效，在 {at}尚未生效。',
    en: 'The signing key ({name}) is valid from {validFrom}; it was not yet valid at {at}.',
  },
  expired: {
    zh: '签名公钥（{name}）的有效期至 {validUntil} 止，在 {at}已过期。请发送单位用新登记的密钥重新签署。',
    en: 'The signing key ({name}) was valid until {validUntil}; it had expired at {at}. The sender must sign again with a newly registered key.',
  },
};

const USCC_FIELD: LocalText = { zh: '统一社会信用代码', en: 'unified social credit code' };
const DAY_MS = 86_400_000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?(Z|[+-](\d{2}):(\d{2}))$/;
const ROOT_KEYS = ['format', 'version', 'departments'];
const DEPARTMENT_KEYS = ['name', 'uscc', 'keys'];
const KEY_REQUIRED = ['keyId', 'algorithm', 'publicKey', 'validFrom'];
const KEY_OPTIONAL = ['validUntil', 'note'];

// ---------------------------------------------------------------------------------------------------------------
// Validity dates

/**
 * The first ('start') or last ('end') millisecond a validity bound covers, or undefined if it is malformed.
 * A calendar day covers 00:00:00.000–23:59:59.999 Beijing time; an instant covers itself.
 */
export function validityBoundMs(text: string, edge: 'start' | 'end'): number | undefined {
  const day = DATE_ONLY.exec(text);
  if (day) {
    const midnightUtc = utcDay(Number(day[1]), Number(day[2]), Number(day[3]));
    if (midnightUtc === undefined) return undefined;
    const start = midnightUtc - BEIJING_OFFSET_MS;
    return edge === 'start' ? start : start + DAY_MS - 1;
  }
  const m = INSTANT.exec(text);
  if (!m || utcDay(Number(m[1]), Number(m[2]), Number(m[3])) === undefined) return undefined;
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 59) return undefined;
  if (m[9] !== undefined && (Number(m[9]) > 14 || Number(m[10]) > 59)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Midnight UTC of a real calendar day (Date.UTC would silently turn 2026-02-30 into 2026-03-02). */
function utcDay(year: number, month: number, day: number): number | undefined {
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  return back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day ? ms : undefined;
}

function formatInstant(date: Date): LocalText {
  return { zh: `${beijingDateTimeSeconds(date)}（北京时间）`, en: date.toISOString() };
}

// ---------------------------------------------------------------------------------------------------------------
// Department identity

/** A department's name and 统一社会信用代码, checked and normalised; shared with the CLI's department options. */
export function checkDepartmentIdentity(
  name: string,
  uscc: string,
): { ok: true; name: string; uscc: string; warnings: LocalText[] } | { ok: false; problems: { field: 'name' | 'uscc'; message: LocalText }[] } {
  const problems: { field: 'name' | 'uscc'; message: LocalText }[] = [];
  if (name.trim() === '') problems.push({ field: 'name', message: { zh: '部门名称不能为空', en: 'the department name is empty' } });
  const checked = checkUscc(uscc);
  if (checked.problem) problems.push({ field: 'uscc', message: usccProblemText(uscc, checked.problem) });
  if (problems.length) return { ok: false, problems };
  const warnings: LocalText[] = [];
  if (checked.orgCodeMismatch) {
    // Early codes exist that fail the embedded GB 11714 check (catalog-standard.md §5.1): a warning, as in rule R29.
    warnings.push({
      zh: `统一社会信用代码 ${checked.normalized} 中的组织机构代码校验位不符（应为 ${checked.orgCodeMismatch.expected}）；早期赋码的单位可能如此，请与证书核对。`,
      en: `the organisation code inside ${checked.normalized} fails its check (expected ${checked.orgCodeMismatch.expected}); some early codes do, so compare it with the certificate.`,
    });
  }
  return { ok: true, name: name.trim(), uscc: checked.normalized, warnings };
}

/** The same wording the validator uses for rule R11, so a clerk sees one explanation of a bad code. */
function usccProblemText(value: string, problem: UsccProblem): LocalText {
  const { kind, ...params } = problem;
  return fillLocal(ruleDefinition('R11').variants[kind]!.message, { field: USCC_FIELD, value, ...params });
}

// ---------------------------------------------------------------------------------------------------------------
// Reading

export async function parseTrustStore(text: string): Promise<TrustStoreParseResult> {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, kind: 'syntax', problems: [parsed.problem] };
  const value = parsed.value;
  if (!isRecord(value) || value.format !== TRUST_STORE_FORMAT) {
    return { ok: false, kind: 'format', problems: [problemAt('format', `不是 Mulu 信任库文件：format 应为 "${TRUST_STORE_FORMAT}"`, `not a Mulu trust store: format must be "${TRUST_STORE_FORMAT}"`)] };
  }
  if (value.version !== TRUST_STORE_VERSION) {
    const newer = Number.isInteger(value.version) && (value.version as number) > TRUST_STORE_VERSION;
    return {
      ok: false,
      kind: 'version',
      problems: [
        problemAt(
          'version',
          newer
            ? `该信任库由较新版本的 Mulu 创建（格式版本 ${String(value.version)}），本程序只能读取版本 ${TRUST_STORE_VERSION}。请升级 Mulu。`
            : `信任库格式版本 ${describeValue(value.version).zh} 无效，应为 ${TRUST_STORE_VERSION}`,
          newer
            ? `This trust store was made by a newer Mulu (format version ${String(value.version)}); this program reads version ${TRUST_STORE_VERSION} only. Upgrade Mulu.`
            : `trust store format version ${describeValue(value.version).en} is invalid; expected ${TRUST_STORE_VERSION}`,
        ),
      ],
    };
  }
  const problems: FileProblem[] = [];
  const departments = await readDepartments(value, problems);
  if (problems.length || !departments) return { ok: false, kind: 'structure', problems };
  const file: TrustStoreFile = { format: TRUST_STORE_FORMAT, version: TRUST_STORE_VERSION, departments };
  return { ok: true, store: await storeOf(file) };
}

async function readDepartments(root: Record<string, unknown>, problems: FileProblem[]): Promise<TrustedDepartment[] | undefined> {
  checkKeys(root, '', ROOT_KEYS, [], problems);
  if (!Array.isArray(root.departments)) {
    if (root.departments !== undefined) problems.push(expected('departments', 'array', root.departments));
    return undefined;
  }
  const departments: TrustedDepartment[] = [];
  const usccSeen = new Map<string, string>();
  const keyIdSeen = new Map<string, string>();
  for (const [i, raw] of root.departments.entries()) {
    const path = `departments[${i}]`;
    if (!isRecord(raw)) {
      problems.push(expected(path, 'object', raw));
      continue;
    }
    checkKeys(raw, path, DEPARTMENT_KEYS, [], problems);
    const name = stringField(raw, 'name', path, problems);
    const uscc = stringField(raw, 'uscc', path, problems);
    if (name !== undefined && name.trim() === '') problems.push(problemAt(`${path}.name`, '部门名称不能为空', 'the department name is empty'));
    if (uscc !== undefined) {
      const checked = checkUscc(uscc);
      if (checked.problem) {
        problems.push({ path: `${path}.uscc`, message: usccProblemText(uscc, checked.problem) });
      } else if (uscc !== normalizeUscc(uscc)) {
        problems.push(problemAt(`${path}.uscc`, `统一社会信用代码应写作大写且无空格：${normalizeUscc(uscc)}`, `write the code in upper case without spaces: ${normalizeUscc(uscc)}`));
      } else if (usccSeen.has(uscc)) {
        problems.push(problemAt(`${path}.uscc`, `统一社会信用代码 ${uscc} 已在 ${usccSeen.get(uscc)!} 登记；同一单位的多个公钥应列在同一部门的 keys 中`, `USCC ${uscc} already appears at ${usccSeen.get(uscc)!}; list all of a department's keys under one entry`));
      } else usccSeen.set(uscc, `${path}.uscc`);
    }
    const keys: TrustedKeyEntry[] = [];
    if (!Array.isArray(raw.keys)) {
      if (raw.keys !== undefined) problems.push(expected(`${path}.keys`, 'array', raw.keys));
    } else {
      for (const [j, rawKey] of raw.keys.entries()) {
        const entry = await readKeyEntry(rawKey, `${path}.keys[${j}]`, problems);
        if (!entry) continue;
        const earlier = keyIdSeen.get(entry.keyId);
        if (earlier) problems.push(problemAt(`${path}.keys[${j}].keyId`, `公钥 ${entry.keyId} 重复，已在 ${earlier} 登记`, `key ${entry.keyId} is listed twice; it already appears at ${earlier}`));
        else keyIdSeen.set(entry.keyId, `${path}.keys[${j}]`);
        keys.push(entry);
      }
    }
    if (name !== undefined && uscc !== undefined) departments.push({ name, uscc, keys });
  }
  return departments;
}

async function readKeyEntry(raw: unknown, path: string, problems: FileProblem[]): Promise<TrustedKeyEntry | undefined> {
  if (!isRecord(raw)) {
    problems.push(expected(path, 'object', raw));
    return undefined;
  }
  const before = problems.length;
  checkKeys(raw, path, KEY_REQUIRED, KEY_OPTIONAL, problems);
  const keyId = stringField(raw, 'keyId', path, problems);
  const algorithm = raw.algorithm;
  const publicKey = stringField(raw, 'publicKey', path, problems);
  const validFrom = stringField(raw, 'validFrom', path, problems);
  const validUntil = raw.validUntil === undefined ? undefined : stringField(raw, 'validUntil', path, problems);
  const note = raw.note === undefined ? undefined : stringField(raw, 'note', path, problems);

  if (algorithm !== undefined && !isSignatureAlgorithm(algorithm)) {
    problems.push(problemAt(`${path}.algorithm`, `算法 ${describeValue(algorithm).zh} 无效，可选：SM2-with-SM3、Ed25519`, `algorithm ${describeValue(algorithm).en} is not one of: SM2-with-SM3, Ed25519`));
  }
  if (publicKey !== undefined) {
    const decoded = decodePublicKeyPem(publicKey);
    if (!decoded.ok) problems.push({ path: `${path}.publicKey`, message: decoded.message });
    else {
      if (isSignatureAlgorithm(algorithm) && decoded.algorithm !== algorithm) {
        problems.push(problemAt(`${path}.algorithm`, `登记的算法为 ${algorithm}，但公钥是 ${decoded.algorithm} 公钥`, `the entry says ${algorithm}, but the public key is an ${decoded.algorithm} key`));
      }
      const actualId = await keyIdOf(decoded.algorithm, decoded.publicKey);
      if (keyId !== undefined && keyId !== actualId) {
        problems.push(problemAt(`${path}.keyId`, `密钥标识与公钥不符，按公钥计算应为 ${actualId}`, `the key id does not match the public key; computed from the key it is ${actualId}`));
      }
    }
  }
  const from = validFrom === undefined ? undefined : checkBound(validFrom, `${path}.validFrom`, 'start', problems);
  const until = validUntil === undefined ? undefined : checkBound(validUntil, `${path}.validUntil`, 'end', problems);
  if (from !== undefined && until !== undefined && until < from) {
    problems.push(problemAt(`${path}.validUntil`, `有效期截止 ${validUntil!} 早于生效日期 ${validFrom!}`, `validUntil ${validUntil!} is before validFrom ${validFrom!}`));
  }
  if (problems.length > before || keyId === undefined || publicKey === undefined || validFrom === undefined || !isSignatureAlgorithm(algorithm)) return undefined;
  return { keyId, algorithm, publicKey, validFrom, ...(validUntil !== undefined && { validUntil }), ...(note !== undefined && { note }) };
}

function checkBound(text: string, path: string, edge: 'start' | 'end', problems: FileProblem[]): number | undefined {
  const ms = validityBoundMs(text, edge);
  if (ms === undefined) {
    problems.push(
      problemAt(
        path,
        `日期 ${describeValue(text).zh} 无效：应为 2027-12-31（按北京时间计全天）或带时区的时间 2027-12-31T18:00:00+08:00`,
        `date ${describeValue(text).en} is invalid: write 2027-12-31 (the whole day, Beijing time) or an instant with an offset, 2027-12-31T18:00:00+08:00`,
      ),
    );
  }
  return ms;
}

async function storeOf(file: TrustStoreFile): Promise<TrustStore> {
  const keys: TrustedKey[] = [];
  for (const department of file.departments) {
    for (const entry of department.keys) {
      const decoded = decodePublicKeyPem(entry.publicKey);
      if (!decoded.ok) throw new Error(`trust store entry ${entry.keyId} was not validated`); // parse/add checked it
      keys.push({
        keyId: entry.keyId,
        algorithm: entry.algorithm,
        publicKey: decoded.publicKey,
        publicKeyPem: entry.publicKey,
        department: { name: department.name, uscc: department.uscc },
        validFrom: entry.validFrom,
        ...(entry.validUntil !== undefined && { validUntil: entry.validUntil }),
        ...(entry.note !== undefined && { note: entry.note }),
      });
    }
  }
  return { source: 'trustStore', file, keys };
}

/** `--trust signer.pem`: trust exactly this key, with no department and no validity limits. */
export async function trustFromPublicKeyPem(pem: string): Promise<{ ok: true; store: TrustStore } | { ok: false; message: LocalText }> {
  const decoded = decodePublicKeyPem(pem);
  if (!decoded.ok) return { ok: false, message: decoded.message };
  const { algorithm, publicKey } = decoded;
  const key: TrustedKey = { keyId: await keyIdOf(algorithm, publicKey), algorithm, publicKey, publicKeyPem: encodePublicKeyPem(algorithm, publicKey) };
  return { ok: true, store: { source: 'publicKey', file: emptyTrustStore(), keys: [key] } };
}

// ---------------------------------------------------------------------------------------------------------------
// Lookup

/**
 * The trust entry for `keyId` at `atTime`, or why there is none. The algorithm and department are the entry's;
 * what the package claims (`claimed`) must agree with them, and is never used in their place.
 */
export function findTrustedKey(store: TrustStore, keyId: string, atTime: Date, claimed: ClaimedSigner = {}): TrustLookup {
  const key = store.keys.find((k) => k.keyId === keyId);
  if (!key) return refusal('unknownKey', { keyId });
  const name = key.department?.name ?? keyId;
  if (claimed.algorithm !== undefined && claimed.algorithm !== key.algorithm) {
    return refusal('algorithmMismatch', { claimed: claimed.algorithm, algorithm: key.algorithm }, key);
  }
  if (claimed.uscc !== undefined && key.department && normalizeUscc(claimed.uscc) !== key.department.uscc) {
    return refusal('departmentMismatch', { name, uscc: key.department.uscc, claimed: claimed.uscc }, key);
  }
  const t = atTime.getTime();
  if (key.validFrom !== undefined && t < validityBoundMs(key.validFrom, 'start')!) {
    return refusal('notYetValid', { name, validFrom: key.validFrom, at: formatInstant(atTime) }, key);
  }
  if (key.validUntil !== undefined && t > validityBoundMs(key.validUntil, 'end')!) {
    return refusal('expired', { name, validUntil: key.validUntil, at: formatInstant(atTime) }, key);
  }
  return { ok: true, key };
}

function refusal(reason: TrustRefusal, params: Record<string, string | LocalText>, key?: TrustedKey): TrustLookup {
  return { ok: false, reason, message: fillLocal(REFUSAL_TEXT[reason], params), ...(key && { key }) };
}

// ---------------------------------------------------------------------------------------------------------------
// Building

export function emptyTrustStore(): TrustStoreFile {
  return { format: TRUST_STORE_FORMAT, version: TRUST_STORE_VERSION, departments: [] };
}

export interface NewTrustedKey {
  departmentName: string;
  departmentUscc: string;
  publicKeyPem: string;
  validFrom: string;
  validUntil?: string;
  note?: string;
}

/** A copy of `file` with one more key; the key is stored as canonical PEM, whatever text surrounded it. */
export async function addTrustedKey(
  file: TrustStoreFile,
  input: NewTrustedKey,
): Promise<{ ok: true; file: TrustStoreFile; key: TrustedKey } | { ok: false; messages: LocalText[] }> {
  const identity = checkDepartmentIdentity(input.departmentName, input.departmentUscc);
  if (!identity.ok) return { ok: false, messages: identity.problems.map((p) => p.message) };
  const decoded = decodePublicKeyPem(input.publicKeyPem);
  if (!decoded.ok) return { ok: false, messages: [decoded.message] };
  const boundProblems: FileProblem[] = [];
  const from = checkBound(input.validFrom, 'validFrom', 'start', boundProblems);
  const until = input.validUntil === undefined ? undefined : checkBound(input.validUntil, 'validUntil', 'end', boundProblems);
  if (from !== undefined && until !== undefined && until < from) {
    boundProblems.push(problemAt('validUntil', `有效期截止 ${input.validUntil!} 早于生效日期 ${input.validFrom}`, `validUntil ${input.validUntil!} is before validFrom ${input.validFrom}`));
  }
  if (boundProblems.length) return { ok: false, messages: boundProblems.map((p) => p.message) };

  const { algorithm, publicKey } = decoded;
  const keyId = await keyIdOf(algorithm, publicKey);
  const holder = file.departments.find((d) => d.keys.some((k) => k.keyId === keyId));
  if (holder) {
    return { ok: false, messages: [{ zh: `该公钥（${keyId}）已在信任库中，登记在「${holder.name}」（${holder.uscc}）名下；未做改动。`, en: `This key (${keyId}) is already in the trust store, registered to "${holder.name}" (${holder.uscc}); nothing was changed.` }] };
  }
  const existing = file.departments.find((d) => d.uscc === identity.uscc);
  if (existing && existing.name !== identity.name) {
    // A renamed department (机构改革) is a decision for a person, not something to guess from a differing name.
    return {
      ok: false,
      messages: [
        {
          zh: `信任库中统一社会信用代码 ${identity.uscc} 登记的部门名称为「${existing.name}」，与给出的「${identity.name}」不一致；请核对，或先在信任库文件中修改名称。`,
          en: `The trust store has USCC ${identity.uscc} registered as "${existing.name}", not "${identity.name}"; check the form, or change the name in the trust store file first.`,
        },
      ],
    };
  }
  const entry: TrustedKeyEntry = {
    keyId,
    algorithm,
    publicKey: encodePublicKeyPem(algorithm, publicKey),
    validFrom: input.validFrom,
    ...(input.validUntil !== undefined && { validUntil: input.validUntil }),
    ...(input.note !== undefined && input.note !== '' && { note: input.note }),
  };
  const departments = existing
    ? file.departments.map((d) => (d === existing ? { ...d, keys: [...d.keys, entry] } : d))
    : [...file.departments, { name: identity.name, uscc: identity.uscc, keys: [entry] }];
  const next: TrustStoreFile = { format: TRUST_STORE_FORMAT, version: TRUST_STORE_VERSION, departments };
  const store = await storeOf(next);
  return { ok: true, file: next, key: store.keys.find((k) => k.keyId === keyId)! };
}

/** The file text: fields in a fixed order, 2-space indentation, final newline. */
export function serializeTrustStore(file: TrustStoreFile): string {
  const ordered = {
    format: file.format,
    version: file.version,
    departments: file.departments.map((d) => ({
      name: d.name,
      uscc: d.uscc,
      keys: d.keys.map((k) => ({
        keyId: k.keyId,
        algorithm: k.algorithm,
        publicKey: k.publicKey,
        validFrom: k.validFrom,
        ...(k.validUntil !== undefined && { validUntil: k.validUntil }),
        ...(k.note !== undefined && { note: k.note }),
      })),
    })),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// Small helpers

function problemAt(path: string, zh: string, en: string): FileProblem {
  return { path, message: { zh, en } };
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function checkKeys(value: Record<string, unknown>, path: string, required: readonly string[], optional: readonly string[], problems: FileProblem[]): void {
  for (const key of required) {
    if (!Object.hasOwn(value, key)) problems.push(problemAt(join(path, key), '缺少必需的属性', 'required property is missing'));
  }
  for (const key of Object.keys(value)) {
    if (!required.includes(key) && !optional.includes(key)) problems.push(problemAt(join(path, key), '含有格式中未定义的属性（拼写错误？）', 'property not defined by the format (a typo?)'));
  }
}

function stringField(value: Record<string, unknown>, key: string, path: string, problems: FileProblem[]): string | undefined {
  const v = value[key];
  if (typeof v === 'string') return v;
  if (v !== undefined) problems.push(expected(join(path, key), 'text', v));
  return undefined;
}

function expected(path: string, what: 'text' | 'array' | 'object', got: unknown): FileProblem {
  const shown = describeValue(got);
  const zh = { text: '文本', array: '数组（列表）', object: '对象' }[what];
  const en = { text: 'text', array: 'an array', object: 'an object' }[what];
  return problemAt(path, `应为${zh}，实际为 ${shown.zh}`, `expected ${en}, got ${shown.en}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

