// 首页: the workspace, where its catalog stands (or what to do when it is empty), the deadlines it has to meet in
// working days, and the holiday calendar they are counted with.
import { Flex } from 'antd';
import { useState } from 'react';
import { useSessionState } from '../hooks/use-session.ts';
import { CalendarEditor } from './CalendarEditor.tsx';
import { CatalogOverviewPanel } from './CatalogOverviewPanel.tsx';
import { DeadlinesCard } from './DeadlinesCard.tsx';
import { EmptyCatalog } from './EmptyCatalog.tsx';
import { useDeadlines } from '../hooks/use-deadlines.ts';
import { useUserCalendar } from '../hooks/use-user-calendar.ts';
import { WorkspaceCard } from './WorkspaceCard.tsx';
import { BackupCard } from './BackupCard.tsx';
import { PersistenceNotice } from '../ui/StartupNotices.tsx';

export function HomeSection() {
  const { catalog } = useSessionState();
  const userCalendar = useUserCalendar();
  const deadlines = useDeadlines(userCalendar.calendar);
  const [editingCalendar, setEditingCalendar] = useState(false);
  return (
    <Flex vertical gap="middle">
      <PersistenceNotice />
      <WorkspaceCard />
      <BackupCard />
      {catalog.resources.length === 0 ? <EmptyCatalog /> : <CatalogOverviewPanel />}
      <DeadlinesCard deadlines={deadlines} onEditCalendar={() => setEditingCalendar(true)} />
      <CalendarEditor open={editingCalendar} onClose={() => setEditingCalendar(false)} calendar={userCalendar.calendar} onSave={userCalendar.save} />
    </Flex>
  );
}
