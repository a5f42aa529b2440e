// The catalog at a glance: resources and items, completeness, open findings (to 校验), and charts of the share
// and open types and of the required fields missing most often. Recomputed only when the catalog changes.
import { CheckSquareOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Progress, Row, Statistic, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { OPEN_TYPES, SEVERITIES, SHARE_TYPES } from '../../core/model/enums.ts';
import { loadProfile } from '../../core/profiles/profile.ts';
import { useNavigation } from '../ui/navigation.ts';
import { SeverityTag } from '../findings/FindingItem.tsx';
import { fieldPathLabel } from '../findings/field-path-label.ts';
import { asUiLanguage, pickText } from '../i18n/language.ts';
import { allFindings } from '../services/session/catalog-findings.ts';
import { useSessionState } from '../hooks/use-session.ts';
import { catalogOverview, UNSET } from './catalog-overview.ts';
import { rankingOption, ringOption, type ChartEntry } from './chart-options.ts';
import { EChart } from './EChart.tsx';

const CHART_HEIGHT = 200;
const MISSING_SHOWN = 6;
const FULL_HEIGHT = { height: '100%' };
/** Open to all, on conditions, not at all, not filled in. */
const TYPE_COLORS = { unconditional: '#52c41a', conditional: '#1677ff', none: '#fa8c16', [UNSET]: '#bfbfbf' } as const;

export function CatalogOverviewPanel() {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const { goTo } = useNavigation();
  const { catalog, findings, workspace, phase } = useSessionState();
  // Completeness, missing fields and open findings come from the findings, which follow the list at start-up.
  const checking = phase !== 'ready';
  // Profiles are cached by core; the vocabulary gives the profile's own words (吉林: 授权共享 …).
  const { vocabulary } = loadProfile(workspace.profileId);
  const overview = useMemo(() => catalogOverview(catalog, allFindings(catalog, findings)), [catalog, findings]);
  const charts = useMemo(() => {
    const entries = (keys: readonly (keyof typeof TYPE_COLORS)[], counts: Record<string, number>, labels: Record<string, { zh: string; en: string }>) =>
      keys.filter((k) => k !== UNSET || counts[k]! > 0).map((k): ChartEntry => ({ label: k === UNSET ? t('home.unset') : pickText(labels[k]!, language), value: counts[k]!, color: TYPE_COLORS[k] }));
    return {
      share: ringOption(entries([...SHARE_TYPES, UNSET], overview.byShareType, vocabulary.shareType)),
      open: ringOption(entries([...OPEN_TYPES, UNSET], overview.byOpenType, vocabulary.openType)),
      missing: rankingOption(
        overview.missing.slice(0, MISSING_SHOWN).map((m) => ({ label: fieldPathLabel(m.field, language), value: m.resources })),
        '#fa8c16',
      ),
    };
  }, [overview, vocabulary, language, t]);
  const percent = overview.resources ? Math.floor((overview.complete / overview.resources) * 100) : 0;
  const open = SEVERITIES.reduce((n, s) => n + overview.findings[s], 0);
  // What a screen reader says for a ring chart: its title and each slice with its count.
  const describe = (title: string, counts: Record<string, number>, labels: Record<string, { zh: string; en: string }>) => {
    const en = language === 'en';
    const slices = Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${k === UNSET ? t('home.unset') : pickText(labels[k]!, language)} ${n}`);
    return `${title}${en ? ': ' : '：'}${slices.join(en ? ', ' : '，')}`;
  };
  return (
    <Flex vertical gap="middle">
      <Row gutter={[16, 16]}>
        <Col span={6}>
          <Card size="small" style={FULL_HEIGHT}>
            <Statistic title={t('home.stats.resources')} value={overview.resources} suffix={t('home.stats.resourcesUnit')} />
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small" style={FULL_HEIGHT}>
            <Statistic title={t('home.stats.items')} value={overview.items} suffix={t('home.stats.itemsUnit')} />
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small" style={FULL_HEIGHT}>
            {checking ? (
              <Statistic title={t('home.stats.completeness')} value={t('app.checking')} />
            ) : (
              <>
                <Statistic title={t('home.stats.completeness')} value={percent} suffix="%" />
                <Progress percent={percent} showInfo={false} size="small" status={percent === 100 ? 'success' : 'normal'} />
                <Typography.Text type="secondary">{t('home.stats.completeDetail', { complete: overview.complete, total: overview.resources })}</Typography.Text>
              </>
            )}
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small" style={FULL_HEIGHT}>
            {checking ? (
              <Statistic title={t('home.stats.findings')} value={t('app.checking')} />
            ) : (
              <>
                <Statistic title={t('home.stats.findings')} value={open} suffix={t('home.stats.findingsUnit')} />
                <Flex gap={4} wrap align="center">
                  {SEVERITIES.map((s) => (
                    <span key={s} data-severity={s}>
                      <SeverityTag severity={s} />
                      {t('common.number', { value: overview.findings[s] })}
                    </span>
                  ))}
                </Flex>
              </>
            )}
            <Button type="link" size="small" icon={<CheckSquareOutlined />} style={{ paddingInline: 0 }} onClick={() => goTo('validate')}>
              {t('home.stats.toValidate')}
            </Button>
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col span={8}>
          <Card size="small" title={t('home.charts.shareType')}>
            <EChart option={charts.share} height={CHART_HEIGHT} label={describe(t('home.charts.shareType'), overview.byShareType, vocabulary.shareType)} />
          </Card>
        </Col>
        <Col span={8}>
          <Card size="small" title={t('home.charts.openType')}>
            <EChart option={charts.open} height={CHART_HEIGHT} label={describe(t('home.charts.openType'), overview.byOpenType, vocabulary.openType)} />
          </Card>
        </Col>
        <Col span={8}>
          <Card size="small" title={t('home.charts.missing')}>
            {checking ? (
              <Flex align="center" justify="center" style={{ height: CHART_HEIGHT }}>
                <Typography.Text type="secondary">{t('app.checking')}</Typography.Text>
              </Flex>
            ) : overview.missing.length ? (
              <EChart option={charts.missing} height={CHART_HEIGHT} label={t('home.charts.missing')} />
            ) : (
              <Flex align="center" justify="center" style={{ height: CHART_HEIGHT }}>
                <Typography.Text type="success">{t('home.charts.noneMissing')}</Typography.Text>
              </Flex>
            )}
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
