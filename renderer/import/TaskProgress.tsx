// A long task of the 导入 section as the clerk sees it: what is happening, a progress bar, and a button that
// stops it at once.
import { Button, Card, Flex, Progress, Typography } from 'antd';

export interface TaskProgressProps {
  title: string;
  /** 0–1. */
  fraction: number;
  /** What is being done right now (the sheet being read, the rows written). */
  status: string;
  help: string;
  /** Absent once the task can no longer be stopped (then there is no button to press in vain). */
  cancel?: { label: string; onCancel: () => void } | undefined;
}

export function TaskProgress({ title, fraction, status, help, cancel }: TaskProgressProps) {
  return (
    <Card title={title}>
      <Flex vertical gap="small" className="task-progress">
        <Typography.Text>{status}</Typography.Text>
        <Progress percent={Math.floor(fraction * 100)} status="active" />
        <Flex justify="space-between" align="center" gap="middle">
          <Typography.Text type="secondary">{help}</Typography.Text>
          {cancel && (
            <Button danger onClick={cancel.onCancel}>
              {cancel.label}
            </Button>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
