// The 变更说明 as the confirmation dialog collects it (a reason, and one optional legal basis), as a ChangeNote.
import type { Basis } from '../../core/model/catalog.ts';
import type { ChangeNote } from '../../core/package/change-notes.ts';

export interface NoteForm {
  reason: string;
  title?: string;
  docNo?: string;
  article?: string;
}

/** Trimmed; a basis only when its title is given (a 文号 or 条款 alone names no document). */
export function changeNoteOf(values: NoteForm): ChangeNote {
  const title = values.title?.trim();
  const docNo = values.docNo?.trim();
  const article = values.article?.trim();
  const basis: Basis[] = title ? [{ title, ...(docNo ? { docNo } : {}), ...(article ? { article } : {}) }] : [];
  return { reason: values.reason.trim(), basis };
}
