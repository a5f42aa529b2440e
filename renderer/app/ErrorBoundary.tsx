// A render error anywhere below shows a plain Chinese explanation and a reload button instead of a blank window.
// React logs the error itself to the console.
import { Button, Result, Typography } from 'antd';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface State {
  error?: Error;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    return this.state.error ? <CrashNotice error={this.state.error} /> : this.props.children;
  }
}

function CrashNotice({ error }: { error: Error }) {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('crash.title')}
      subTitle={t('crash.description')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('crash.reload')}
        </Button>
      }
    >
      <Typography.Paragraph>
        <Typography.Text strong>{t('crash.details')}</Typography.Text>
        <Typography.Text code copyable>
          {error.message}
        </Typography.Text>
      </Typography.Paragraph>
    </Result>
  );
}
