// Asking before the import replaces the catalog: what will happen (N resources replaced by M, history kept, all
// or nothing), that errors do not block it, and the 变更说明 (reason, optional legal basis) every change needs.
import { Alert, Flex, Form, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChangeNote } from '../../core/model/change-note.ts';
import { changeNoteOf, type NoteForm } from '../change-note/change-note-form.ts';
import { ChangeNoteFields } from '../change-note/ChangeNoteFields.tsx';

export interface ConfirmImportDialogProps {
  open: boolean;
  fileName: string;
  current: number;
  incoming: number;
  items: number;
  errors: number;
  onCancel: () => void;
  onConfirm: (note: ChangeNote) => void;
}

export function ConfirmImportDialog({ open, fileName, current, incoming, items, errors, onCancel, onConfirm }: ConfirmImportDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NoteForm>();
  return (
    <Modal
      open={open}
      title={t('import.confirm.title', { file: fileName })}
      okText={t('import.confirm.ok')}
      cancelText={t('import.confirm.cancel')}
      onCancel={onCancel}
      onOk={() => void form.validateFields().then((values) => onConfirm(changeNoteOf(values)))}
      destroyOnHidden
      style={{ top: 24 }}
      width={720}
    >
      <Flex vertical gap="small">
        <Typography.Paragraph strong style={{ marginBottom: 0 }}>
          {current ? t('import.confirm.replace', { current, incoming, items }) : t('import.confirm.fill', { incoming, items })}
        </Typography.Paragraph>
        <Typography.Paragraph style={{ marginBottom: 0 }}>{t('import.confirm.history')}</Typography.Paragraph>
        <Typography.Paragraph style={{ marginBottom: 0 }}>{t('import.confirm.atomic')}</Typography.Paragraph>
        {errors > 0 && <Alert type="warning" showIcon title={t('import.confirm.errors', { count: errors })} />}
        <Form form={form} layout="vertical" initialValues={{ reason: t('import.confirm.defaultReason', { file: fileName }) }} style={{ marginTop: 8 }}>
          <ChangeNoteFields idPrefix="import-note" />
        </Form>
      </Flex>
    </Modal>
  );
}
