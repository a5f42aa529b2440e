// Test page for the resource form until 目录编制's table hosts it: the app's providers over a real Dexie session
// (a 泗县 department workspace, created on first load), and ResourceEditor in a side panel as the table will open
// it. ?id= opens a stored resource (a new one's id is put there once it is saved, so a reload reopens it).
// window.resourceFormTest lets the test store a resource with many items directly.
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { DataItem } from '../../../core/model/catalog.ts';
import { AppProviders } from '../../../renderer/app/AppProviders.tsx';
import { ErrorBoundary } from '../../../renderer/app/ErrorBoundary.tsx';
import { createI18n } from '../../../renderer/i18n/i18n.ts';
import { ResourceEditor } from '../../../renderer/resource-form/ResourceEditor.tsx';
import { openAppBackend } from '../../../renderer/services/session/app-backend.ts';
import { SessionContext } from '../../../renderer/hooks/use-session.ts';
import type { WorkspaceSession } from '../../../renderer/services/session/workspace-session.ts';
import type { ResourceFormTestApi } from './resource-form-page-api.ts';

// 部门编号 007, assigned by the county: new resources start under 3·07·034·341324·007 (docs/code-scheme.md).
const DEPARTMENT = { name: '泗县农业农村局', uscc: '11341324003000120Y', divisionCode: '341324', number: '007' };

const backend = await openAppBackend();

async function openSession(): Promise<WorkspaceSession> {
  let row = await backend.findWorkspace('department');
  if (!row) {
    await backend.createWorkspace({ department: DEPARTMENT, profileId: 'sixian', operatorName: '王芳' });
    row = await backend.findWorkspace('department');
  }
  const session = await backend.openSession(row!.id);
  await session.whenReady();
  return session;
}

function Host() {
  const params = new URLSearchParams(location.search);
  const [resourceId, setResourceId] = useState(params.get('id') ?? undefined);
  const [open, setOpen] = useState(true);
  if (!open) return createElement('p', { className: 'closed' }, '表单已关闭');
  return createElement(
    'aside',
    { className: 'form-panel' },
    createElement(ResourceEditor, {
      resourceId,
      focusPath: params.get('focus') ?? undefined,
      onSaved: (id: string) => {
        setResourceId(id);
        history.replaceState(null, '', `?id=${encodeURIComponent(id)}`);
      },
      onClose: () => setOpen(false),
    }),
  );
}

const session = await openSession();
const api: ResourceFormTestApi = {
  async storeResourceWithItems(count) {
    const id = crypto.randomUUID();
    const items: DataItem[] = Array.from({ length: count }, (_, i) => ({ name: `信息项${i + 1}`, fieldName: `FIELD_${i + 1}`, dataType: 'C', length: 50 }));
    await session.save({ id, name: `大型资源（${count} 个信息项）`, items }, { reason: '测试数据', basis: [] });
    return id;
  },
  pasteIntoFocused(text) {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', text);
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  },
  focusedLabel: () => document.activeElement?.getAttribute('aria-label') ?? null,
};
(window as unknown as { resourceFormTest: ResourceFormTestApi }).resourceFormTest = api;

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  createElement(AppProviders, {
    i18n: createI18n(),
    children: createElement(
      ErrorBoundary,
      null,
      createElement(SessionContext.Provider, { value: { session, storage: backend, switchWorkspace: async () => undefined, openWorkspace: async () => undefined, workspaces: async () => [], setup: backend } }, createElement(Host)),
    ),
  }),
);
