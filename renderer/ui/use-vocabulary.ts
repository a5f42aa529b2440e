// Labels of the catalog's enumerations in the workspace profile's wording (Jilin says 授权共享 where others say
// 有条件共享), in the interface language; never written into the UI code.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { VocabularyName } from '../../core/model/enums.ts';
import { loadProfile, type Profile } from '../../core/profiles/profile.ts';
import { asUiLanguage, pickText } from '../i18n/language.ts';
import { useSessionSelector } from '../hooks/use-session.ts';

export interface Vocabulary {
  profile: Profile;
  /** The label of `key`, or the key itself when the vocabulary does not know it (a value from an old file). */
  label(name: VocabularyName, key: string | undefined): string;
  /** Every value of the vocabulary with its label, in the vocabulary's order. */
  options(name: VocabularyName): { value: string; label: string }[];
}

export function useVocabulary(): Vocabulary {
  const profileId = useSessionSelector((s) => s.workspace.profileId);
  const { i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  return useMemo(() => {
    const profile = loadProfile(profileId);
    const label = (name: VocabularyName, key: string | undefined) => {
      if (key === undefined) return '';
      const text = profile.vocabulary[name][key];
      return text ? pickText(text, language) : key;
    };
    const options = (name: VocabularyName) => Object.keys(profile.vocabulary[name]).map((value) => ({ value, label: label(name, value) }));
    return { profile, label, options };
  }, [profileId, language]);
}
