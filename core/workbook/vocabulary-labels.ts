// How closed-list values appear in a workbook: by their Chinese label in the profile's wording (Jilin writes
// 授权共享 where the national template says 有条件共享). Imports also accept the national label, the English label
// and the stored key, so a workbook filled under another profile or by another tool still reads.
import { VOCABULARIES, type VocabularyName } from '../model/enums.ts';
import type { Profile } from '../profiles/profile.ts';
import { loadProfile } from '../profiles/profile.ts';
import { normalizeHeader } from './header-text.ts';

export interface VocabularyLabels {
  /** The label written for a key. */
  label(vocabulary: VocabularyName, key: string): string;
  /** Labels in list order, for dropdowns and instructions. */
  labels(vocabulary: VocabularyName): string[];
  /** The key a cell's text stands for, or undefined. */
  keyOf(vocabulary: VocabularyName, text: string): string | undefined;
}

/** 数据类型 is shown as the national template does: label and letter, 字符型C. */
function display(vocabulary: VocabularyName, key: string, zh: string): string {
  return vocabulary === 'dataType' ? `${zh}${key}` : zh;
}

export function vocabularyLabels(profile: Profile): VocabularyLabels {
  const national = profile.id === 'national' ? profile : loadProfile('national');
  const written = new Map<VocabularyName, Map<string, string>>();
  const read = new Map<VocabularyName, Map<string, string | undefined>>();
  for (const name of Object.keys(VOCABULARIES) as VocabularyName[]) {
    const out = new Map<string, string>();
    const keys = new Map<string, string | undefined>();
    for (const key of VOCABULARIES[name]) {
      const mine = profile.vocabulary[name][key]!;
      const theirs = national.vocabulary[name][key]!;
      out.set(key, display(name, key, mine.zh));
      // Later spellings never override earlier ones: the profile's own wording wins a clash.
      // `formerly`: labels earlier versions wrote (法律法规规定不得开放 before 规章 was added), so their workbooks still read.
      const former = (theirs as { formerly?: readonly string[] }).formerly ?? [];
      for (const spelling of [display(name, key, mine.zh), mine.zh, display(name, key, theirs.zh), theirs.zh, key, mine.en, theirs.en, ...former]) {
        const k = normalizeHeader(spelling);
        if (!keys.has(k)) keys.set(k, key);
      }
    }
    // Some national sheets say 字符串型 for 字符型.
    if (name === 'dataType') for (const s of ['字符串型', '字符串型C']) keys.set(normalizeHeader(s), 'C');
    written.set(name, out);
    read.set(name, keys);
  }
  return {
    label: (vocabulary, key) => written.get(vocabulary)!.get(key) ?? key,
    labels: (vocabulary) => [...written.get(vocabulary)!.values()],
    keyOf: (vocabulary, text) => {
      // Cells repeat a few spellings hundreds of thousands of times: remember each raw spelling once.
      const known = read.get(vocabulary)!;
      if (known.has(text)) return known.get(text);
      const key = known.get(normalizeHeader(text));
      known.set(text, key);
      return key;
    },
  };
}
