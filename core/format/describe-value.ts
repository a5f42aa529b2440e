// Naming a value in an error message by its type and size, never by printing it: a hostile file's value may be
// megabytes long or nested thousands deep (JSON.stringify of it would overflow the stack), and may hold terminal
// control characters. Short plain text and numbers are still shown, since "应为整数，实际为 "12"" is what helps.
import type { LocalText } from '../i18n/text.ts';

const SHOWN_TEXT_LENGTH = 40;

export function describeValue(value: unknown): LocalText {
  if (value === undefined) return { zh: '缺失', en: 'missing' };
  if (value === null) return { zh: 'null', en: 'null' };
  if (typeof value === 'boolean' || typeof value === 'number') return { zh: String(value), en: String(value) };
  if (typeof value === 'string') {
    // Printable text only: anything outside it is described, so nothing reaches a terminal raw.
    if (value.length <= SHOWN_TEXT_LENGTH && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff]/u.test(value)) return { zh: `"${value}"`, en: `"${value}"` };
    return { zh: `文本（${value.length} 个字符）`, en: `text (${value.length} characters)` };
  }
  if (Array.isArray(value)) return { zh: `数组（${value.length} 项）`, en: `an array (${value.length} entries)` };
  if (typeof value === 'object') {
    const n = Object.keys(value).length;
    return { zh: `对象（${n} 个属性）`, en: `an object (${n} properties)` };
  }
  return { zh: typeof value, en: typeof value };
}
