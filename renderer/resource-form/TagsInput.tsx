// A list of short texts typed as tags (申请材料, 使用要求 …): the form and bulk edit type them the same way, split on
// Chinese and Latin separators, with no dropdown (there is nothing to choose from).
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';

export function TagsInput({ id, value, onChange }: { id?: string; value: readonly string[] | undefined; onChange(values: string[]): void }) {
  const { t } = useTranslation();
  return (
    <Select
      id={id}
      mode="tags"
      open={false}
      suffixIcon={null}
      placeholder={t('catalog.form.tagsPlaceholder')}
      tokenSeparators={['；', ';', '，', ',']}
      value={[...(value ?? [])]}
      onChange={onChange}
    />
  );
}
