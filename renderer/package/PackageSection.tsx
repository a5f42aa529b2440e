// 打包上报: make a signed package of the catalog (MakePackageCard) and follow the packages sent and their receipts
// (SentPackages). In the training workspace every package is a watermarked training package, and the screen says so.
import { SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../ui/navigation.ts';
import { describeError } from '../shared/describe-error.ts';
import { asUiLanguage, coreLang } from '../i18n/language.ts';
import { useSigningKey } from '../hooks/use-signing-key.ts';
import { useSessionState } from '../hooks/use-session.ts';
import { MakePackageCard } from './MakePackageCard.tsx';
import { RegistrationFormCard } from './RegistrationFormCard.tsx';
import { SentPackages } from './SentPackages.tsx';
import { usePackages } from '../hooks/use-packages.ts';
import './package.css';

export function PackageSection() {
  const { t, i18n } = useTranslation();
  const { workspace, catalog } = useSessionState();
  const navigation = useNavigation();
  const key = useSigningKey();
  const packages = usePackages();
  const training = workspace.kind === 'training';

  let make;
  if (key.state.status !== 'ready' || packages.state.status !== 'ready') make = null;
  else if (!key.state.value) {
    make = (
      <Alert
        type="warning"
        showIcon
        title={t('package.noKey')}
        description={t('package.noKeyHint')}
        action={
          <Button type="primary" onClick={() => navigation.goTo('keys')}>
            {t('package.goKeys')}
          </Button>
        }
      />
    );
  } else if (catalog.resources.length === 0) {
    make = (
      <Card>
        <Empty description={`${t('package.emptyCatalog')}${t('package.emptyCatalogHint')}`}>
          <Button type="primary" onClick={() => navigation.goTo('catalog')}>
            {t('package.goCatalog')}
          </Button>
        </Empty>
      </Card>
    );
  } else {
    make = <MakePackageCard signingKey={key.state.value} packages={packages.state.value.packages} onRecorded={packages.reload} />;
  }

  const failed = key.state.status === 'failed' ? key.state.error : packages.state.status === 'failed' ? packages.state.error : undefined;
  return (
    <Flex vertical gap="middle" className="package-section">
      <Typography.Title level={4} className="section-title">
        <SendOutlined /> {t('package.title')}
      </Typography.Title>
      {training && <Alert type="warning" showIcon className="training-package-note" title={t('package.training')} />}
      {failed !== undefined && <Alert type="error" showIcon title={describeError(failed, coreLang(asUiLanguage(i18n.language)))} />}
      {(key.state.status === 'loading' || packages.state.status === 'loading') && <Spin />}
      {make}
      {packages.state.status === 'ready' && <SentPackages view={packages.state.value} onChanged={packages.reload} />}
      {catalog.resources.length > 0 && <RegistrationFormCard />}
    </Flex>
  );
}
