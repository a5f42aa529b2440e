// The "已保存 hh:mm" slot in the header. Whatever saves (the wizard now, storage's autosave later) calls markSaved;
// until something is saved in this session the slot stays empty rather than claim anything.
import { CheckCircleOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSavedTime } from './save-status.ts';

interface SaveStatus {
  savedAt: Date | undefined;
  markSaved(at: Date): void;
}

const SaveStatusContext = createContext<SaveStatus | undefined>(undefined);

export function SaveStatusProvider({ children }: { children: ReactNode }) {
  const [savedAt, setSavedAt] = useState<Date>();
  const value = useMemo<SaveStatus>(() => ({ savedAt, markSaved: (at) => setSavedAt(at) }), [savedAt]);
  return <SaveStatusContext.Provider value={value}>{children}</SaveStatusContext.Provider>;
}

export function useSaveStatus(): SaveStatus {
  const status = useContext(SaveStatusContext);
  if (!status) throw new Error('useSaveStatus must be used inside SaveStatusProvider');
  return status;
}

export function SavedIndicator() {
  const { t } = useTranslation();
  const { savedAt } = useSaveStatus();
  if (!savedAt) return null;
  return (
    <Typography.Text type="secondary" role="status">
      <CheckCircleOutlined /> {t('header.saved', { time: formatSavedTime(savedAt) })}
    </Typography.Text>
  );
}
