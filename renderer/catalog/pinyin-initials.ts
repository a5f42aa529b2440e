// The first letters of a Chinese text's pinyin, as clerks type them to find a resource ("qydj" → 企业登记信息).
// pinyin-pro reads polyphonic characters in context (银行 → yh, 行长 → hz) and needs no network or eval.
import { pinyin } from 'pinyin-pro';
import { searchText } from './search-text.ts';

/** Lower-case initials; letters and digits of the text are kept as they are (2023年 → 2023n). */
export function pinyinInitials(text: string): string {
  if (!text) return '';
  return searchText(pinyin(text, { pattern: 'first', toneType: 'none', separator: '', nonZh: 'consecutive' }));
}
