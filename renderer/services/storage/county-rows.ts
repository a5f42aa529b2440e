// What the county workspace's tables hold: the roster with each unit's keys, and every package the inbox received,
// kept whatever its verdict (schema v4); the review decisions and the conflict register's statuses (v6). Stored shapes, like rows.ts: a change needs a new schema version.
import type { InputVerdict } from '../../../core/county/input-verdict.ts';
import type { RosterKey } from '../../../core/county/roster-trust.ts';
import type { RosterUnit } from '../../../core/county/roster.ts';
import type { Attribution } from '../../../core/county/attribution.ts';
import type { ConflictStatus } from '../../../core/county/conflict.ts';
import type { ResourceReview } from '../../../core/county/review-decisions.ts';
import type { Resource } from '../../../core/model/catalog.ts';
import type { ReceiptDecision } from '../../../core/package/receipt.ts';

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

/**
 * The county's decision on one verified package (schema v6): per resource 通过 / 退回, the signed receipt carried
 * back to the unit, and the unit's resources the county holds from then on (the package's less those returned).
 */
export interface ReviewRow {
  id: number;
  workspaceId: number;
  /** The inbox row of the package decided on; one decision per package. */
  inboxId: number;
  /** Where the resources came from, as the county catalog attributes them (core/county/attribution.ts). */
  attribution: Attribution;
  /** By resource code (or id when it has none), every added or changed resource's decision. */
  decisions: Record<string, ResourceReview>;
  decision: ReceiptDecision;
  accepted: number;
  returned: number;
  decidedAt: string;
  operator: string;
  /** The unit's resources the county holds after this decision, as the unit's catalog has them. */
  resources: Resource[];
  /** The signed receipt file's text (core/package/receipt.ts), as saved for the unit. */
  receipt: string;
}

/** A status the authority recorded for a cross-unit conflict, by the conflict's stable id (schema v6). */
export interface ConflictStatusRow {
  workspaceId: number;
  conflictId: string;
  status: ConflictStatus;
  updatedAt: string;
  operator: string;
}
