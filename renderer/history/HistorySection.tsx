// 变更记录: every version of a resource with who, when and the 变更说明, two versions compared field by field and
// any one restored as a new version; the deleted resources, found and restored; the workspace's audit log, filtered,
// with its hash chain verified.
import { Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditLog } from './AuditLog.tsx';
import { DeletedResources } from './DeletedResources.tsx';
import { ResourceHistory } from './ResourceHistory.tsx';
import './history.css';

type Tab = 'versions' | 'deleted' | 'audit';

export function HistorySection() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('versions');
  const [resourceId, setResourceId] = useState<string | undefined>();
  const showVersions = (id: string) => {
    setResourceId(id);
    setTab('versions');
  };
  return (
    <div className="history-section">
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key === 'deleted' || key === 'audit' ? key : 'versions')}
        items={[
          { key: 'versions', label: t('history.tabs.versions'), children: <ResourceHistory resourceId={resourceId} onPick={setResourceId} /> },
          { key: 'deleted', label: t('history.tabs.deleted'), children: <DeletedResources onShowVersions={showVersions} /> },
          { key: 'audit', label: t('history.tabs.audit'), children: <AuditLog /> },
        ]}
      />
    </div>
  );
}
