// The county's trust store is its roster: each unit's keys, entered from the unit's registration form, and only
// those not revoked. A revoked or replaced key is kept with the unit (when, and by whom it was replaced) for the
// record, but verifies nothing any more; a unit without a usable key cannot send a package that verifies.
import { TRUST_STORE_FORMAT, TRUST_STORE_VERSION, type TrustedKeyEntry, type TrustStoreFile } from '../package/trust-store.ts';
import type { RosterUnit } from './roster.ts';

export interface RosterKey extends TrustedKeyEntry {
  addedAt: string;
  /** Set when the key was revoked, or replaced by a newer one. */
  revokedAt?: string;
}

export interface RosterEntry {
  unit: RosterUnit;
  keys: readonly RosterKey[];
}

/** Every key ever entered (revoked ones too): what a new key is checked against, so a revoked key cannot come back. */
export function rosterKeyRecord(entries: readonly RosterEntry[]): TrustStoreFile {
  return trustFile(entries, () => true);
}

/** The keys packages are verified against now. */
export function rosterTrustStore(entries: readonly RosterEntry[]): TrustStoreFile {
  return trustFile(entries, (k) => k.revokedAt === undefined);
}

function trustFile(entries: readonly RosterEntry[], keep: (key: RosterKey) => boolean): TrustStoreFile {
  const departments = entries
    .map(({ unit, keys }) => ({ name: unit.name, uscc: unit.uscc, keys: keys.filter(keep).map(({ addedAt: _added, revokedAt: _revoked, ...entry }) => entry) }))
    .filter((d) => d.keys.length > 0);
  return { format: TRUST_STORE_FORMAT, version: TRUST_STORE_VERSION, departments };
}
