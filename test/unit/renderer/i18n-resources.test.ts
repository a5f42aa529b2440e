// The interface texts: English has exactly the keys of Simplified Chinese (no screen half-translated), nothing
// is empty, and every {{placeholder}} is filled in both languages.
import { describe, expect, it } from 'vitest';
import { enTexts as en, zhCN } from '../../../renderer/i18n/resources.ts';
import { createI18n } from '../../../renderer/i18n/i18n.ts';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

const zh = leaves(zhCN);
const english = leaves(en);

describe('i18n resources', () => {
  it('have the same keys in both languages', () => {
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it('have no empty text', () => {
    for (const [key, text] of [...zh, ...english]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of zh) expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('write the Chinese texts in Chinese', () => {
    // Han characters, or for the punctuation texts (common.colon …) full-width CJK punctuation; a text that is only
    // a formatted value (common.number) has no words to write.
    const words = (text: string) => text.replace(/\{\{[^}]*\}\}/g, '');
    const notChinese = [...zh].filter(([key, text]) => !key.startsWith('language.') && words(text) !== '' && !/[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/.test(text));
    expect(notChinese).toEqual([]);
  });

  it('start in Simplified Chinese and switch to English', async () => {
    const i18n = createI18n();
    expect(i18n.language).toBe('zh-CN');
    expect(i18n.t('nav.package')).toBe('打包上报');
    expect(i18n.t('header.saved', { time: '09:05' })).toBe('已保存 09:05');
    await i18n.changeLanguage('en');
    expect(i18n.t('header.saved', { time: '09:05' })).toBe('Saved 09:05');
  });
});
