// The list's search box and filters: share type, open type, classification (a node and everything under it),
// findings (by severity or by rule) and the 共享审核 status. Options come from the workspace profile's vocabulary and classification tree.
import { SearchOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenType, ShareType } from '../../core/model/enums.ts';
import type { RuleId } from '../../core/model/rule-ids.ts';
import { ruleDefinition } from '../../core/rules/definitions.ts';
import { asUiLanguage, coreLang, pickText } from '../i18n/language.ts';
import { SEVERITY_FILTERS, type CatalogFilter, type ResourcesByRule, type ReviewFilter, type SeverityFilter } from './catalog-filter.ts';
import { classificationOptions } from './classification-filter.ts';
import { useVocabulary } from '../hooks/use-vocabulary.ts';

interface Props {
  filter: CatalogFilter;
  onChange(filter: CatalogFilter): void;
  /** The search box's text as typed (the filter follows it a moment later, while typing stays responsive). */
  query: string;
  onQuery(query: string): void;
  filtering: boolean;
  onClear(): void;
  /** The rules with findings, for the rule filter; undefined until its list is first opened. */
  byRule: ResourcesByRule | undefined;
  onRulesWanted(): void;
}

export function CatalogFilters({ filter, onChange, query, onQuery, filtering, onClear, byRule, onRulesWanted }: Props) {
  const { t, i18n } = useTranslation();
  const { profile, options } = useVocabulary();
  const lang = coreLang(asUiLanguage(i18n.language));
  const tree = useMemo(() => classificationOptions(profile.classification, lang), [profile, lang]);
  const language = asUiLanguage(i18n.language);
  const rules = useMemo(
    () =>
      [...(byRule?.entries() ?? [])]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([ruleId, ids]) => ({ value: ruleId, label: t('catalog.filters.ruleOption', { rule: ruleId, title: pickText(ruleDefinition(ruleId).title, language), count: ids.size }) })),
    [byRule, t, language],
  );
  const set = <K extends keyof CatalogFilter>(key: K) => (value: CatalogFilter[K] | undefined) => onChange({ ...filter, [key]: value ?? undefined });
  return (
    <Flex gap="small" wrap align="center" className="catalog-filters">
      <Input
        className="catalog-search"
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('catalog.search')}
        aria-label={t('catalog.search')}
        value={query}
        onChange={(e) => onQuery(e.target.value)}
      />
      <Select<ShareType>
        className="catalog-filter"
        allowClear
        placeholder={t('catalog.filters.shareType')}
        aria-label={t('catalog.filters.shareType')}
        value={filter.shareType}
        onChange={set('shareType')}
        options={options('shareType') as { value: ShareType; label: string }[]}
        popupMatchSelectWidth={false}
      />
      <Select<OpenType>
        className="catalog-filter"
        allowClear
        placeholder={t('catalog.filters.openType')}
        aria-label={t('catalog.filters.openType')}
        value={filter.openType}
        onChange={set('openType')}
        options={options('openType') as { value: OpenType; label: string }[]}
        popupMatchSelectWidth={false}
      />
      <TreeSelect
        className="catalog-filter-classification"
        allowClear
        showSearch={{ treeNodeFilterProp: 'title' }}
        placeholder={t('catalog.filters.classification')}
        aria-label={t('catalog.filters.classification')}
        value={filter.classification}
        onChange={(value: string | undefined) => set('classification')(value)}
        treeData={tree}
        popupMatchSelectWidth={420}
        listHeight={360}
      />
      <Select<SeverityFilter>
        className="catalog-filter"
        allowClear
        placeholder={t('catalog.filters.severity')}
        aria-label={t('catalog.filters.severity')}
        value={filter.severity}
        onChange={set('severity')}
        options={SEVERITY_FILTERS.map((value) => ({ value, label: t(`catalog.severity.${value}`) }))}
        popupMatchSelectWidth={false}
      />
      <Select<RuleId>
        className="catalog-filter-rule"
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('catalog.filters.rule')}
        aria-label={t('catalog.filters.rule')}
        value={filter.rule}
        onChange={set('rule')}
        onOpenChange={(open) => open && onRulesWanted()}
        options={rules.length ? rules : filter.rule ? [{ value: filter.rule, label: filter.rule }] : []}
        popupMatchSelectWidth={420}
      />
      <Select<ReviewFilter>
        className="catalog-filter"
        allowClear
        placeholder={t('catalog.filters.review')}
        aria-label={t('catalog.filters.review')}
        value={filter.review}
        onChange={set('review')}
        options={[...(options('reviewStatus') as { value: ReviewFilter; label: string }[]), { value: 'unset', label: t('catalog.reviewUnset') }]}
        popupMatchSelectWidth={false}
      />
      <Button onClick={onClear} disabled={!filtering}>
        {t('catalog.filters.clear')}
      </Button>
    </Flex>
  );
}
