// Walks the audit log from the first entry and reports the first broken link: an entry whose content no longer
// matches its hash (changed), whose predecessor hash does not match (changed, removed or moved), whose number skips
// (entries removed before it), or a log that ends before the recorded head (entries removed from the end).
import { fillLocal, type LocalText } from '../../../core/i18n/text.ts';
import { auditBody, GENESIS_HASH } from './audit-hash.ts';
import { entriesOf, readAuditHead } from './audit-log.ts';
import type { StorageContext } from './storage-context.ts';

export type AuditProblem = 'content' | 'link' | 'sequence' | 'truncated';

export type AuditVerification =
  | { ok: true; entries: number }
  /** `entries`: how many were verified before `brokenAt`, the seq of the first entry that fails. */
  | { ok: false; entries: number; brokenAt: number; problem: AuditProblem; text: LocalText };

/** Block rows per read: a bulk action's block holds thousands of entries, a single edit's one. */
const PAGE = 200;

const TEXT: Readonly<Record<AuditProblem, LocalText>> = {
  content: {
    zh: '审计日志第 {seq} 条的内容与其哈希不符：这条记录被改动过。',
    en: 'Audit entry {seq} does not match its hash: the entry was altered.',
  },
  link: {
    zh: '审计日志第 {seq} 条与前一条的哈希链接不符：记录被改动、删除或调换了顺序。',
    en: 'Audit entry {seq} does not link to the entry before it: entries were altered, removed or reordered.',
  },
  sequence: {
    zh: '审计日志第 {seq} 条之前缺少记录：有记录被删除。',
    en: 'Audit entries before entry {seq} are missing: entries were removed.',
  },
  truncated: {
    zh: '审计日志末尾缺少记录：应有 {expected} 条，只找到 {seq} 之前的记录。',
    en: 'Audit entries are missing at the end: {expected} were recorded, the log stops before entry {seq}.',
  },
};

export async function verifyAuditChain(ctx: StorageContext): Promise<AuditVerification> {
  const { db, hasher } = ctx;
  let seq = 0;
  let hash = GENESIS_HASH;
  const broken = (problem: AuditProblem, at: number, expected = 0): AuditVerification => ({
    ok: false,
    entries: seq,
    brokenAt: at,
    problem,
    text: fillLocal(TEXT[problem], { seq: at, expected }),
  });
  for (let after = 0; ; ) {
    const page = await db.audit.where('seq').above(after).limit(PAGE).toArray();
    for (const row of entriesOf(page)) {
      if (row.seq !== seq + 1) return broken('sequence', row.seq);
      if (row.prevHash !== hash) return broken('link', row.seq);
      if (hasher.hash(auditBody(row)) !== row.hash) return broken('content', row.seq);
      seq = row.seq;
      hash = row.hash;
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1]!.seq;
  }
  const head = await readAuditHead(ctx);
  if (head.seq !== seq || head.hash !== hash) return broken('truncated', seq + 1, head.seq);
  return { ok: true, entries: seq };
}
