// The main window once a workspace exists: header (department, save status, operator, language, 关于), side bar of
// sections, and the current section.
import { ApartmentOutlined, ApiOutlined, AuditOutlined, CheckSquareOutlined, DashboardOutlined, EditOutlined, ExperimentOutlined, HistoryOutlined, HomeOutlined, ImportOutlined, InboxOutlined, InfoCircleOutlined, KeyOutlined, SendOutlined, TeamOutlined, TrophyOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Menu, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AboutDialog } from './AboutDialog.tsx';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { SavedIndicator } from './SaveStatus.tsx';
import { SectionView } from './SectionView.tsx';
import { IntegrityNotices } from '../ui/StartupNotices.tsx';
import { NavigationContext, type Navigation, type ResourceTarget } from '../ui/navigation.ts';
import { SECTIONS_BY_KIND, type SectionId } from '../shared/sections.ts';
import { useSessionSelector } from '../hooks/use-session.ts';
import { TrainingBanner, TrainingWatermark } from '../training/TrainingFrame.tsx';
import { TrainingSwitch } from '../training/TrainingSwitch.tsx';
import { WorkspaceMenu } from './WorkspaceMenu.tsx';

const SECTION_ICONS: Readonly<Record<SectionId, ReactNode>> = {
  home: <HomeOutlined />,
  catalog: <EditOutlined />,
  import: <ImportOutlined />,
  validate: <CheckSquareOutlined />,
  lists: <UnorderedListOutlined />,
  package: <SendOutlined />,
  keys: <KeyOutlined />,
  history: <HistoryOutlined />,
  roster: <TeamOutlined />,
  inbox: <InboxOutlined />,
  exercise: <ExperimentOutlined />,
  review: <AuditOutlined />,
  countyCatalog: <ApartmentOutlined />,
  conflicts: <ApiOutlined />,
  board: <DashboardOutlined />,
  assessment: <TrophyOutlined />,
};

export function AppShell() {
  const { t } = useTranslation();
  // Only what the header shows: an autosave changes the workspace row, not these.
  const departmentName = useSessionSelector((s) => s.workspace.department.name);
  const operatorName = useSessionSelector((s) => s.workspace.operatorName);
  const kind = useSessionSelector((s) => s.workspace.kind);
  const sections = SECTIONS_BY_KIND[kind];
  const [section, setSection] = useState<SectionId>(sections[0]!);
  const [target, setTarget] = useState<ResourceTarget>();
  const [aboutOpen, setAboutOpen] = useState(false);
  const navigation = useMemo<Navigation>(
    () => ({
      section,
      goTo: setSection,
      openResource: (next) => {
        setTarget(next);
        setSection('catalog');
      },
      target,
      clearTarget: () => setTarget(undefined),
    }),
    [section, target],
  );
  return (
    <NavigationContext.Provider value={navigation}>
      <Layout className="shell">
        <Layout.Header className="shell-header">
          <Flex align="center" gap="large" className="shell-header-row">
            <Typography.Text strong className="brand">
              {t('app.name')}
            </Typography.Text>
            <Typography.Text className="shell-department" ellipsis>
              {departmentName}
            </Typography.Text>
            <Flex align="center" gap="middle" className="shell-header-end">
              {/* The training sandbox is a department's; a county practises on its own inbox. */}
              {kind !== 'county' && <TrainingSwitch />}
              {/* In training the way back is the training switch. */}
              {kind !== 'training' && <WorkspaceMenu />}
              <SavedIndicator />
              <Typography.Text type="secondary">{t('header.operator', { name: operatorName })}</Typography.Text>
              <LanguageSwitch />
              <Button type="text" size="small" icon={<InfoCircleOutlined />} onClick={() => setAboutOpen(true)}>
                {t('header.about')}
              </Button>
            </Flex>
          </Flex>
        </Layout.Header>
        <TrainingBanner />
        <Layout className="shell-body">
          <Layout.Sider width={184} className="shell-sider">
            <Menu
              mode="inline"
              selectedKeys={[section]}
              items={sections.map((id) => ({ key: id, icon: SECTION_ICONS[id], label: t(`nav.${id}`) }))}
              onClick={({ key }) => {
                const next = sections.find((id) => id === key);
                if (next) setSection(next);
              }}
            />
          </Layout.Sider>
          <Layout.Content className="shell-content">
            <TrainingWatermark>
              <IntegrityNotices />
              <SectionView section={section} />
            </TrainingWatermark>
          </Layout.Content>
        </Layout>
      </Layout>
      {aboutOpen && <AboutDialog onClose={() => setAboutOpen(false)} />}
    </NavigationContext.Provider>
  );
}
