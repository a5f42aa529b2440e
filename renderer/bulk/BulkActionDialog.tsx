// The frame of a bulk action on the selected resources: the action's own fields, the 变更说明 every change must
// carry, then the whole action as one storage transaction (each resource still gets its own version and history
// entry): it is saved all together or, on a failure, not at all, and one undo takes it back.
import { Alert, Flex, Form, Modal, Spin, Typography, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeNote } from '../../core/model/change-note.ts';
import { describeError } from '../shared/describe-error.ts';
import { changeNoteOf, type NoteForm } from '../change-note/change-note-form.ts';
import { ChangeNoteFields } from '../change-note/ChangeNoteFields.tsx';
import { asUiLanguage, coreLang } from '../i18n/language.ts';

/** What the action will do once its fields are valid: how many resources it changes and the call that does it, or a
 * reason there is nothing to do. */
export type BulkPlan = { count: number; run(): Promise<unknown> } | { nothing: string };

interface Props<V> {
  title: string;
  okText: string;
  danger?: boolean;
  /** Shown above the fields. */
  intro?: ReactNode;
  form: FormInstance<V & NoteForm>;
  children?: ReactNode;
  plan(values: V, note: ChangeNote): BulkPlan;
  /** The action is saved (`count` resources); the dialog closes itself. */
  onFinished(count: number): void;
  onClose(): void;
}

export function BulkActionDialog<V>({ title, okText, danger, intro, form, children, plan, onFinished, onClose }: Props<V>) {
  const { t, i18n } = useTranslation();
  const [running, setRunning] = useState<number>();
  const [problem, setProblem] = useState<string>();

  const start = async () => {
    const values = await form.validateFields();
    setProblem(undefined);
    const planned = plan(values, changeNoteOf(values));
    if ('nothing' in planned) {
      setProblem(planned.nothing);
      return;
    }
    setRunning(planned.count);
    try {
      await planned.run();
    } catch (error) {
      setProblem(t('catalog.bulk.failed', { message: describeError(error, coreLang(asUiLanguage(i18n.language))) }));
      return;
    } finally {
      setRunning(undefined);
    }
    onFinished(planned.count);
    onClose();
  };

  return (
    <Modal
      open
      title={title}
      okText={okText}
      okButtonProps={{ danger, loading: running !== undefined }}
      onOk={() => void start().catch(() => undefined)}
      cancelButtonProps={{ disabled: running !== undefined }}
      onCancel={() => running === undefined && onClose()}
      maskClosable={false}
      closable={running === undefined}
      destroyOnHidden
      style={{ top: 24 }}
      width={720}
    >
      {intro}
      <Form form={form} layout="vertical" disabled={running !== undefined} className="catalog-bulk-form">
        {children}
        <ChangeNoteFields idPrefix="bulk-note" />
      </Form>
      {running !== undefined && (
        <Flex gap="small" align="center">
          <Spin size="small" />
          <Typography.Text type="secondary">{t('catalog.bulk.running', { count: running })}</Typography.Text>
        </Flex>
      )}
      {problem && <Alert type="warning" showIcon title={problem} />}
    </Modal>
  );
}
