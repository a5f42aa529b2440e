// The resource form in a drawer over the section that opened it (目录编制's list, 校验's report), so closing it
// leaves that section exactly as it was. It covers the whole content area beside the side bar — the item grid needs
// the width at 1366×768 — and can be dragged narrower to see the list; the width chosen lasts for the session.
// Esc closes it, unless a popup in the form is open: then that closes first (ResourceEditor keeps the key to itself).
import { Drawer } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ResourceEditor, type NextFinding } from './ResourceEditor.tsx';

/** What to open: a resource (undefined: a new one), the field to focus, and a fresh form per opening. */
export interface EditorRequest {
  resourceId: string | undefined;
  focusPath?: string;
  /** A new resource once it has been saved (the form keeps going on it). */
  savedId?: string;
  opening: number;
}

const SIDE_BAR = 184;
const MIN_WIDTH = 640;
let chosenWidth: number | undefined;

export function EditorDrawer({ request, onSaved, onClose, next }: { request: EditorRequest | undefined; onSaved?(resourceId: string): void; onClose(): void; next?: NextFinding }) {
  const { t } = useTranslation();
  const [width, setWidth] = useState(() => chosenWidth ?? Math.max(MIN_WIDTH, window.innerWidth - SIDE_BAR));
  return (
    <Drawer
      open={request !== undefined}
      size={width}
      resizable={{
        onResize: (size) => {
          const kept = Math.max(MIN_WIDTH, size);
          chosenWidth = kept;
          setWidth(kept);
        },
      }}
      title={request?.resourceId ?? request?.savedId ? t('catalog.editor.edit') : t('catalog.editor.create')}
      // The form's own header has the close button: one × only.
      closable={false}
      onClose={onClose}
      destroyOnHidden
    >
      {request && (
        <ResourceEditor
          key={request.opening}
          resourceId={request.resourceId}
          focusPath={request.focusPath}
          {...(onSaved ? { onSaved } : {})}
          {...(next ? { next } : {})}
          onClose={onClose}
        />
      )}
    </Drawer>
  );
}
