// The interface language survives a restart: stored as a setting once storage is open, applied at start.
import type { i18n as I18n } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from '../i18n/language.ts';
import { getSetting, setSetting } from '../services/storage/settings.ts';
import type { StorageContext } from '../services/storage/storage-context.ts';

export const LANGUAGE_SETTING = 'uiLanguage';

const isUiLanguage = (value: unknown): value is UiLanguage => UI_LANGUAGES.some((l) => l === value);

/** Applies the stored language, then stores every change; returns the unsubscribe function. */
export function rememberLanguage(ctx: StorageContext, i18n: I18n): () => void {
  let active = true;
  const save = (language: string) => {
    if (isUiLanguage(language)) void setSetting(ctx, LANGUAGE_SETTING, language).catch(() => undefined);
  };
  void getSetting(ctx, LANGUAGE_SETTING).then((stored) => {
    if (active && isUiLanguage(stored) && stored !== i18n.language) void i18n.changeLanguage(stored);
  });
  i18n.on('languageChanged', save);
  return () => {
    active = false;
    i18n.off('languageChanged', save);
  };
}

export function useRememberedLanguage(ctx: StorageContext): void {
  const { i18n } = useTranslation();
  useEffect(() => rememberLanguage(ctx, i18n), [ctx, i18n]);
}
