// A list of 依据 (legal bases): each with its title, 文号, 条款 and level, picked from the department's basis library
// or typed and then kept in the library for next time. Used for 共享依据 and for the 变更说明's basis.
import { BookOutlined, DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Select, Tooltip } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Basis } from '../../core/model/catalog.ts';
import type { BasisLevel } from '../../core/model/enums.ts';
import type { Profile } from '../../core/profiles/profile.ts';
import { coreLang, asUiLanguage } from '../i18n/language.ts';
import { useBasisLibrary } from '../hooks/use-basis-library.ts';
import type { StorageContext } from '../services/stored-types.ts';
import { describeError } from '../shared/describe-error.ts';
import { vocabularyChoices } from './form-labels.ts';
import { GuardedText } from './GuardedText.tsx';
import './basis-list.css';

export interface BasisListEditorProps {
  /** Prefix of the entries' element ids (`${idPrefix}-0` …), so a finding can focus an entry. */
  idPrefix: string;
  /** Optional, with onChange, so that an antd Form.Item can supply both. */
  value?: readonly Basis[];
  onChange?(next: Basis[]): void;
  ctx: StorageContext;
  profile: Profile;
}

export function BasisListEditor({ idPrefix, value = [], onChange = () => undefined, ctx, profile }: BasisListEditorProps) {
  const { t, i18n } = useTranslation();
  const lang = coreLang(asUiLanguage(i18n.language));
  const { message } = App.useApp();
  const { entries: library, keep: keepInLibrary, isKept: inLibrary } = useBasisLibrary(ctx);
  const levels = useMemo(() => vocabularyChoices(profile, 'basisLevel', lang), [profile, lang]);
  const levelLabel = (level: BasisLevel | undefined) => levels.find((l) => l.value === level)?.label;

  const change = (index: number, patch: Partial<Basis>) => onChange(value.map((b, i) => (i === index ? { ...b, ...patch } : b)));
  const keep = async (basis: Basis) => {
    try {
      await keepInLibrary(basis);
      message.success(t('catalog.form.basis.keptInLibrary'));
    } catch (error) {
      message.error(describeError(error, lang));
    }
  };

  return (
    <Flex vertical gap="small" className="basis-list">
      <Flex gap="small" wrap>
        <Select<number>
          className="basis-library-select"
          showSearch={{ optionFilterProp: 'label' }}
          value={null}
          placeholder={library.length ? t('catalog.form.basis.pick') : t('catalog.form.basis.libraryEmpty')}
          disabled={library.length === 0}
          suffixIcon={<BookOutlined />}
          options={library.map(({ row, detail }) => ({ value: row.id, label: `《${row.basis.title}》${detail} ${levelLabel(row.basis.level) ?? ''}`.trim() }))}
          onChange={(id) => {
            const row = library.find((e) => e.row.id === id)?.row;
            if (row) onChange([...value, structuredClone(row.basis)]);
          }}
        />
        <Button icon={<PlusOutlined />} onClick={() => onChange([...value, { title: '' }])}>
          {t('catalog.form.basis.add')}
        </Button>
      </Flex>
      {value.map((basis, index) => (
        <div key={index} id={`${idPrefix}-${index}`} className="basis-entry" tabIndex={-1}>
          <div className="basis-entry-grid">
            <GuardedText aria-label={t('catalog.form.basis.title')} placeholder={t('catalog.form.basis.title')} value={basis.title} onCommit={(title) => change(index, { title })} />
            <GuardedText aria-label={t('catalog.form.basis.docNo')} placeholder={t('catalog.form.basis.docNo')} value={basis.docNo} onCommit={(docNo) => change(index, { docNo })} />
            <GuardedText aria-label={t('catalog.form.basis.article')} placeholder={t('catalog.form.basis.article')} value={basis.article} onCommit={(article) => change(index, { article })} />
            <Select<BasisLevel>
              aria-label={t('catalog.form.basis.level')}
              placeholder={t('catalog.form.basis.level')}
              allowClear
              value={basis.level}
              options={levels as { value: BasisLevel; label: string }[]}
              onChange={(level) => change(index, { level })}
            />
            <Flex gap={4}>
              <Tooltip title={t('catalog.form.basis.keep')}>
                <Button
                  aria-label={t('catalog.form.basis.keep')}
                  icon={<SaveOutlined />}
                  disabled={!basis.title.trim() || inLibrary(basis)}
                  onClick={() => void keep(basis)}
                />
              </Tooltip>
              <Popconfirm title={t('catalog.form.basis.removeConfirm')} okText={t('catalog.form.remove')} cancelText={t('catalog.form.cancel')} onConfirm={() => onChange(value.filter((_, i) => i !== index))}>
                <Button aria-label={t('catalog.form.basis.remove')} icon={<DeleteOutlined />} danger />
              </Popconfirm>
            </Flex>
          </div>
        </div>
      ))}
    </Flex>
  );
}
