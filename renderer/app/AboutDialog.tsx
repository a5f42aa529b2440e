// 关于: what this copy of Mulu is (version, build day), its own licence, and the third-party notices the build ships
// beside index.html (third-party-notices.txt), loaded from there rather than bundled so the dialog and the file a
// reviewer opens in the install folder can never differ.
import { Alert, Button, Descriptions, Modal, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILD_INFO, LICENCE_URL, NOTICES_URL } from './build-info.ts';

type Loaded = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; text: string };

function useShippedText(url: string): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    let mounted = true;
    fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
        return response.text();
      })
      .then(
        (text) => mounted && setLoaded({ state: 'ready', text }),
        (error: unknown) => mounted && setLoaded({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      mounted = false;
    };
  }, [url]);
  return loaded;
}

function ShippedText({ url, className, label }: { url: string; className: string; label: string }) {
  const { t } = useTranslation();
  const loaded = useShippedText(url);
  if (loaded.state === 'loading') return <Spin />;
  if (loaded.state === 'failed') return <Alert type="warning" showIcon title={t('about.unavailable', { file: url.replace('./', ''), message: loaded.message })} />;
  return (
    <pre className={className} tabIndex={0} aria-label={label}>
      {loaded.text}
    </pre>
  );
}

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t('about.title')}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('about.close')}</Button>}
      destroyOnHidden
      style={{ top: 24 }}
      width={860}
      className="about-dialog"
    >
      <Descriptions
        size="small"
        column={2}
        items={[
          { key: 'product', label: t('about.product'), children: t('app.name') },
          { key: 'version', label: t('about.version'), children: <span className="about-version">{BUILD_INFO.version}</span> },
          { key: 'built', label: t('about.buildDate'), children: BUILD_INFO.buildDate || t('about.unknown') },
          { key: 'licence', label: t('about.licence'), children: t('about.ownLicence', { id: BUILD_INFO.licence }) },
        ]}
      />
      <Typography.Title level={5} className="about-heading">
        {t('about.licenceText')}
      </Typography.Title>
      <ShippedText url={LICENCE_URL} className="about-licence" label={t('about.licenceText')} />
      <Typography.Title level={5} className="about-heading">
        {t('about.notices')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('about.noticesIntro')}</Typography.Paragraph>
      <ShippedText url={NOTICES_URL} className="about-notices" label={t('about.notices')} />
    </Modal>
  );
}
