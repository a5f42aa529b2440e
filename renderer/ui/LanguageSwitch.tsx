import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { asUiLanguage, UI_LANGUAGES, type UiLanguage } from '../i18n/language.ts';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<UiLanguage>
      size="small"
      aria-label={t('header.language')}
      value={asUiLanguage(i18n.language)}
      options={UI_LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) }))}
      onChange={(language) => void i18n.changeLanguage(language)}
    />
  );
}
