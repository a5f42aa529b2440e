// 导入: choose a workbook, dry-run it in a worker (progress, cancel at once), read the report grouped by rule with
// each finding's cell, download the annotated copy, then confirm and commit it atomically (progress, cancel) —
// the catalog changes only at that last step, and all at once.
import { Alert, Button, Card, Result } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeNote } from '../../core/model/change-note.ts';
import { useNavigation } from '../ui/navigation.ts';
import { asUiLanguage, pickText } from '../i18n/language.ts';
import { usePlatform } from '../hooks/use-platform.ts';
import { allFindings } from '../services/session/catalog-findings.ts';
import { refusalText } from '../shared/describe-error.ts';
import { useSession, useSessionState } from '../hooks/use-session.ts';
import { severityCounts } from '../findings/finding-groups.ts';
import { startWorkbookImport } from '../services/workbook/workbook-import-client.ts';
import { createImportWorker } from '../services/workbook/workers.ts';
import { ConfirmImportDialog } from './ConfirmImportDialog.tsx';
import { DryRunReport } from './DryRunReport.tsx';
import { ImportIntro } from './ImportIntro.tsx';
import { TaskProgress } from './TaskProgress.tsx';
import { WORKBOOK_EXTENSIONS } from './import-files.ts';
import { useImportStage, type ImportStage } from './import-stage.ts';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function ImportSection() {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const session = useSession();
  const { catalog, workspace } = useSessionState();
  const platform = usePlatform();
  const navigation = useNavigation();
  const [stage, setStage] = useImportStage(session);
  const [confirming, setConfirming] = useState(false);

  const pick = async () => {
    let file;
    try {
      file = await platform.pickFile([{ name: t('import.fileType'), extensions: WORKBOOK_EXTENSIONS }]);
    } catch (error) {
      setStage({ step: 'failed', fileName: '', crashed: t('import.readFailed', { message: errorText(error) }) });
      return;
    }
    if (!file) return;
    const picked = file;
    const job = startWorkbookImport(
      createImportWorker,
      new Blob([picked.bytes as Uint8Array<ArrayBuffer>]),
      // The workspace's profile and department, so the report is the one the catalog will have.
      { profile: workspace.profileId, department: workspace.department },
      (fraction, sheet) => setStage((s) => (s.step === 'reading' && s.file === picked ? { ...s, fraction, ...(sheet ? { sheet } : {}) } : s)),
    );
    setStage({ step: 'reading', file: picked, fraction: 0, cancel: job.cancel });
    const outcome = await job.result;
    setStage((s) => {
      if (s.step !== 'reading' || s.file !== picked) return s;
      if ('cancelled' in outcome) return { step: 'start', notice: 'cancelled' };
      if (!outcome.ok) return { step: 'failed', fileName: picked.name, crashed: t('import.failed.crashed', { message: outcome.crashed }) };
      const read = outcome.result;
      if (!read.ok) return { step: 'failed', fileName: picked.name, reason: read.failure.message };
      return { step: 'report', file: picked, dryRun: read.dryRun };
    });
  };

  const commit = async (note: ChangeNote) => {
    if (stage.step !== 'report') return;
    setConfirming(false);
    const { file, dryRun } = stage;
    const abort = new AbortController();
    setStage({ step: 'committing', file, dryRun, staged: 0, total: dryRun.catalog.resources.length, abort });
    try {
      const outcome = await session.commitImport(dryRun.catalog, {
        note,
        source: file.name,
        signal: abort.signal,
        onProgress: ({ staged, total }) => setStage((s) => (s.step === 'committing' && s.abort === abort ? { ...s, staged, total } : s)),
      });
      setStage(
        outcome.ok
          ? { step: 'done', fileName: file.name, resources: outcome.resources, items: outcome.items }
          : { step: 'report', file, dryRun, notice: 'commitCancelled' },
      );
    } catch (error) {
      // A refusal from storage says, in both languages, what went wrong and that the catalog is unchanged (quota …).
      const refused = refusalText(error);
      const text = refused ? pickText(refused, language) : t('import.committing.failed', { message: errorText(error) });
      setStage({ step: 'report', file, dryRun, commitError: text });
    }
  };

  switch (stage.step) {
    case 'start':
      return (
        <ImportIntro onPick={() => void pick()} notice={stage.notice === 'cancelled' ? <Alert type="info" showIcon closable title={t('import.cancelled')} /> : undefined} />
      );
    case 'reading':
      return (
        <TaskProgress
          title={t('import.reading.title', { file: stage.file.name })}
          fraction={stage.fraction}
          status={stage.sheet ? t('import.reading.sheet', { sheet: stage.sheet }) : t('import.reading.preparing')}
          help={t('import.reading.help')}
          cancel={{ label: t('import.reading.cancel'), onCancel: stage.cancel }}
        />
      );
    case 'failed':
      return (
        <ImportIntro
          onPick={() => void pick()}
          notice={
            <Alert
              type="error"
              showIcon
              className="import-failure"
              title={stage.fileName ? t('import.failed.title', { file: stage.fileName }) : t('import.title')}
              description={`${'reason' in stage ? pickText(stage.reason, language) : stage.crashed} ${t('import.failed.unchanged')}`}
            />
          }
        />
      );
    case 'report':
      return (
        <>
          <DryRunReport
            file={stage.file}
            dryRun={stage.dryRun}
            onConfirm={() => setConfirming(true)}
            onPickAgain={() => void pick()}
            {...(stage.notice ? { notice: t('import.commitCancelled') } : {})}
            {...(stage.commitError ? { error: stage.commitError } : {})}
          />
          <ConfirmImportDialog
            open={confirming}
            fileName={stage.file.name}
            current={catalog.resources.length}
            incoming={stage.dryRun.stats.resources}
            items={stage.dryRun.stats.items}
            errors={stage.dryRun.report.counts.error}
            onCancel={() => setConfirming(false)}
            onConfirm={(note) => void commit(note)}
          />
        </>
      );
    case 'committing': {
      // Once every row is written the import becomes live in one step; what follows (loading and checking the new
      // catalog) cannot be undone by a cancel, so the button goes.
      const writing = stage.staged < stage.total;
      return (
        <TaskProgress
          title={t('import.committing.title', { file: stage.file.name })}
          fraction={stage.total ? stage.staged / stage.total : 1}
          status={writing ? t('import.committing.staged', { staged: stage.staged, total: stage.total }) : t('import.committing.finishing')}
          help={writing ? t('import.committing.help') : t('import.committing.finishingHelp')}
          cancel={writing ? { label: t('import.committing.cancel'), onCancel: () => stage.abort.abort() } : undefined}
        />
      );
    }
    case 'done':
      return <ImportDone stage={stage} onAgain={() => void pick()} onCatalog={() => navigation.goTo('catalog')} onValidate={() => navigation.goTo('validate')} />;
  }
}

function ImportDone({
  stage,
  onAgain,
  onCatalog,
  onValidate,
}: {
  stage: Extract<ImportStage, { step: 'done' }>;
  onAgain: () => void;
  onCatalog: () => void;
  onValidate: () => void;
}) {
  const { t } = useTranslation();
  const { catalog, findings, phase } = useSessionState();
  const counts = severityCounts(allFindings(catalog, findings));
  return (
    <Card>
      <Result
        status="success"
        title={t('import.done.title')}
        subTitle={
          <>
            <div className="import-done-summary">{t('import.done.summary', { file: stage.fileName, resources: stage.resources, items: stage.items })}</div>
            <div className="import-done-findings">{phase === 'ready' ? t('import.done.findings', { errors: counts.error, warnings: counts.warning }) : t('app.checking')}</div>
          </>
        }
        extra={[
          <Button key="catalog" type="primary" onClick={onCatalog}>
            {t('import.done.toCatalog')}
          </Button>,
          <Button key="validate" onClick={onValidate}>
            {t('import.done.toValidate')}
          </Button>,
          <Button key="again" onClick={onAgain}>
            {t('import.done.again')}
          </Button>,
        ]}
      />
    </Card>
  );
}
