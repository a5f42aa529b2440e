// Field names and closed-list choices in the clerk's words: field names from assets/codes/fields.json (the names
// findings and workbooks use), choices in the workspace profile's wording (Jilin says 授权共享), in list order.
import { FIELD_LABELS } from '../../core/model/field-labels.ts';
import type { Lang } from '../../core/i18n/text.ts';
import { VOCABULARIES, type VocabularyName } from '../../core/model/enums.ts';
import type { Profile } from '../../core/profiles/profile.ts';

/** A field's label on the form; fields.json writes English names in lowercase, for sentences, so a label gets a capital. */
export function fieldLabel(field: string, lang: Lang): string {
  const name = FIELD_LABELS[field]?.[lang] ?? field;
  return lang === 'en' ? name.charAt(0).toUpperCase() + name.slice(1) : name;
}

export interface Choice<T extends string = string> {
  value: T;
  label: string;
}

export function vocabularyChoices(profile: Profile, vocabulary: VocabularyName, lang: Lang): Choice[] {
  return VOCABULARIES[vocabulary].map((key) => ({ value: key, label: profile.vocabulary[vocabulary][key]?.[lang] ?? key }));
}
