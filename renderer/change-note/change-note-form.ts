// The 变更说明 as a form collects it (ChangeNoteFields): the reason, and the bases as the list editor holds them,
// where an entry the clerk added and left without a document title is no basis at all.
import type { Basis } from '../../core/model/catalog.ts';
import type { ChangeNote } from '../../core/package/change-notes.ts';

export interface NoteForm {
  reason: string;
  basis?: readonly Basis[];
}

/** Trimmed; a basis only when its title is given (a 文号 or 条款 alone names no document). */
export function changeNoteOf(values: NoteForm): ChangeNote {
  const basis: Basis[] = [];
  for (const entry of values.basis ?? []) {
    const title = entry.title.trim();
    if (!title) continue;
    const docNo = entry.docNo?.trim();
    const article = entry.article?.trim();
    basis.push({ ...entry, title, ...(docNo ? { docNo } : { docNo: undefined }), ...(article ? { article } : { article: undefined }) });
  }
  return { reason: values.reason.trim(), basis: basis.map(withoutBlanks) };
}

/** Drops the parts left undefined above, so a basis holds only what was written. */
function withoutBlanks(basis: Basis): Basis {
  return Object.fromEntries(Object.entries(basis).filter(([, v]) => v !== undefined)) as unknown as Basis;
}
