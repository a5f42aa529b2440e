// 批量修改: sets one field (更新周期, 共享方式 or 提供方内部处室) on every selected resource, with a 变更说明.
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Resource } from '../../core/model/catalog.ts';
import type { ShareMethodType, UpdateCycle } from '../../core/model/enums.ts';
import { useSession } from '../hooks/use-session.ts';
import { CYCLES_NEEDING_NOTE } from '../../core/rules/checks/update-cycle.ts';
import { BULK_FIELDS, bulkChanges, type BulkEdit, type BulkField } from './bulk-edit.ts';
import type { NoteForm } from '../change-note/change-note-form.ts';
import { BulkActionDialog } from './BulkActionDialog.tsx';
import { useVocabulary } from './use-vocabulary.ts';

interface Values {
  field: BulkField;
  updateCycle?: UpdateCycle;
  updateCycleNote?: string;
  shareMethodType?: ShareMethodType;
  providerInnerDept?: string;
}

function editOf(values: Values): BulkEdit {
  switch (values.field) {
    case 'updateCycle':
      return { field: 'updateCycle', value: values.updateCycle!, note: values.updateCycleNote };
    case 'shareMethodType':
      return { field: 'shareMethodType', value: values.shareMethodType! };
    case 'providerInnerDept':
      return { field: 'providerInnerDept', value: values.providerInnerDept! };
  }
}

export function BulkEditDialog({ resources, onFinished, onClose }: { resources: readonly Resource[]; onFinished(count: number): void; onClose(): void }) {
  const { t } = useTranslation();
  const session = useSession();
  const { options } = useVocabulary();
  const [form] = Form.useForm<Values & NoteForm>();
  const field = Form.useWatch('field', form) ?? 'updateCycle';
  const cycle = Form.useWatch('updateCycle', form);
  const required = [{ required: true, whitespace: true, message: t('catalog.bulkEdit.valueRequired') }];
  return (
    <BulkActionDialog<Values>
      title={t('catalog.bulkEdit.title', { count: resources.length })}
      okText={t('catalog.bulkEdit.ok')}
      form={form}
      plan={(values, note) => {
        const changes = bulkChanges(resources, editOf(values));
        if (changes.length === 0) return { nothing: t('catalog.bulkEdit.unchanged') };
        return { count: changes.length, run: () => session.saveMany(changes, note) };
      }}
      onFinished={onFinished}
      onClose={onClose}
    >
      <Form.Item name="field" label={t('catalog.bulkEdit.field')} initialValue="updateCycle">
        <Select options={BULK_FIELDS.map((value) => ({ value, label: t(`catalog.bulkEdit.fields.${value}`) }))} />
      </Form.Item>
      {field === 'updateCycle' && (
        <Form.Item name="updateCycle" label={t('catalog.bulkEdit.value')} rules={required}>
          <Select options={options('updateCycle')} placeholder={t('catalog.bulkEdit.choose')} />
        </Form.Item>
      )}
      {field === 'updateCycle' && cycle && CYCLES_NEEDING_NOTE.includes(cycle) && (
        <Form.Item name="updateCycleNote" label={t('catalog.bulkEdit.cycleNote')} extra={t('catalog.bulkEdit.cycleNoteHelp')}>
          <Input maxLength={200} />
        </Form.Item>
      )}
      {field === 'shareMethodType' && (
        <Form.Item name="shareMethodType" label={t('catalog.bulkEdit.value')} rules={required}>
          <Select options={options('shareMethodType')} placeholder={t('catalog.bulkEdit.choose')} />
        </Form.Item>
      )}
      {field === 'providerInnerDept' && (
        <Form.Item name="providerInnerDept" label={t('catalog.bulkEdit.value')} rules={required}>
          <Input maxLength={100} placeholder={t('catalog.bulkEdit.deptPlaceholder')} />
        </Form.Item>
      )}
    </BulkActionDialog>
  );
}
