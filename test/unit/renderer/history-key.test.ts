// The undo and redo shortcuts: Ctrl+Z undoes; Ctrl+Y and Ctrl+Shift+Z redo; ⌘ counts as Ctrl; other keys and Alt do nothing.
import { describe, expect, it } from 'vitest';
import { historyKey } from '../../../renderer/shared/history-key.ts';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) =>
  historyKey({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('history keys', () => {
  it('reads Ctrl+Z as undo and Ctrl+Y or Ctrl+Shift+Z as redo', () => {
    expect(press('z', { ctrlKey: true })).toBe('undo');
    expect(press('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(press('y', { ctrlKey: true })).toBe('redo');
    expect(press('z', { metaKey: true })).toBe('undo');
  });

  it('ignores the same letters without Ctrl, with Alt, and Ctrl+Shift+Y', () => {
    expect(press('z')).toBeUndefined();
    expect(press('z', { ctrlKey: true, altKey: true })).toBeUndefined();
    expect(press('y', { ctrlKey: true, shiftKey: true })).toBeUndefined();
    expect(press('x', { ctrlKey: true })).toBeUndefined();
  });
});
