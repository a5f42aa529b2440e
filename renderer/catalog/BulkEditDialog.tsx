// 批量修改: sets one field on every selected resource — only where it is empty, over what is there, or (lists) added
// to it — with a 变更说明; the count it will change is shown before it is confirmed. Saved as one batch: one undo step.
import { Form, Input, Radio, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Resource } from '../../core/model/catalog.ts';
import { CYCLES_NEEDING_NOTE } from '../../core/rules/checks/update-cycle.ts';
import { useSession } from '../hooks/use-session.ts';
import { asUiLanguage, coreLang } from '../i18n/language.ts';
import type { NoteForm } from '../change-note/change-note-form.ts';
import { fieldLabel } from '../resource-form/form-labels.ts';
import { BulkActionDialog } from '../bulk/BulkActionDialog.tsx';
import { BULK_FIELD_SPECS, BULK_MODES, bulkChanges, isListField, type BulkEdit, type BulkField, type BulkMode } from '../bulk/bulk-edit.ts';
import { BulkValueControl } from '../bulk/BulkValueControl.tsx';

interface Values {
  field: BulkField;
  mode: BulkMode;
  value?: unknown;
  updateCycleNote?: string;
}

/** The edit the form describes, or undefined while it has no value yet. */
function editOf(values: Partial<Values>): BulkEdit | undefined {
  const { field, value, mode } = values;
  if (!field || value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0)) return undefined;
  return { field, value, mode: mode ?? 'overwrite', note: values.updateCycleNote };
}

export function BulkEditDialog({ resources, onFinished, onClose }: { resources: readonly Resource[]; onFinished(count: number): void; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const lang = coreLang(asUiLanguage(i18n.language));
  const session = useSession();
  const [form] = Form.useForm<Values & NoteForm>();
  const field = Form.useWatch('field', form) ?? 'updateCycle';
  const mode = Form.useWatch('mode', form) ?? 'overwrite';
  const value = Form.useWatch('value', form) as unknown;
  const cycleNote = Form.useWatch('updateCycleNote', form);
  const spec = BULK_FIELD_SPECS.find((f) => f.field === field)!;
  // The count before confirming: a comparison per resource, cheap even for thousands; recounted when the edit's
  // content changes, not on every render (the watched values are new objects each time).
  const editKey = JSON.stringify(editOf({ field, mode, value, updateCycleNote: cycleNote }) ?? null);
  const changing = useMemo(() => {
    const edit = JSON.parse(editKey) as BulkEdit | null;
    return edit ? bulkChanges(resources, edit).length : undefined;
  }, [resources, editKey]);
  const fields = useMemo(() => BULK_FIELD_SPECS.map((f) => ({ value: f.field, label: fieldLabel(f.field, lang) })), [lang]);
  const modes = BULK_MODES.filter((m) => m !== 'append' || isListField(field));
  return (
    <BulkActionDialog<Values>
      title={t('catalog.bulkEdit.title', { count: resources.length })}
      okText={t('catalog.bulkEdit.ok')}
      form={form}
      plan={(values, note) => {
        const planned = editOf(values);
        const changes = planned ? bulkChanges(resources, planned) : [];
        if (changes.length === 0) return { nothing: t('catalog.bulkEdit.unchanged') };
        return { count: changes.length, run: () => session.saveMany(changes, note) };
      }}
      onFinished={onFinished}
      onClose={onClose}
    >
      <Form.Item name="field" label={t('catalog.bulkEdit.field')} initialValue="updateCycle">
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={fields}
          onChange={() => form.setFieldsValue({ value: undefined, mode: form.getFieldValue('mode') === 'append' ? 'overwrite' : form.getFieldValue('mode') })}
        />
      </Form.Item>
      <Form.Item name="mode" label={t('catalog.bulkEdit.mode')} initialValue="overwrite">
        <Radio.Group options={modes.map((m) => ({ value: m, label: t(`catalog.bulkEdit.modes.${m}`) }))} />
      </Form.Item>
      <Form.Item name="value" label={t('catalog.bulkEdit.value')} rules={[{ required: true, message: t('catalog.bulkEdit.valueRequired') }]}>
        <BulkValueControl key={field} spec={spec} />
      </Form.Item>
      {field === 'updateCycle' && typeof value === 'string' && CYCLES_NEEDING_NOTE.includes(value as never) && (
        <Form.Item name="updateCycleNote" label={t('catalog.bulkEdit.cycleNote')} extra={t('catalog.bulkEdit.cycleNoteHelp')}>
          <Input maxLength={200} />
        </Form.Item>
      )}
      <Typography.Paragraph className="catalog-bulk-preview" type={changing === 0 ? 'warning' : 'secondary'}>
        {changing === undefined
          ? t('catalog.bulkEdit.previewPending')
          : t('catalog.bulkEdit.preview', { count: changing, unchanged: resources.length - changing })}
      </Typography.Paragraph>
    </BulkActionDialog>
  );
}
