// 删除 of the selected resources: the dialog is the confirmation; a 变更说明 is required, since a withdrawn
// resource is reported to the platform with its reason.
import { Alert, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Resource } from '../../core/model/catalog.ts';
import { useSession } from '../hooks/use-session.ts';
import type { NoteForm } from '../change-note/change-note-form.ts';
import { BulkActionDialog } from '../bulk/BulkActionDialog.tsx';

export function DeleteDialog({ resources, onFinished, onClose }: { resources: readonly Resource[]; onFinished(count: number): void; onClose(): void }) {
  const { t } = useTranslation();
  const session = useSession();
  const [form] = Form.useForm<NoteForm>();
  const first = resources[0];
  return (
    <BulkActionDialog<object>
      title={resources.length === 1 && first ? t('catalog.delete.titleOne', { name: first.name || first.code || '' }) : t('catalog.delete.title', { count: resources.length })}
      okText={t('catalog.delete.ok')}
      danger
      intro={<Alert className="catalog-delete-warning" type="warning" showIcon title={t('catalog.delete.warning')} />}
      form={form}
      plan={(_, note) => ({ count: resources.length, run: () => session.removeMany(resources.map((r) => r.id), note) })}
      onFinished={onFinished}
      onClose={onClose}
    />
  );
}
