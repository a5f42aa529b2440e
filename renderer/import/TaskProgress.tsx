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
  cancelLabel: string;
  onCancel: () => void;
}

export function TaskProgress({ title, fraction, status, help, cancelLabel, onCancel }: TaskProgressProps) {
  return (
    <Card title={title}>
      <Flex vertical gap="small" className="task-progress">
        <Typography.Text>{status}</Typography.Text>
        <Progress percent={Math.floor(fraction * 100)} status="active" />
        <Flex justify="space-between" align="center" gap="middle">
          <Typography.Text type="secondary">{help}</Typography.Text>
          <Button danger onClick={onCancel}>
            {cancelLabel}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
