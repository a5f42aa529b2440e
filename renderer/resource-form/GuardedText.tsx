// A text input of the form: shows every keystroke, but hands the text to the draft only when it is committed
// (never mid-composition of an input method), so findings and autosave see whole words.
import { Input } from 'antd';
import { useState } from 'react';
import { useCompositionGuard } from '../ui/composition-guard.ts';

export interface GuardedTextProps {
  id?: string;
  value: string | undefined;
  onCommit(text: string): void;
  multiline?: boolean;
  placeholder?: string;
  'aria-label'?: string;
  status?: 'error' | 'warning';
  maxLength?: number;
}

export function GuardedText({ value, onCommit, multiline = false, ...rest }: GuardedTextProps) {
  const [text, setText] = useState(value ?? '');
  const [shown, setShown] = useState(value);
  // The value changed from outside (undo, a paste elsewhere): show it.
  if (value !== shown) {
    setShown(value);
    setText(value ?? '');
  }
  const guard = useCompositionGuard(setText, (committed) => {
    setShown(committed);
    onCommit(committed);
  });
  return multiline ? <Input.TextArea {...rest} value={text} {...guard} autoSize={{ minRows: 2, maxRows: 6 }} /> : <Input {...rest} value={text} {...guard} />;
}
