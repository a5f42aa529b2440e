// The 变更说明 every change carries, as fields of an antd form (read with changeNoteOf): the reason, required; the
// legal bases — picked from the department's basis library or typed and kept there — and the 变更之日, which the
// regulations ask for when a change follows a change in law or duties. The import confirmation and the bulk
// actions use it; the resource editor shows the same parts in its header. Laid out to fit a dialog at 1366×768.
import { Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { BasisListEditor } from '../resource-form/BasisListEditor.tsx';
import { useSession } from '../hooks/use-session.ts';
import { BasisChangedOnPicker } from './BasisChangedOnPicker.tsx';

export function ChangeNoteFields({ idPrefix }: { idPrefix: string }) {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <>
      <Form.Item name="reason" label={t('catalog.note.reason')} extra={t('catalog.note.help')} rules={[{ required: true, whitespace: true, message: t('catalog.note.required') }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} placeholder={t('catalog.note.placeholder')} maxLength={500} />
      </Form.Item>
      <Form.Item name="basis" label={t('catalog.note.basis')} tooltip={t('catalog.note.basisHelp')} initialValue={[]}>
        <BasisListEditor idPrefix={`${idPrefix}-basis`} ctx={session.ctx} profile={session.engine.profile} />
      </Form.Item>
      <Form.Item label={t('catalog.note.basisChangedOn')} htmlFor={`${idPrefix}-basis-changed-on`}>
        <Flex align="center" gap="middle">
          <Form.Item name="basisChangedOn" noStyle>
            <BasisChangedOnPicker id={`${idPrefix}-basis-changed-on`} />
          </Form.Item>
          <Typography.Text type="secondary">{t('catalog.note.basisChangedOnHelp')}</Typography.Text>
        </Flex>
      </Form.Item>
    </>
  );
}
