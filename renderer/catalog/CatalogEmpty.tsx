// An empty catalog says how to start: one resource at a time, or an existing workbook through 导入.
import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../ui/navigation.ts';

export function CatalogEmpty({ onCreate }: { onCreate(): void }) {
  const { t } = useTranslation();
  const { goTo } = useNavigation();
  return (
    <Flex vertical align="center" justify="center" className="catalog-empty">
      <Empty
        description={
          <Flex vertical gap={4}>
            <Typography.Text strong>{t('catalog.empty.title')}</Typography.Text>
            <Typography.Text type="secondary">{t('catalog.empty.description')}</Typography.Text>
          </Flex>
        }
      >
        <Flex gap="small" justify="center">
          <Button type="primary" icon={<PlusOutlined />} onClick={onCreate}>
            {t('catalog.actions.create')}
          </Button>
          <Button icon={<ImportOutlined />} onClick={() => goTo('import')}>
            {t('catalog.empty.import')}
          </Button>
        </Flex>
      </Empty>
    </Flex>
  );
}
