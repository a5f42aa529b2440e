// The header's 工作区 menu: the department and county workspaces stored on this computer, to switch between, and
// 新建工作区 (the first-run wizard's steps in a dialog). Neither touches the workspace left: it stays stored as it
// is and can be opened again from the same menu.
import { CheckOutlined, DownOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Dropdown, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WorkspaceWizard } from '../first-run/WorkspaceWizard.tsx';
import { useSessionContext, useSessionSelector } from '../hooks/use-session.ts';
import { asUiLanguage, coreLang } from '../i18n/language.ts';
import type { WorkspaceRow } from '../services/stored-types.ts';
import { describeError } from '../shared/describe-error.ts';

const NEW = 'new';

export function WorkspaceMenu() {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const context = useSessionContext();
  const currentId = useSessionSelector((s) => s.workspace.id);
  const currentName = useSessionSelector((s) => s.workspace.department.name);
  const [rows, setRows] = useState<readonly WorkspaceRow[]>([]);
  const [creating, setCreating] = useState(false);

  const failed = (error: unknown) => void message.error(t('workspaces.switchFailed', { message: describeError(error, coreLang(asUiLanguage(i18n.language))) }));
  const open = (id: number) => context.openWorkspace(id).catch(failed);

  return (
    <>
      <Dropdown
        trigger={['click']}
        onOpenChange={(visible) => {
          if (visible) context.workspaces().then(setRows, failed);
        }}
        menu={{
          items: [
            ...rows.map((row) => ({
              key: String(row.id),
              icon: row.id === currentId ? <CheckOutlined /> : <span className="workspace-menu-spacer" />,
              label: `${t(`wizard.kinds.${row.kind === 'county' ? 'county' : 'department'}`)} · ${row.department.name}`,
            })),
            ...(rows.length ? [{ type: 'divider' as const }] : []),
            { key: NEW, icon: <PlusOutlined />, label: t('workspaces.new') },
          ],
          onClick: ({ key }) => {
            if (key === NEW) setCreating(true);
            else if (Number(key) !== currentId) void open(Number(key));
          },
        }}
      >
        <Button size="small">
          {t('workspaces.menu')} <DownOutlined />
        </Button>
      </Dropdown>
      {creating && (
        <Modal open footer={null} closable={false} width={808} onCancel={() => setCreating(false)} className="workspace-wizard-dialog">
          <Alert type="info" showIcon className="workspace-wizard-keeps" title={t('workspaces.keeps', { name: currentName })} />
          <WorkspaceWizard
            target={context.setup}
            purpose="new"
            onCancel={() => setCreating(false)}
            onDone={(id) => {
              setCreating(false);
              void open(id);
            }}
          />
        </Modal>
      )}
    </>
  );
}
