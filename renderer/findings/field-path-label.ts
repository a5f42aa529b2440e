// A finding's field path in words: resources[12].items[3].dataType → "第 13 条资源 · 第 4 个信息项 · 数据类型".
import { FIELD_LABELS } from '../../core/model/field-labels.ts';
import type { UiLanguage } from '../i18n/language.ts';

/** The field's name; a part with no name of its own (survey.storageGB) by the field it belongs to, never the raw path. */
function fieldName(path: string, language: UiLanguage): string {
  for (let key = path; key; key = key.slice(0, Math.max(0, key.lastIndexOf('.')))) {
    const label = FIELD_LABELS[key];
    if (label) return label[language === 'en' ? 'en' : 'zh'];
  }
  return path;
}

export function fieldPathLabel(path: string, language: UiLanguage): string {
  const en = language === 'en';
  const parts: string[] = [];
  let rest = path;
  const resource = /^resources\[(\d+)\]\.?/.exec(rest);
  if (resource) {
    parts.push(en ? `resource ${Number(resource[1]) + 1}` : `第 ${Number(resource[1]) + 1} 条资源`);
    rest = rest.slice(resource[0].length);
  }
  const item = /^items\[(\d+)\]\.?/.exec(rest);
  if (item) {
    parts.push(en ? `data item ${Number(item[1]) + 1}` : `第 ${Number(item[1]) + 1} 个信息项`);
    rest = rest.slice(item[0].length);
    if (rest) parts.push(fieldName(`items.${rest.replace(/\[\d+\]/g, '')}`, language));
  } else if (rest) {
    parts.push(fieldName(rest.replace(/\[\d+\]/g, ''), language));
  }
  return parts.join(' · ');
}
