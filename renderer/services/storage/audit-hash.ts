// SM3 over the canonical JSON (RFC 8785) of an audit entry's body: the same digest and encoding as core's
// package code, so a tool outside the app can recompute the chain. One hash-wasm hasher is created up front and
// reused, because (a) an entry is appended inside an IndexedDB transaction, which commits as soon as the code
// awaits anything but IndexedDB, so the hash must be synchronous, and (b) verifying a long log at start-up with
// core's one-shot sm3() (a new WebAssembly instance per call) is 25 times slower. test/unit/renderer/services/storage checks that
// both give the same digest.
import { bytesToHex } from '@noble/hashes/utils.js';
import { createSM3 } from 'hash-wasm';
import { canonicalJsonBytes, type JsonValue } from '../../../core/crypto/canonical-json.ts';
import type { AuditBody } from './rows.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditHasher {
  hash(body: AuditBody): string;
}

export async function createAuditHasher(): Promise<AuditHasher> {
  const sm3 = await createSM3();
  return {
    hash: (body) => bytesToHex(sm3.init().update(canonicalJsonBytes(body as unknown as JsonValue)).digest('binary')),
  };
}

/** The hashed part of a stored row: everything but the hash. */
export function auditBody(row: AuditBody): AuditBody {
  const { seq, at, operator, workspaceId, action, subject, detail, prevHash } = row;
  return { seq, at, operator, workspaceId, action, subject, detail, prevHash };
}
