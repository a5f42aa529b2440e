// One i18next instance per app (no global singleton, so tests and pages can make their own). Resources are
// bundled, not fetched: the app is offline.
import i18next, { type i18n } from 'i18next';
import { enTexts, zhCN } from './resources.ts';
import { DEFAULT_LANGUAGE, type UiLanguage } from './language.ts';

// Typed keys: t('wizard.title') is checked against the Chinese texts at compile time, and the unit test keeps the
// English ones key-for-key the same.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}

export function createI18n(language: UiLanguage = DEFAULT_LANGUAGE): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: enTexts } },
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    // React escapes what it renders; escaping here too would show &lt; in names.
    interpolation: { escapeValue: false },
    // Resources are in memory, so the instance is ready when this returns and the first render is translated.
    initAsync: false,
  });
  return instance;
}
