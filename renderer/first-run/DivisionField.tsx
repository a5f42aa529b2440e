// The department's county or township, picked from the bundled table (province → prefecture → county → township),
// searchable by name or code. The table loads when this field first shows.
import { Cascader, Form } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDivisionTable } from '../hooks/use-division-table.ts';
import { compareDivisionMatches, divisionOptions, divisionPath, matchesDivision, type DivisionOption } from './division-options.ts';

interface Props {
  value: string;
  onChange(code: string): void;
  error: string | undefined;
  /** The label, when not the department's county or township (the county workspace's own county). */
  label?: string;
}

export function DivisionField({ value, onChange, error, label }: Props) {
  const { t } = useTranslation();
  const divisions = useDivisionTable();
  const options = useMemo(() => (divisions.status === 'ready' ? divisionOptions(divisions.table) : []), [divisions]);
  const loadError = divisions.status === 'failed' ? t('wizard.divisionLoadFailed', { message: divisions.message }) : undefined;
  const problem = error ?? loadError;
  return (
    <Form.Item
      label={label ?? t('wizard.division')}
      htmlFor="setup-division"
      required
      validateStatus={problem ? 'error' : undefined}
      help={problem ?? (value ? t('wizard.divisionCode', { code: value }) : undefined)}
      extra={divisions.status === 'ready' ? t('wizard.divisionSource', { source: divisions.table.source }) : undefined}
    >
      <Cascader<DivisionOption>
        id="setup-division"
        options={options}
        value={value ? divisionPath(value) : undefined}
        onChange={(_, selected) => onChange(selected?.at(-1)?.value ?? '')}
        // A county without townships, or a county itself, is a complete answer: every level can be chosen.
        changeOnSelect
        showSearch={{ filter: matchesDivision, sort: compareDivisionMatches }}
        placeholder={divisions.status === 'loading' ? t('wizard.divisionLoading') : t('wizard.divisionPlaceholder')}
        disabled={divisions.status !== 'ready'}
        loading={divisions.status === 'loading'}
      />
    </Form.Item>
  );
}
