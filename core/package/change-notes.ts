// The change-notes file (`mulu pack --changes changes.json`): the 变更说明 a department writes for an incremental
// package — why each resource was added, changed or withdrawn, and on what legal basis. Keyed by resource code
// (or internal id for a resource without one); `*` gives a default for every change without its own note.
//
//   {"format": "mulu.change-notes", "version": 2,
//    "notes": {"3070010001/00012": {"reason": "新增婚姻登记数据", "basis": [{"title": "…", "article": "第五条"}],
//                                   "basisChangedOn": "2026-11-02"},
//              "*": {"reason": "年度目录更新"}}}
//
// Version 2 adds `basisChangedOn`, the 变更之日 (Anhui Art. 15: the update is due 10 working days from it), so the
// package carries it and the receiver can audit timeliness. Version 1 files (without it) are still read.
import type { FileProblem } from '../format/catalog-file.ts';
import type { Basis } from '../model/catalog.ts';
import type { ChangeNote } from '../model/change-note.ts';
import { basisProblem } from './basis-shape.ts';
import { isIsoDate } from './iso-date.ts';
import { isRecord } from './strict-fields.ts';
import { fileProblem, join, keyProblems, readVersionedJson } from './versioned-json-file.ts';

export const CHANGE_NOTES_FORMAT = 'mulu.change-notes';
export const CHANGE_NOTES_VERSION = 2;
/** Every version this reader understands; `basisChangedOn` from version 2. */
const READABLE_VERSIONS: readonly number[] = [1, 2];
/** The key of the note that applies to every change without its own. */
export const DEFAULT_NOTE_KEY = '*';

export interface ChangeNotes {
  byCode: ReadonlyMap<string, ChangeNote>;
  fallback?: ChangeNote;
}

export type ChangeNotesParseResult = { ok: true; notes: ChangeNotes } | { ok: false; kind: 'syntax' | 'format' | 'version' | 'structure'; problems: FileProblem[] };

export function parseChangeNotes(text: string): ChangeNotesParseResult {
  const head = readVersionedJson(text, CHANGE_NOTES_FORMAT, READABLE_VERSIONS, { zh: '变更说明文件', en: 'change-notes file' });
  if (!head.ok) return head;
  const root = head.value;
  const version = root.version as number;
  const problems = keyProblems(root, '', ['format', 'version', 'notes']);
  const byCode = new Map<string, ChangeNote>();
  let fallback: ChangeNote | undefined;
  if (!isRecord(root.notes)) {
    if (root.notes !== undefined) problems.push(fileProblem('notes', '应为以资源代码为键的对象', 'expected an object keyed by resource code'));
  } else {
    for (const [code, raw] of Object.entries(root.notes)) {
      const note = readNote(raw, join('notes', code), problems, version);
      if (!note) continue;
      if (code === DEFAULT_NOTE_KEY) fallback = note;
      else byCode.set(code, note);
    }
  }
  if (problems.length) return { ok: false, kind: 'structure', problems };
  return { ok: true, notes: { byCode, ...(fallback && { fallback }) } };
}

function readNote(raw: unknown, path: string, problems: FileProblem[], version: number): ChangeNote | undefined {
  if (!isRecord(raw)) {
    problems.push(fileProblem(path, '应为 {"reason": 变更原因, "basis": [依据…]}', 'expected {"reason": …, "basis": […]}'));
    return undefined;
  }
  const before = problems.length;
  problems.push(...keyProblems(raw, path, ['reason'], version >= 2 ? ['basis', 'basisChangedOn'] : ['basis']));
  if (raw.reason !== undefined && typeof raw.reason !== 'string') problems.push(fileProblem(join(path, 'reason'), '变更原因应为文本', 'the reason must be text'));
  if (raw.basisChangedOn !== undefined && !isIsoDate(raw.basisChangedOn)) {
    problems.push(fileProblem(join(path, 'basisChangedOn'), '变更之日应为日期，写作 YYYY-MM-DD（如 2026-11-02）', 'the date of the change must be a date written YYYY-MM-DD (e.g. 2026-11-02)'));
  }
  const basis: Basis[] = [];
  if (raw.basis !== undefined) {
    if (!Array.isArray(raw.basis)) problems.push(fileProblem(join(path, 'basis'), '依据应为数组（列表）', 'the basis must be an array'));
    else {
      for (const [i, b] of raw.basis.entries()) {
        const problem = basisProblem(b);
        if (problem) problems.push({ path: `${join(path, 'basis')}[${i}]`, message: problem });
        else basis.push(b as Basis);
      }
    }
  }
  if (problems.length > before) return undefined;
  return { reason: raw.reason as string, basis, ...(typeof raw.basisChangedOn === 'string' && { basisChangedOn: raw.basisChangedOn }) };
}

/** Notes for codes that did not change: most likely a mistyped code, worth a warning. */
export function unusedNotes(notes: ChangeNotes, changedCodes: Iterable<string>): string[] {
  const changed = new Set(changedCodes);
  return [...notes.byCode.keys()].filter((code) => !changed.has(code));
}
