// The county's roster of unit keys (docs/package-format.md §9): for every unit whose package a county package
// embeds, the unit's name, 统一社会信用代码, division code and registered public keys with their validity, as the
// county's trust store held them when it accepted the packages. It travels in the county package as
// `county/roster.json` (RFC 8785 canonical JSON, one byte string per content, like the manifest) with its own
// detached signature `county/roster.sig` by the county key, so the roster stands on its own once taken out of the
// package: the province checks each department's signature through the keys the county vouched for.
import { canonicalJson, canonicalJsonBytes, type JsonValue } from '../crypto/canonical-json.ts';
import { sign } from '../crypto/signature.ts';
import { parseJsonText } from '../format/json-text.ts';
import { isCanonicalInstant } from '../package/instant.ts';
import type { SigningKey } from '../package/signer-key.ts';
import { exactKeys, isRecord, nonEmpty } from '../package/strict-fields.ts';
import { parseTrustStore, serializeTrustStore, TRUST_STORE_FORMAT, TRUST_STORE_VERSION, type TrustedKeyEntry, type TrustStore, type TrustStoreFile } from '../package/trust-store.ts';
import { decodeUtf8Strict } from '../zip/utf8.ts';

export const ROSTER_FORMAT = 'mulu.county-roster';
export const ROSTER_VERSION = 1;
export const ROSTER_ENTRY = 'county/roster.json';
export const ROSTER_SIGNATURE_ENTRY = 'county/roster.sig';
/** Each embedded unit package is `county/units/<packageId>.zip`, byte for byte the package the unit sent. */
export const EMBEDDED_PREFIX = 'county/units/';

export const embeddedEntryName = (packageId: string): string => `${EMBEDDED_PREFIX}${packageId}.zip`;

export interface RosterUnit {
  name: string;
  uscc: string;
  divisionCode: string;
  /** The unit's keys as the county's trust store lists them (trust-store.ts TrustedKeyEntry). */
  keys: TrustedKeyEntry[];
}

export interface CountyRoster {
  format: typeof ROSTER_FORMAT;
  version: typeof ROSTER_VERSION;
  county: { name: string; uscc: string; divisionCode: string };
  /** The key id of the county key that signs the roster (and the county package). */
  signer: string;
  /** When the roster was issued: the county package's creation time. */
  issuedAt: string;
  units: RosterUnit[];
}

/** The roster's two entries: its canonical bytes and the county key's signature over exactly them. */
export function signRoster(roster: CountyRoster, signer: SigningKey): { bytes: Uint8Array; signature: Uint8Array } {
  const bytes = canonicalJsonBytes(roster as unknown as JsonValue);
  return { bytes, signature: sign({ algorithm: signer.suite, privateKey: signer.privateKey, publicKey: signer.publicKey }, bytes) };
}

/** The units' keys as a trust store, to verify the embedded packages with (the roster's keys and nothing else). */
export async function rosterTrust(roster: CountyRoster): Promise<TrustStore | undefined> {
  const file: TrustStoreFile = { format: TRUST_STORE_FORMAT, version: TRUST_STORE_VERSION, departments: roster.units.map(({ name, uscc, keys }) => ({ name, uscc, keys })) };
  // The trust store's own reader checks every key (PEM, key id = its digest, algorithm, dates), so a roster is
  // held to exactly what a trust store file is.
  const parsed = await parseTrustStore(serializeTrustStore(file));
  return parsed.ok ? parsed.store : undefined;
}

export type RosterParseResult = { ok: true; roster: CountyRoster } | { ok: false; problem: string };

const ROOT_KEYS = ['format', 'version', 'county', 'signer', 'issuedAt', 'units'];
const UNIT_KEYS = ['name', 'uscc', 'divisionCode', 'keys'];

/** Strict: UTF-8, the known format and version, exactly the fields above, canonical bytes. */
export function parseRoster(bytes: Uint8Array): RosterParseResult {
  const text = decodeUtf8Strict(bytes);
  if (text === undefined) return { ok: false, problem: 'not UTF-8' };
  const parsed = parseJsonText(text);
  if (!parsed.ok || !isRecord(parsed.value)) return { ok: false, problem: 'not a JSON object' };
  const r = parsed.value;
  if (r.format !== ROSTER_FORMAT || r.version !== ROSTER_VERSION) return { ok: false, problem: `format is not "${ROSTER_FORMAT}" version ${ROSTER_VERSION}` };
  const problem = exactKeys(r, ROOT_KEYS, '') ?? structureProblem(r);
  if (problem) return { ok: false, problem };
  if (canonicalJson(r as JsonValue) !== text) return { ok: false, problem: 'not in RFC 8785 canonical form' };
  return { ok: true, roster: r as unknown as CountyRoster };
}

function structureProblem(r: Record<string, unknown>): string | undefined {
  if (!isRecord(r.county)) return '/county must be an object';
  const county = exactKeys(r.county, ['name', 'uscc', 'divisionCode'], '/county');
  if (county) return county;
  if (!nonEmpty(r.signer)) return '/signer must be a key id';
  if (!isCanonicalInstant(r.issuedAt)) return '/issuedAt must be an ISO 8601 UTC instant with milliseconds';
  if (!Array.isArray(r.units)) return '/units must be an array';
  for (const [i, unit] of r.units.entries()) {
    if (!isRecord(unit)) return `/units/${i} must be an object`;
    const keys = exactKeys(unit, UNIT_KEYS, `/units/${i}`);
    if (keys) return keys;
    for (const k of ['name', 'uscc', 'divisionCode']) if (!nonEmpty(unit[k])) return `/units/${i}/${k} must be a non-empty string`;
    if (!Array.isArray(unit.keys) || unit.keys.length === 0) return `/units/${i}/keys must be a non-empty array`;
  }
  return undefined;
}
