// The resource-decisions file (`mulu receipt create --resources decisions.json`): the receiver's decision on single
// resources of a package, keyed by resource code, for a receipt that accepts or returns resources one by one.
//
//   {"format": "mulu.resource-decisions", "version": 1,
//    "resources": {"3070010001/00003": {"decision": "returned", "reason": "共享条件表述不清，请补充"}}}
import type { FileProblem } from '../format/catalog-file.ts';
import { RECEIPT_DECISIONS, type ResourceDecision } from './receipt.ts';
import { isRecord } from './strict-fields.ts';
import { fileProblem, join, keyProblems, readVersionedJson } from './versioned-json-file.ts';

export const RESOURCE_DECISIONS_FORMAT = 'mulu.resource-decisions';
export const RESOURCE_DECISIONS_VERSION = 1;

export type ResourceDecisionsParseResult =
  | { ok: true; decisions: ResourceDecision[] }
  | { ok: false; kind: 'syntax' | 'format' | 'version' | 'structure'; problems: FileProblem[] };

export function parseResourceDecisions(text: string): ResourceDecisionsParseResult {
  const head = readVersionedJson(text, RESOURCE_DECISIONS_FORMAT, RESOURCE_DECISIONS_VERSION, { zh: '资源意见文件', en: 'resource decisions file' });
  if (!head.ok) return head;
  const root = head.value;
  const problems = keyProblems(root, '', ['format', 'version', 'resources']);
  const decisions: ResourceDecision[] = [];
  if (!isRecord(root.resources)) {
    if (root.resources !== undefined) problems.push(fileProblem('resources', '应为以资源代码为键的对象', 'expected an object keyed by resource code'));
  } else {
    for (const [code, raw] of Object.entries(root.resources)) {
      const path = join('resources', code);
      if (!isRecord(raw)) {
        problems.push(fileProblem(path, '应为 {"decision": "accepted" 或 "returned", "reason": 理由}', 'expected {"decision": "accepted" or "returned", "reason": …}'));
        continue;
      }
      const before = problems.length;
      problems.push(...keyProblems(raw, path, ['decision'], ['reason']));
      if (!(RECEIPT_DECISIONS as readonly unknown[]).includes(raw.decision)) {
        problems.push(fileProblem(join(path, 'decision'), '意见只能是 "accepted"（接收）或 "returned"（退回）', 'the decision must be "accepted" or "returned"'));
      }
      if (raw.reason !== undefined && raw.reason !== null && typeof raw.reason !== 'string') problems.push(fileProblem(join(path, 'reason'), '理由应为文本', 'the reason must be text'));
      if (problems.length === before) decisions.push({ code, decision: raw.decision as ResourceDecision['decision'], reason: (raw.reason as string | null | undefined) ?? null });
    }
  }
  return problems.length ? { ok: false, kind: 'structure', problems } : { ok: true, decisions };
}
