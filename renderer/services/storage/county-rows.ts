// What the county workspace's tables hold (schema v4): the roster with each unit's keys, and every package the
// inbox received, kept whatever its verdict. Stored shapes, like rows.ts: a change needs a new schema version.
import type { InputVerdict } from '../../../core/county/input-verdict.ts';
import type { RosterKey } from '../../../core/county/roster-trust.ts';
import type { RosterUnit } from '../../../core/county/roster.ts';

export interface RosterRow {
  workspaceId: number;
  uscc: string;
  /** Roster order: as imported or added. */
  position: number;
  unit: RosterUnit;
  /** Oldest first; revoked and replaced keys stay, marked. */
  keys: RosterKey[];
}

export interface InboxRow {
  id: number;
  workspaceId: number;
  /** The files picked together share a batch number; batches are checked in order. */
  batch: number;
  receivedAt: string;
  /** Core's verdict as given when it was received (a rejected package is kept for the record, never merged). */
  verdict: InputVerdict;
  /** The package as received: the evidence, and the base the unit's next increment is checked against. */
  bytes: Uint8Array;
}
