// A receipt as a person reads it, for `mulu receipt verify` and after `mulu receipt create`.
import type { Receipt, ReceiptDecision } from '../core/package/receipt.ts';
import { escapeInline } from './terminal-text.ts';

const DECISION: Readonly<Record<ReceiptDecision, string>> = { accepted: '接收 / accepted', returned: '退回 / returned' };

export function formatReceiptSummary(r: Receipt): string {
  const lines = [
    `  目录包 / package:         ${r.packageId}（${escapeInline(r.department.name)}，${escapeInline(r.department.uscc)}，版本 / version ${r.catalogVersion}）`,
    `  清单摘要 / manifest:      ${r.manifestDigest}`,
    `  结论 / decision:          ${DECISION[r.decision]}`,
    ...(r.reason !== null ? [`  理由 / reason:            ${indent(r.reason)}`] : []),
    ...(r.resources.length ? ['  资源意见 / resources:'] : []),
    ...r.resources.map((d) => `    [${DECISION[d.decision]}] ${escapeInline(d.code)}${d.reason !== null ? `：${indent(d.reason)}` : ''}`),
    `  接收时间 / received:      ${r.receivedAt}`,
    `  接收单位 / receiver:      ${escapeInline(r.receiver.name)}（${escapeInline(r.receiver.uscc)}）`,
    `  签名公钥 / receiver key:  ${r.receiver.keyId}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** Continuation lines of a multi-line reason stay under their first line. */
function indent(text: string): string {
  return text.replace(/\n/g, '\n      ');
}
