// 按此规则批量修正: from a rule's group in 校验, the resources with that problem (all ticked; untick the ones to leave),
// one value for the field the rule's correction sets (renderer/bulk/rule-fixes.ts), and a 变更说明 — saved as one
// batch, one undo step, like 批量修改.
import { Form, Radio, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, Resource } from '../../core/model/catalog.ts';
import type { RuleId } from '../../core/model/rule-ids.ts';
import type { Finding } from '../../core/rules/types.ts';
import { BulkActionDialog } from '../bulk/BulkActionDialog.tsx';
import { BULK_FIELD_SPECS, bulkChanges } from '../bulk/bulk-edit.ts';
import { BulkValueControl } from '../bulk/BulkValueControl.tsx';
import { ruleFixTargets } from '../bulk/rule-fixes.ts';
import type { NoteForm } from '../change-note/change-note-form.ts';
import { useSession } from '../hooks/use-session.ts';
import { asUiLanguage, coreLang, pickText } from '../i18n/language.ts';
import { fieldLabel } from '../resource-form/form-labels.ts';

interface Values {
  value?: unknown;
}

interface Row {
  resource: Resource;
  finding: Finding;
}

const hasValue = (value: unknown) => value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '') && !(Array.isArray(value) && value.length === 0);

export function FixByRuleDialog({ ruleId, title, findings, catalog, onFinished, onClose }: { ruleId: RuleId; title: string; findings: readonly Finding[]; catalog: Catalog; onFinished(count: number): void; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const session = useSession();
  const [form] = Form.useForm<Values & NoteForm>();
  // The findings as the dialog opened on them: saving the correction makes them go, and the dialog stays on what
  // it was asked to fix until it closes.
  const [targets] = useState(() => ruleFixTargets(ruleId, findings));
  const [fieldIndex, setFieldIndex] = useState(0);
  // 校验 offers the dialog only for a rule with at least one correction (a correction that has resources).
  const target = targets[Math.min(fieldIndex, targets.length - 1)]!;
  const spec = BULK_FIELD_SPECS.find((f) => f.field === target.field)!;
  const rows = useMemo<Row[]>(
    () => target.findings.flatMap((finding) => {
      const resource = catalog.resources[finding.resourceIndex!];
      return resource ? [{ resource, finding }] : [];
    }),
    [target, catalog],
  );
  // Every resource ticked until the clerk unticks some; a new field starts again with all of its resources.
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const chosen = useMemo(() => rows.filter((r) => !unticked.has(r.resource.id)).map((r) => r.resource), [rows, unticked]);
  const value = Form.useWatch('value', form) as unknown;
  const changing = useMemo(() => (hasValue(value) ? bulkChanges(chosen, { field: target.field, value, mode: target.mode }).length : undefined), [chosen, target, value]);

  return (
    <BulkActionDialog<Values>
      title={t('validate.fix.title', { rule: ruleId, title })}
      okText={t('validate.fix.ok', { count: chosen.length })}
      form={form}
      intro={
        <Typography.Paragraph>
          {t('validate.fix.intro', { count: rows.length, mode: t(`catalog.bulkEdit.modes.${target.mode}`), field: fieldLabel(target.field, coreLang(language)) })}
        </Typography.Paragraph>
      }
      plan={(values, note) => {
        if (!chosen.length) return { nothing: t('validate.fix.noneChosen') };
        const changes = bulkChanges(chosen, { field: target.field, value: values.value, mode: target.mode });
        if (changes.length === 0) return { nothing: t('catalog.bulkEdit.unchanged') };
        return { count: changes.length, run: () => session.saveMany(changes, note) };
      }}
      onFinished={onFinished}
      onClose={onClose}
    >
      {targets.length > 1 && (
        <Form.Item label={t('validate.fix.field')}>
          <Radio.Group
            value={fieldIndex}
            onChange={(e) => {
              setFieldIndex(e.target.value as number);
              setUnticked(new Set());
              form.setFieldsValue({ value: undefined });
            }}
            options={targets.map((tg, i) => ({ value: i, label: t('validate.fix.fieldOption', { field: fieldLabel(tg.field, coreLang(language)), count: tg.findings.length }) }))}
          />
        </Form.Item>
      )}
      <Table<Row>
        className="fix-by-rule-resources"
        size="small"
        rowKey={(r) => r.resource.id}
        dataSource={rows}
        pagination={{ pageSize: 6, size: 'small', showSizeChanger: false, showTotal: (total) => t('validate.fix.total', { total, chosen: chosen.length }) }}
        rowSelection={{
          selectedRowKeys: chosen.map((r) => r.id),
          onChange: (keys) => {
            const kept = new Set(keys);
            setUnticked(new Set(rows.map((r) => r.resource.id).filter((id) => !kept.has(id))));
          },
        }}
        columns={[
          { key: 'code', title: t('validate.fix.code'), width: 200, render: (_, r) => r.resource.code },
          { key: 'name', title: t('validate.fix.name'), ellipsis: true, render: (_, r) => r.resource.name },
          { key: 'problem', title: t('validate.fix.problem'), ellipsis: true, render: (_, r) => pickText(r.finding.message, language) },
        ]}
      />
      <Form.Item name="value" label={fieldLabel(target.field, coreLang(language))} rules={[{ required: true, message: t('catalog.bulkEdit.valueRequired') }]}>
        <BulkValueControl key={target.field} spec={spec} />
      </Form.Item>
      <Typography.Paragraph className="catalog-bulk-preview" type={changing === 0 ? 'warning' : 'secondary'}>
        {changing === undefined ? t('catalog.bulkEdit.previewPending') : t('catalog.bulkEdit.preview', { count: changing, unchanged: chosen.length - changing })}
      </Typography.Paragraph>
    </BulkActionDialog>
  );
}
