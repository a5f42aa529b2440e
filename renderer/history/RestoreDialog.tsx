// 恢复此版本: the chosen version's content saved as a new version, with the 变更说明 the clerk confirms (the version
// it brings back is named in the reason to start with). Restoring a deleted resource puts it back in the catalog.
import { App, Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Resource } from '../../core/model/catalog.ts';
import { changeNoteOf, type NoteForm } from '../change-note/change-note-form.ts';
import { ChangeNoteFields } from '../change-note/ChangeNoteFields.tsx';
import { useSession } from '../hooks/use-session.ts';
import { asUiLanguage, coreLang } from '../i18n/language.ts';
import { describeError } from '../shared/describe-error.ts';

export function RestoreDialog({ resource, version, onDone, onClose }: { resource: Resource; version: number; onDone(): void; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const session = useSession();
  const [form] = Form.useForm<NoteForm>();
  const [busy, setBusy] = useState(false);
  const restore = async () => {
    const values = await form.validateFields();
    setBusy(true);
    try {
      const outcome = await session.save(resource, changeNoteOf(values));
      void message.success(outcome.saved ? t('history.restore.done', { version, newVersion: outcome.stamp.version }) : t('history.restore.same'));
      onDone();
    } catch (error) {
      void message.error(describeError(error, coreLang(asUiLanguage(i18n.language))));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={t('history.restore.title', { name: resource.name || resource.code || '', version })} okText={t('history.restore.ok')} confirmLoading={busy} onOk={() => void restore()} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ reason: t('history.restore.reason', { version }) }}>
        <ChangeNoteFields idPrefix="restore-note" />
      </Form>
    </Modal>
  );
}
