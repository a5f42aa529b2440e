// The frame of a bulk action on the selected resources: the action's own fields, the 变更说明 every change must
// carry, then one edit after another with a progress bar, cancellable between two edits. Each edit is stored on
// its own (own version, own history entry), so a stop half-way leaves every finished edit saved.
import { Alert, Form, Modal, Progress, Typography, type FormInstance } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeNote } from '../../core/model/change-note.ts';
import { describeError } from '../shared/describe-error.ts';
import { changeNoteOf, type NoteForm } from '../change-note/change-note-form.ts';
import { ChangeNoteFields } from '../change-note/ChangeNoteFields.tsx';
import { asUiLanguage, coreLang } from '../i18n/language.ts';
import { runEach, type RunEachResult } from './run-each.ts';

/** What the action will do once its fields are valid: edits to run, or a reason there is nothing to do. */
export type BulkPlan = { steps: readonly (() => Promise<unknown>)[] } | { nothing: string };

interface Props<V> {
  title: string;
  okText: string;
  danger?: boolean;
  /** Shown above the fields. */
  intro?: ReactNode;
  form: FormInstance<V & NoteForm>;
  children?: ReactNode;
  plan(values: V, note: ChangeNote): BulkPlan;
  /** The finished run (done > 0 or not); the dialog closes itself after a run with no error. */
  onFinished(result: RunEachResult): void;
  onClose(): void;
}

interface Running {
  done: number;
  total: number;
}

export function BulkActionDialog<V>({ title, okText, danger, intro, form, children, plan, onFinished, onClose }: Props<V>) {
  const { t, i18n } = useTranslation();
  const [running, setRunning] = useState<Running>();
  const [problem, setProblem] = useState<string>();
  const abort = useRef<AbortController | undefined>(undefined);

  const start = async () => {
    const values = await form.validateFields();
    setProblem(undefined);
    const planned = plan(values, changeNoteOf(values));
    if ('nothing' in planned) {
      setProblem(planned.nothing);
      return;
    }
    abort.current = new AbortController();
    setRunning({ done: 0, total: planned.steps.length });
    const result = await runEach(planned.steps, (step) => step(), (done) => setRunning({ done, total: planned.steps.length }), abort.current.signal);
    setRunning(undefined);
    onFinished(result);
    if (result.error === undefined) onClose();
    else setProblem(t('catalog.bulk.failed', { done: result.done, message: describeError(result.error, coreLang(asUiLanguage(i18n.language))) }));
  };

  return (
    <Modal
      open
      title={title}
      okText={okText}
      okButtonProps={{ danger, loading: running !== undefined }}
      onOk={() => void start().catch(() => undefined)}
      cancelText={running ? t('catalog.bulk.stop') : undefined}
      onCancel={() => (running ? abort.current?.abort() : onClose())}
      maskClosable={false}
      closable={!running}
      destroyOnHidden
      style={{ top: 24 }}
      width={720}
    >
      {intro}
      <Form form={form} layout="vertical" disabled={running !== undefined} className="catalog-bulk-form">
        {children}
        <ChangeNoteFields idPrefix="bulk-note" />
      </Form>
      {running && (
        <>
          <Progress percent={Math.floor((running.done / running.total) * 100)} />
          <Typography.Text type="secondary">{t('catalog.bulk.progress', { done: running.done, total: running.total })}</Typography.Text>
        </>
      )}
      {problem && <Alert type="warning" showIcon title={problem} />}
    </Modal>
  );
}
