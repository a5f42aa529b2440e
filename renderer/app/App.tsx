// The app: providers, the error boundary, storage opening, then the first-run wizard or the shell over the open
// workspace session.
import { Button, Flex, Result, Spin, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FirstRunWizard } from '../first-run/WorkspaceWizard.tsx';
import { createI18n } from '../i18n/i18n.ts';
import { asUiLanguage, coreLang } from '../i18n/language.ts';
import type { Platform } from '../services/platform/platform.ts';
import { PlatformContext } from '../hooks/use-platform.ts';
import type { AppBackend } from '../services/session/app-backend.ts';
import { SessionContext, type SessionContextValue } from '../hooks/use-session.ts';
import type { WorkspaceSession } from '../services/session/workspace-session.ts';
import type { WorkspaceKind } from '../services/stored-types.ts';
import { AppProviders } from './AppProviders.tsx';
import { AppShell } from './AppShell.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { useRememberedLanguage } from './remember-language.ts';
import { describeError } from '../shared/describe-error.ts';

export function App({ openBackend, platform }: { openBackend: () => Promise<AppBackend>; platform: Platform }) {
  const [i18n] = useState(createI18n);
  return (
    <AppProviders i18n={i18n}>
      <PlatformContext.Provider value={platform}>
        <ErrorBoundary>
          <Loading load={openBackend} opening="app.opening">
            {(backend) => <WorkspaceGate backend={backend} />}
          </Loading>
        </ErrorBoundary>
      </PlatformContext.Provider>
    </AppProviders>
  );
}

type Loaded<T> = { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; value: T };

/** Runs `load`, with a spinner while it runs and the reason plus a retry button when it fails. */
function Loading<T>({ load, opening, children }: { load: () => Promise<T>; opening: 'app.opening' | 'app.openingWorkspace'; children: (value: T) => ReactNode }) {
  const { t, i18n } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  // An outcome counts only for the load and attempt it came from: a new one shows the spinner until it ends.
  const [outcome, setOutcome] = useState<{ load: () => Promise<T>; attempt: number; loaded: Loaded<T> }>();
  const loaded: Loaded<T> = outcome && outcome.load === load && outcome.attempt === attempt ? outcome.loaded : { state: 'loading' };
  useEffect(() => {
    let mounted = true;
    load().then(
      (value) => mounted && setOutcome({ load, attempt, loaded: { state: 'ready', value } }),
      (error: unknown) => mounted && setOutcome({ load, attempt, loaded: { state: 'failed', error } }),
    );
    return () => {
      mounted = false;
    };
  }, [load, attempt]);
  switch (loaded.state) {
    case 'loading':
      return (
        <Flex vertical align="center" justify="center" gap="middle" className="gate">
          <Spin />
          <Typography.Text type="secondary">{t(opening)}</Typography.Text>
        </Flex>
      );
    case 'failed':
      return (
        <Result
          status="error"
          title={t('app.openFailed', { message: describeError(loaded.error, coreLang(asUiLanguage(i18n.language))) })}
          extra={
            <Button type="primary" onClick={() => setAttempt(attempt + 1)}>
              {t('app.retry')}
            </Button>
          }
        />
      );
    case 'ready':
      return children(loaded.value);
  }
}

function WorkspaceGate({ backend }: { backend: AppBackend }) {
  useRememberedLanguage(backend.ctx);
  // Bumped when the wizard has created the workspace, so the workspace to open is looked up again.
  const [created, setCreated] = useState(0);
  const findHome = useCallback(() => backend.findHomeWorkspace(), [backend]);
  return (
    <Loading key={created} load={findHome} opening="app.opening">
      {(row) => (row ? <SessionGate backend={backend} initial={row.id} /> : <FirstRunWizard target={backend} onDone={() => setCreated((n) => n + 1)} />)}
    </Loading>
  );
}

function SessionGate({ backend, initial }: { backend: AppBackend; initial: number }) {
  const [workspaceId, setWorkspaceId] = useState(initial);
  const open = useCallback(() => backend.openSession(workspaceId), [backend, workspaceId]);
  return (
    <Loading load={open} opening="app.openingWorkspace">
      {(session) => <OpenSession session={session} backend={backend} onSwitch={setWorkspaceId} />}
    </Loading>
  );
}

function OpenSession({ session, backend, onSwitch }: { session: WorkspaceSession; backend: AppBackend; onSwitch(id: number): void }) {
  useEffect(() => () => session.close(), [session]);
  const value = useMemo<SessionContextValue>(
    () => ({
      session,
      storage: { persisted: backend.persisted, integrity: backend.integrity },
      switchWorkspace: async (kind: WorkspaceKind) => {
        const row = await backend.findWorkspace(kind);
        if (!row) throw new Error(`no ${kind} workspace`);
        onSwitch(row.id);
      },
      openWorkspace: async (id: number) => onSwitch(id),
      workspaces: () => backend.switchableWorkspaces(),
      setup: backend,
    }),
    [session, backend, onSwitch],
  );
  return (
    <SessionContext.Provider value={value}>
      <AppShell />
    </SessionContext.Provider>
  );
}
