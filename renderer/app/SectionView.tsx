// Which view each section of the side bar shows, and what it waits for: the catalog's start-up read (the shell is
// usable meanwhile; 目录编制 shows the resources read so far), and for 校验 and 打包上报 its findings too (a report or
// a package from half-checked findings would be wrong).
import { Button, Card, Flex, Progress, Result, Typography } from 'antd';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogSection } from '../catalog/CatalogSection.tsx';
import { HistorySection } from '../history/HistorySection.tsx';
import { AssessmentSection } from '../county/AssessmentSection.tsx';
import { InboxSection } from '../county/InboxSection.tsx';
import { RosterSection } from '../county/RosterSection.tsx';
import { ExerciseSection } from '../exercise/ExerciseSection.tsx';
import { ReviewSection } from '../county/ReviewSection.tsx';
import { CountyCatalogSection } from '../county/CountyCatalogSection.tsx';
import { ConflictsSection } from '../county/ConflictsSection.tsx';
import { BoardSection } from '../county/BoardSection.tsx';
import { HomeSection } from '../home/HomeSection.tsx';
import { useSession, useSessionSelector } from '../hooks/use-session.ts';
import { asUiLanguage, coreLang } from '../i18n/language.ts';
import { ImportSection } from '../import/ImportSection.tsx';
import { ListsSection } from '../lists/ListsSection.tsx';
import { KeysSection } from '../keys/KeysSection.tsx';
import { PackageSection } from '../package/PackageSection.tsx';
import type { SessionPhase } from '../services/session/workspace-session.ts';
import { describeError } from '../shared/describe-error.ts';
import type { SectionId } from '../shared/sections.ts';
import { ValidateSection } from '../validate/ValidateSection.tsx';

const VIEWS: Readonly<Record<SectionId, ComponentType>> = {
  home: HomeSection,
  catalog: CatalogSection,
  import: ImportSection,
  validate: ValidateSection,
  lists: ListsSection,
  package: PackageSection,
  keys: KeysSection,
  history: HistorySection,
  roster: RosterSection,
  inbox: InboxSection,
  exercise: ExerciseSection,
  review: ReviewSection,
  countyCatalog: CountyCatalogSection,
  conflicts: ConflictsSection,
  board: BoardSection,
  assessment: AssessmentSection,
};

/** The phases in which a section cannot show yet. */
const WAITS_FOR: Readonly<Record<SectionId, readonly SessionPhase[]>> = {
  home: ['loading', 'failed'],
  catalog: ['loading', 'failed'],
  import: ['loading', 'failed'],
  validate: ['loading', 'failed', 'checking'],
  package: ['loading', 'failed', 'checking'],
  lists: ['loading', 'failed'],
  keys: [],
  history: [],
  roster: [],
  inbox: [],
  exercise: ['loading', 'failed'],
  review: [],
  countyCatalog: [],
  conflicts: [],
  board: [],
  assessment: [],
};

/** The sections that show the resources read so far while the catalog loads (edits there are saved after the read). */
const SHOWS_WHILE_LOADING: readonly SectionId[] = ['catalog'];

export function SectionView({ section }: { section: SectionId }) {
  const phase = useSessionSelector((s) => s.phase);
  const someRead = useSessionSelector((s) => s.catalog.resources.length > 0);
  const View = VIEWS[section];
  const partial = phase === 'loading' && someRead && SHOWS_WHILE_LOADING.includes(section);
  return WAITS_FOR[section].includes(phase) && !partial ? <CatalogPending /> : <View />;
}

function CatalogPending() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const phase = useSessionSelector((s) => s.phase);
  const read = useSessionSelector((s) => s.loaded.read);
  const total = useSessionSelector((s) => s.loaded.total);
  const loadError = useSessionSelector((s) => s.loadError);
  if (phase === 'failed') {
    return (
      <Result
        status="error"
        title={t('app.openFailed', { message: describeError(loadError, coreLang(asUiLanguage(i18n.language))) })}
        extra={
          <Button type="primary" onClick={() => session.retryLoad()}>
            {t('app.retry')}
          </Button>
        }
      />
    );
  }
  const loading = phase === 'loading';
  return (
    <Card className="catalog-pending" role="status">
      <Flex vertical gap="small">
        <Typography.Text strong>{loading ? t('app.loadingCatalog', { read, total }) : t('app.checkingCatalog')}</Typography.Text>
        {loading && <Progress percent={total ? Math.floor((read / total) * 100) : 100} />}
      </Flex>
    </Card>
  );
}
