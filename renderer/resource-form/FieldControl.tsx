// The control for one field of the form, by the kind form-sections.ts gives it. Every control hands the draft a
// committed value (texts through GuardedText, so never mid-composition); linked choices follow their parent here
// (格式分类 → 格式类型, 共享方式分类 → 共享方式类型, 分类 → 资源代码).
import { DeleteOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Cascader, Flex, InputNumber, Popconfirm, Select, Typography } from 'antd';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, Resource } from '../../core/model/catalog.ts';
import type { FormatCategory, ShareMethodCategory, ShareMethodType, VocabularyName } from '../../core/model/enums.ts';
import type { Profile } from '../../core/profiles/profile.ts';
import type { Finding } from '../../core/rules/types.ts';
import type { VocabularyLabels } from '../../core/workbook/vocabulary-labels.ts';
import type { StorageContext } from '../services/stored-types.ts';
import { BasisListEditor } from './BasisListEditor.tsx';
import { classificationFromPath, classificationPath, type ClassificationOption, codeMatchesClassification, nextResourceCode } from './classification-choice.ts';
import type { FieldSpec } from './form-sections.ts';
import { vocabularyChoices, type Choice } from './form-labels.ts';
import { formatTypeChoices, withFormatCategory } from './format-choices.ts';
import { GuardedText } from './GuardedText.tsx';
import { ItemGrid, type ItemGridHandle } from './ItemGrid.tsx';
import type { ResourceDraft } from './resource-draft.ts';
import { shareMethodTypeFits, shareMethodTypesOf } from './share-method-choices.ts';
import { TagsInput } from './TagsInput.tsx';

export interface FormEnvironment {
  profile: Profile;
  lang: 'zh' | 'en';
  ctx: StorageContext;
  labels: VocabularyLabels;
  /** The catalog the code is allocated in (its issued numbers and codes in use). */
  catalog: Pick<Catalog, 'codeSequences' | 'resources'>;
  required: ReadonlySet<string>;
  classificationOptions: ClassificationOption[];
  itemFindings: ReadonlyMap<number, readonly Finding[]>;
}

export type DraftChange = (change: (draft: ResourceDraft) => ResourceDraft) => void;

export const inputId = (field: string) => `rf-input-${field}`;

/** A registration with no part filled is no registration at all (so the form hides it again when 授权运营 is cleared). */
function withoutEmpty(r: NonNullable<Resource['registration']>): Resource['registration'] {
  const kept = Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined && v !== '')) as NonNullable<Resource['registration']>;
  return Object.keys(kept).length ? kept : undefined;
}

const SURVEY_FIELDS = ['storageGB', 'structuredRecords10k', 'sharedStorageGB', 'sharedRecords10k', 'openedStorageGB', 'openedRecords10k'] as const;

/** `gridRef` reaches the item grid (to focus a cell); a prop of its own, as React passes refs, not inside `env`. */
export function FieldControl({ spec, draft, change, env, gridRef }: { spec: FieldSpec; draft: ResourceDraft; change: DraftChange; env: FormEnvironment; gridRef: Ref<ItemGridHandle> }) {
  const { t } = useTranslation();
  const { field, control } = spec;
  const id = inputId(field);
  const set = <K extends keyof Resource>(key: K, value: Resource[K] | undefined) => change((d) => ({ ...d, [key]: value }));
  const choices = (vocabulary: VocabularyName) => vocabularyChoices(env.profile, vocabulary, env.lang);

  switch (control.kind) {
    case 'text':
    case 'textarea':
      return <GuardedText id={id} multiline={control.kind === 'textarea'} value={draft[field] as string | undefined} onCommit={(text) => set(field, text as never)} />;
    case 'date':
      return <GuardedText id={id} placeholder={t('catalog.form.datePlaceholder')} value={draft[field] as string | undefined} onCommit={(text) => set(field, text as never)} />;
    case 'vocab':
      return <VocabSelect id={id} field={field} draft={draft} change={change} options={choices(control.vocabulary)} />;
    case 'vocabList':
      return (
        <Select
          id={id}
          mode="multiple"
          allowClear
          value={(draft[field] as string[] | undefined) ?? []}
          options={choices(control.vocabulary)}
          onChange={(values: string[]) => set(field, values as never)}
        />
      );
    case 'boolean': {
      // Three states: 是, 否 and not filled in (false says something, e.g. 非涉密).
      const value = draft[field] as boolean | undefined;
      return (
        <Select<'yes' | 'no'>
          id={id}
          allowClear
          placeholder={t('catalog.form.unset')}
          value={value === undefined ? undefined : value ? 'yes' : 'no'}
          options={[
            { value: 'yes', label: t('catalog.form.yes') },
            { value: 'no', label: t('catalog.form.no') },
          ]}
          onChange={(choice) => set(field, (choice === undefined ? undefined : choice === 'yes') as never)}
        />
      );
    }
    case 'tags':
      return <TagsInput id={id} value={draft[field] as string[] | undefined} onChange={(values) => set(field, values as never)} />;
    case 'classification':
      return (
        <Cascader
          id={id}
          className="rf-wide-control"
          options={env.classificationOptions}
          value={classificationPath(draft.classification)}
          showSearch={{ filter: (input, path) => path.some((o) => String(o.label).includes(input)) }}
          placeholder={t('catalog.form.classificationPlaceholder')}
          onChange={(path) => {
            const classification = classificationFromPath((path ?? []) as string[]);
            change((d) => {
              const next = { ...d, classification };
              // The code follows the first choice of a classification; changing it later asks first (see 'code').
              if (classification && !d.code) next.code = nextResourceCode(env.catalog, d.id, classification, env.profile.codeScheme.sequenceWidth);
              return next;
            });
          }}
        />
      );
    case 'code':
      return <CodeField draft={draft} change={change} env={env} />;
    case 'formatType': {
      const types = formatTypeChoices(draft.formatCategory);
      const options = types.map((type) => ({ value: type, label: type }));
      // A type read from a workbook that the category does not list stays visible (R07 says what is wrong).
      if (draft.formatType && !types.includes(draft.formatType)) options.push({ value: draft.formatType, label: draft.formatType });
      return <Select id={id} allowClear showSearch value={draft.formatType} options={options} onChange={(value: string | undefined) => set('formatType', value)} />;
    }
    case 'basis':
      return <BasisListEditor idPrefix={`rf-${field}`} value={draft.shareBasis ?? []} onChange={(basis) => set('shareBasis', basis)} ctx={env.ctx} profile={env.profile} />;
    case 'matters':
      return <MattersEditor draft={draft} change={change} />;
    case 'review':
      return (
        <div className="rf-subgrid">
          <Select
            id={id}
            aria-label={t('catalog.form.review.status')}
            placeholder={t('catalog.form.review.status')}
            allowClear
            value={draft.shareReview?.status}
            options={choices('reviewStatus')}
            onChange={(status) => change((d) => ({ ...d, shareReview: status ? { ...d.shareReview, status } : undefined }))}
          />
          {(['reviewer', 'date', 'note'] as const).map((key) => (
            <GuardedText
              key={key}
              aria-label={t(`catalog.form.review.${key}`)}
              placeholder={t(`catalog.form.review.${key}`)}
              value={draft.shareReview?.[key]}
              onCommit={(text) => change((d) => ({ ...d, shareReview: { status: d.shareReview?.status ?? 'pending', ...d.shareReview, [key]: text } }))}
            />
          ))}
        </div>
      );
    case 'survey':
      return (
        <div className="rf-subgrid">
          {SURVEY_FIELDS.map((key) => (
            <label key={key} className="rf-sublabel">
              <span>{t(`catalog.form.survey.${key}`)}</span>
              <InputNumber
                id={key === SURVEY_FIELDS[0] ? id : undefined}
                min={0}
                value={draft.survey?.[key]}
                onChange={(value) => change((d) => ({ ...d, survey: { ...d.survey, [key]: value ?? undefined } }))}
              />
            </label>
          ))}
        </div>
      );
    case 'registration':
      return (
        <div className="rf-subgrid">
          {(['kind', 'status'] as const).map((key) => (
            <Select
              key={key}
              id={key === 'kind' ? id : undefined}
              aria-label={t(`catalog.form.registration.${key}`)}
              placeholder={t(`catalog.form.registration.${key}`)}
              allowClear
              value={draft.registration?.[key]}
              options={choices(key === 'kind' ? 'registrationKind' : 'registrationStatus')}
              onChange={(value: string | undefined) => change((d) => ({ ...d, registration: withoutEmpty({ ...d.registration, [key]: value }) }))}
            />
          ))}
          {(['code', 'codedOn'] as const).map((key) => (
            <GuardedText
              key={key}
              aria-label={t(`catalog.form.registration.${key}`)}
              placeholder={t(`catalog.form.registration.${key}`)}
              value={draft.registration?.[key]}
              onCommit={(text) => change((d) => ({ ...d, registration: withoutEmpty({ ...d.registration, [key]: text }) }))}
            />
          ))}
        </div>
      );
    case 'items':
      return <ItemGrid ref={gridRef} items={draft.items} onChange={(items) => set('items', items)} labels={env.labels} findingsByRow={env.itemFindings} required={env.required} />;
  }
}

function VocabSelect({ id, field, draft, change, options }: { id: string; field: FieldSpec['field']; draft: ResourceDraft; change: DraftChange; options: Choice[] }) {
  const shown = field === 'shareMethodType' ? options.filter((o) => shareMethodTypesOf(draft.shareMethodCategory).includes(o.value as ShareMethodType)) : options;
  return (
    <Select
      id={id}
      allowClear
      value={draft[field] as string | undefined}
      options={shown}
      onChange={(value: string | undefined) =>
        change((d) => {
          if (field === 'formatCategory') return withFormatCategory(d, value as FormatCategory | undefined);
          if (field === 'shareMethodCategory') {
            const category = value as ShareMethodCategory | undefined;
            return { ...d, shareMethodCategory: category, shareMethodType: shareMethodTypeFits(category, d.shareMethodType) ? d.shareMethodType : undefined };
          }
          return { ...d, [field]: value };
        })
      }
    />
  );
}

function CodeField({ draft, change, env }: { draft: ResourceDraft; change: DraftChange; env: FormEnvironment }) {
  const { t } = useTranslation();
  const regenerate = () => change((d) => (d.classification ? { ...d, code: nextResourceCode(env.catalog, d.id, d.classification, env.profile.codeScheme.sequenceWidth) } : d));
  const stale = !codeMatchesClassification(draft.code, draft.classification);
  return (
    <Flex vertical gap="small">
      <Flex gap="small" align="center">
        <Typography.Text id={inputId('code')} className="rf-code" tabIndex={-1} code={Boolean(draft.code)} type={draft.code ? undefined : 'secondary'}>
          {draft.code ?? t('catalog.form.code.none')}
        </Typography.Text>
        {draft.classification && !draft.code && (
          <Button size="small" onClick={regenerate}>
            {t('catalog.form.code.generate')}
          </Button>
        )}
      </Flex>
      {stale && (
        <Alert
          type="warning"
          showIcon
          title={t('catalog.form.code.stale')}
          action={
            <Popconfirm title={t('catalog.form.code.regenerateConfirm')} okText={t('catalog.form.code.regenerate')} cancelText={t('catalog.form.cancel')} onConfirm={regenerate}>
              <Button size="small" icon={<ReloadOutlined />}>
                {t('catalog.form.code.regenerate')}
              </Button>
            </Popconfirm>
          }
        />
      )}
    </Flex>
  );
}

function MattersEditor({ draft, change }: { draft: ResourceDraft; change: DraftChange }) {
  const { t } = useTranslation();
  const matters = draft.relatedMatters ?? [];
  const edit = (index: number, patch: Partial<{ name: string; code: string }>) =>
    change((d) => ({ ...d, relatedMatters: (d.relatedMatters ?? []).map((m, i) => (i === index ? { ...m, ...patch } : m)) }));
  return (
    <Flex vertical gap="small">
      {matters.map((m, index) => (
        <div key={index} id={`rf-relatedMatters-${index}`} className="rf-matter" tabIndex={-1}>
          <GuardedText aria-label={t('catalog.form.matters.name')} placeholder={t('catalog.form.matters.name')} value={m.name} onCommit={(name) => edit(index, { name })} />
          <GuardedText aria-label={t('catalog.form.matters.code')} placeholder={t('catalog.form.matters.code')} value={m.code} onCommit={(code) => edit(index, { code })} />
          <Popconfirm
            title={t('catalog.form.matters.removeConfirm')}
            okText={t('catalog.form.remove')}
            cancelText={t('catalog.form.cancel')}
            onConfirm={() => change((d) => ({ ...d, relatedMatters: (d.relatedMatters ?? []).filter((_, i) => i !== index) }))}
          >
            <Button aria-label={t('catalog.form.remove')} icon={<DeleteOutlined />} danger />
          </Popconfirm>
        </div>
      ))}
      <div>
        <Button icon={<PlusOutlined />} onClick={() => change((d) => ({ ...d, relatedMatters: [...(d.relatedMatters ?? []), { name: '' }] }))}>
          {t('catalog.form.matters.add')}
        </Button>
      </div>
    </Flex>
  );
}
