// The resource form (目录编制): one resource's fields, its data items and its live findings, autosaved.
// Still to be built; 目录编制's table opens it with these props.
import { Empty } from 'antd';

export interface ResourceEditorProps {
  /** The resource to edit; undefined starts a new one. */
  resourceId: string | undefined;
  /** A field path inside the resource to bring into view and focus, e.g. items[3].dataType. */
  focusPath?: string;
  /** Called with the id once a new resource has been saved, so the table can select it. */
  onSaved?(resourceId: string): void;
  onClose(): void;
}

export function ResourceEditor(props: ResourceEditorProps) {
  void props;
  return <Empty />;
}
