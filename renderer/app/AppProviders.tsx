// Translation and antd's locale and theme, around everything the app renders.
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { i18n as I18n } from 'i18next';
import { useEffect, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { asUiLanguage } from '../i18n/language.ts';
import { APP_THEME } from './theme.ts';

export function AppProviders({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <LocalizedAntd>
        {children}
      </LocalizedAntd>
    </I18nextProvider>
  );
}

function LocalizedAntd({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  // The document language picks the Simplified Chinese glyph forms where a font has several; dayjs's locale gives
  // antd's date pickers their month names and first weekday.
  useEffect(() => {
    document.documentElement.lang = language;
    dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
  }, [language]);
  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={APP_THEME}>
      <AntApp className="app-root">{children}</AntApp>
    </ConfigProvider>
  );
}
