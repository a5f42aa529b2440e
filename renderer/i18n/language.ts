// The interface languages, and how they map to core's bilingual texts (LocalText is { zh, en }).
import type { Lang, LocalText } from '../../core/i18n/text.ts';

export const UI_LANGUAGES = ['zh-CN', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Simplified Chinese first: clerks use Mulu in Chinese; English is for trainers and support. */
export const DEFAULT_LANGUAGE: UiLanguage = 'zh-CN';

export function asUiLanguage(language: string | undefined): UiLanguage {
  return language === 'en' ? 'en' : DEFAULT_LANGUAGE;
}

export function coreLang(language: UiLanguage): Lang {
  return language === 'en' ? 'en' : 'zh';
}

export function pickText(text: LocalText, language: UiLanguage): string {
  return text[coreLang(language)];
}
