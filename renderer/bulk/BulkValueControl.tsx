// The value a bulk edit sets, entered with the control the resource form has for that field's kind (a closed list,
// text, date, yes/no, tags or 依据 from the basis library). Shared by 批量修改 and 按此规则批量修正.
import { Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../hooks/use-session.ts';
import { BasisListEditor } from '../resource-form/BasisListEditor.tsx';
import { TagsInput } from '../resource-form/TagsInput.tsx';
import { useVocabulary } from '../hooks/use-vocabulary.ts';
import type { BulkFieldSpec } from './bulk-edit.ts';

/** The value's control, by the field's kind as the resource form has it; `id` and the value come from Form.Item. */
export function BulkValueControl({ spec, id, value, onChange }: { spec: BulkFieldSpec; id?: string; value?: unknown; onChange?(next: unknown): void }) {
  const { t } = useTranslation();
  const session = useSession();
  const { options } = useVocabulary();
  const change = (next: unknown) => onChange?.(next);
  switch (spec.control.kind) {
    case 'text':
      return <Input id={id} maxLength={500} value={value as string | undefined} onChange={(e) => change(e.target.value)} />;
    case 'textarea':
      return <Input.TextArea id={id} autoSize={{ minRows: 2, maxRows: 6 }} value={value as string | undefined} onChange={(e) => change(e.target.value)} />;
    case 'date':
      return <Input id={id} placeholder={t('catalog.form.datePlaceholder')} value={value as string | undefined} onChange={(e) => change(e.target.value)} />;
    case 'vocab':
      return <Select id={id} value={value as string | undefined} options={options(spec.control.vocabulary)} placeholder={t('catalog.bulkEdit.choose')} onChange={change} />;
    case 'vocabList':
      return <Select id={id} mode="multiple" value={(value as string[] | undefined) ?? []} options={options(spec.control.vocabulary)} placeholder={t('catalog.bulkEdit.choose')} onChange={change} />;
    case 'boolean':
      return (
        <Select<'yes' | 'no'>
          id={id}
          value={value === undefined ? undefined : value ? 'yes' : 'no'}
          placeholder={t('catalog.bulkEdit.choose')}
          options={[
            { value: 'yes', label: t('catalog.form.yes') },
            { value: 'no', label: t('catalog.form.no') },
          ]}
          onChange={(choice) => change(choice === 'yes')}
        />
      );
    case 'tags':
      return <TagsInput id={id} value={value as string[] | undefined} onChange={change} />;
    case 'basis':
      return <BasisListEditor idPrefix="bulk-basis" ctx={session.ctx} profile={session.engine.profile} value={(value as never) ?? []} onChange={change} />;
  }
}
