// The app: providers, the error boundary, then the first-run wizard or the shell, depending on whether the
// department workspace exists.
import { Button, Flex, Result, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FirstRunWizard } from '../first-run/FirstRunWizard.tsx';
import { createI18n } from '../i18n/i18n.ts';
import { asUiLanguage, coreLang } from '../i18n/language.ts';
import { AppProviders } from './AppProviders.tsx';
import { AppShell } from './AppShell.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { describeError, type WorkspaceSetup, type WorkspaceSetupTarget } from './workspace-setup.ts';

export function App({ setupTarget }: { setupTarget: WorkspaceSetupTarget }) {
  const [i18n] = useState(createI18n);
  return (
    <AppProviders i18n={i18n}>
      <ErrorBoundary>
        <WorkspaceGate target={setupTarget} />
      </ErrorBoundary>
    </AppProviders>
  );
}

type Gate = { state: 'opening' } | { state: 'failed'; error: unknown } | { state: 'ready'; workspace: WorkspaceSetup | undefined };

function WorkspaceGate({ target }: { target: WorkspaceSetupTarget }) {
  const { t, i18n } = useTranslation();
  const [gate, setGate] = useState<Gate>({ state: 'opening' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let mounted = true;
    target.currentWorkspace().then(
      (workspace) => mounted && setGate({ state: 'ready', workspace }),
      (error: unknown) => mounted && setGate({ state: 'failed', error }),
    );
    return () => {
      mounted = false;
    };
  }, [target, attempt]);

  switch (gate.state) {
    case 'opening':
      return (
        <Flex vertical align="center" justify="center" gap="middle" className="gate">
          <Spin />
          <Typography.Text type="secondary">{t('app.opening')}</Typography.Text>
        </Flex>
      );
    case 'failed':
      return (
        <Result
          status="error"
          title={t('app.openFailed', { message: describeError(gate.error, coreLang(asUiLanguage(i18n.language))) })}
          extra={
            <Button
              type="primary"
              onClick={() => {
                setGate({ state: 'opening' });
                setAttempt(attempt + 1);
              }}
            >
              {t('app.retry')}
            </Button>
          }
        />
      );
    case 'ready':
      return gate.workspace ? (
        <AppShell workspace={gate.workspace} />
      ) : (
        <FirstRunWizard target={target} onDone={(workspace) => setGate({ state: 'ready', workspace })} />
      );
  }
}
