// The jurisdiction profile: which province's, city's or county's rules the catalog is checked against. The division
// chosen before preselects it; a profile not written for that division is said, with the one that is.
import { Alert, Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { coversDivision, listProfiles, loadProfile, profileForDivision } from '../../core/profiles/profile.ts';
import { asUiLanguage, pickText } from '../i18n/language.ts';

interface Props {
  value: string;
  onChange(id: string): void;
  error: string | undefined;
  /** The workspace's division, as picked in the first step. */
  divisionCode: string;
}

export function ProfileField({ value, onChange, error, divisionCode }: Props) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const options = listProfiles().map(({ id, name }) => {
    const description = loadProfile(id).description;
    return { value: id, label: pickText(name, language), description: description ? pickText(description, language) : '' };
  });
  const selected = options.find((option) => option.value === value);
  const fitting = options.find((option) => option.value === profileForDivision(divisionCode));
  const mismatch = value !== '' && divisionCode !== '' && !coversDivision(value, divisionCode);
  return (
    <>
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
      {mismatch && (
        <Alert
          type="warning"
          showIcon
          className="profile-mismatch"
          title={t('wizard.profileMismatch', { profile: selected?.label ?? value, fitting: fitting?.label ?? '' })}
        />
      )}
    </>
  );
}
