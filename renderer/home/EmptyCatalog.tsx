// An empty catalog says what to do next: import a workbook, write the first resource, or practise in 培训模式.
import { EditOutlined, ExperimentOutlined, ImportOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../ui/navigation.ts';
import { useSessionState } from '../hooks/use-session.ts';
import { useTraining } from '../hooks/use-training.ts';

export function EmptyCatalog() {
  const { t } = useTranslation();
  const { goTo } = useNavigation();
  const { workspace } = useSessionState();
  const training = useTraining();
  return (
    <Card size="small" title={t('home.overviewTitle')}>
      <Empty description={t('home.empty.description')}>
        <Flex gap="middle" justify="center" wrap>
          <Button type="primary" icon={<ImportOutlined />} onClick={() => goTo('import')}>
            {t('home.empty.import')}
          </Button>
          <Button icon={<EditOutlined />} onClick={() => goTo('catalog')}>
            {t('home.empty.create')}
          </Button>
          {workspace.kind === 'department' && (
            <Button icon={<ExperimentOutlined />} loading={training.busy} onClick={() => void training.enter()}>
              {t('home.empty.training')}
            </Button>
          )}
        </Flex>
      </Empty>
    </Card>
  );
}
