/** Every user-facing string in core is bilingual: Simplified Chinese first, English second. */
export interface LocalText {
  zh: string;
  en: string;
}
export type Lang = 'zh' | 'en';

/** Fills {name} placeholders; a parameter may itself be bilingual. */
export type TemplateParam = string | number | LocalText;

export function fillTemplate(template: string, params: Readonly<Record<string, TemplateParam>>, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = params[key];
    if (v === undefined) return whole;
    return typeof v === 'object' ? v[lang] : String(v);
  });
}

export function fillLocal(template: LocalText, params: Readonly<Record<string, TemplateParam>>): LocalText {
  return { zh: fillTemplate(template.zh, params, 'zh'), en: fillTemplate(template.en, params, 'en') };
}
