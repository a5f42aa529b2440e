// The jurisdiction profile: which province's, city's or county's rules the catalog is checked against.
import { Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { listProfiles, loadProfile } from '../../core/profiles/profile.ts';
import { asUiLanguage, pickText } from '../i18n/language.ts';

interface Props {
  value: string;
  onChange(id: string): void;
  error: string | undefined;
}

export function ProfileField({ value, onChange, error }: Props) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const options = listProfiles().map(({ id, name }) => {
    const description = loadProfile(id).description;
    return { value: id, label: pickText(name, language), description: description ? pickText(description, language) : '' };
  });
  const selected = options.find((option) => option.value === value);
  return (
    <Form.Item
      label={t('wizard.profile')}
      htmlFor="setup-profile"
      required
      validateStatus={error ? 'error' : undefined}
      help={error ?? t('wizard.profileHelp')}
      extra={selected?.description}
    >
      <Select
        id="setup-profile"
        value={value || undefined}
        placeholder={t('wizard.profilePlaceholder')}
        options={options}
        showSearch={{ optionFilterProp: 'label' }}
        onChange={onChange}
        optionRender={({ data }) => (
          <div className="profile-option">
            <div>{data.label}</div>
            <Typography.Text type="secondary" className="profile-option-description">
              {data.description}
            </Typography.Text>
          </div>
        )}
      />
    </Form.Item>
  );
}
