// The 变更说明 as a form collects it (ChangeNoteFields): the reason, the bases as the list editor holds them (an
// entry the clerk added and left without a document title is no basis at all), and the 变更之日 if one was picked.
import type { Basis } from '../../core/model/catalog.ts';
import type { ChangeNote } from '../../core/model/change-note.ts';

export interface NoteForm {
  reason: string;
  basis?: readonly Basis[];
  /** ISO date (BasisChangedOnPicker). */
  basisChangedOn?: string | undefined;
}

/** Trimmed; a basis only when its title is given (a 文号 or 条款 alone names no document). */
export function changeNoteOf(values: NoteForm): ChangeNote {
  const basis = (values.basis ?? []).flatMap(({ title, docNo, article, ...rest }): Basis[] => {
    const [t, d, a] = [title.trim(), docNo?.trim(), article?.trim()];
    return t ? [{ ...rest, title: t, ...(d ? { docNo: d } : {}), ...(a ? { article: a } : {}) }] : [];
  });
  return { reason: values.reason.trim(), basis, ...(values.basisChangedOn && { basisChangedOn: values.basisChangedOn }) };
}
