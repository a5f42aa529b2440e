import { describe, expect, it } from 'vitest';
import { gridKeyAction } from '../../../../renderer/resource-form/grid-keyboard.ts';

const shape = { rows: 3, columns: 4 };
const key = (k: string, mods: { shift?: boolean; ctrl?: boolean; alt?: boolean } = {}) => ({ key: k, ...mods });

describe('item grid keyboard', () => {
  it('moves along the row with Tab and Shift+Tab, wrapping between rows', () => {
    expect(gridKeyAction(key('Tab'), { row: 0, column: 1 }, 'edit', shape)).toEqual({ kind: 'move', to: { row: 0, column: 2 } });
    expect(gridKeyAction(key('Tab'), { row: 0, column: 3 }, 'select', shape)).toEqual({ kind: 'move', to: { row: 1, column: 0 } });
    expect(gridKeyAction(key('Tab', { shift: true }), { row: 1, column: 0 }, 'edit', shape)).toEqual({ kind: 'move', to: { row: 0, column: 3 } });
  });

  it('lets Tab leave the grid from its last cell and Shift+Tab from its first', () => {
    expect(gridKeyAction(key('Tab'), { row: 2, column: 3 }, 'edit', shape)).toBeUndefined();
    expect(gridKeyAction(key('Tab', { shift: true }), { row: 0, column: 0 }, 'edit', shape)).toBeUndefined();
  });

  it('goes down with Enter and adds a row at the end', () => {
    expect(gridKeyAction(key('Enter'), { row: 0, column: 2 }, 'edit', shape)).toEqual({ kind: 'move', to: { row: 1, column: 2 } });
    expect(gridKeyAction(key('Enter'), { row: 2, column: 2 }, 'edit', shape)).toEqual({ kind: 'move', to: { row: 3, column: 2 }, addRow: true });
    expect(gridKeyAction(key('Enter', { shift: true }), { row: 0, column: 2 }, 'edit', shape)).toEqual({ kind: 'move', to: { row: 0, column: 2 } });
  });

  it('adds no row with Enter on a last row that is still blank, counting what is being typed in it', () => {
    expect(gridKeyAction(key('Enter'), { row: 2, column: 2 }, 'select', { ...shape, lastRowBlank: true })).toEqual({ kind: 'move', to: { row: 2, column: 2 } });
    expect(gridKeyAction(key('Enter'), { row: 2, column: 2 }, 'edit', { ...shape, lastRowBlank: false })).toEqual({ kind: 'move', to: { row: 3, column: 2 }, addRow: true });
    // Above the last row, Enter goes down as always.
    expect(gridKeyAction(key('Enter'), { row: 1, column: 2 }, 'select', { ...shape, lastRowBlank: true })).toEqual({ kind: 'move', to: { row: 2, column: 2 } });
  });

  it('moves with the arrows when selected; left and right move the caret while editing', () => {
    expect(gridKeyAction(key('ArrowRight'), { row: 1, column: 1 }, 'select', shape)).toEqual({ kind: 'move', to: { row: 1, column: 2 } });
    expect(gridKeyAction(key('ArrowLeft'), { row: 1, column: 0 }, 'select', shape)).toEqual({ kind: 'move', to: { row: 1, column: 0 } });
    expect(gridKeyAction(key('ArrowRight'), { row: 1, column: 1 }, 'edit', shape)).toBeUndefined();
    expect(gridKeyAction(key('ArrowDown'), { row: 2, column: 1 }, 'edit', shape)).toEqual({ kind: 'move', to: { row: 2, column: 1 } });
    expect(gridKeyAction(key('ArrowUp'), { row: 2, column: 1 }, 'select', shape)).toEqual({ kind: 'move', to: { row: 1, column: 1 } });
  });

  it('clears with Delete, edits with F2, cancels with Escape, toggles yes/no with Space', () => {
    const at = { row: 1, column: 1 };
    expect(gridKeyAction(key('Delete'), at, 'select', shape)).toEqual({ kind: 'clear' });
    expect(gridKeyAction(key('Delete'), at, 'edit', shape)).toBeUndefined();
    expect(gridKeyAction(key('F2'), at, 'select', shape)).toEqual({ kind: 'edit' });
    expect(gridKeyAction(key('Escape'), at, 'edit', shape)).toEqual({ kind: 'cancel' });
    expect(gridKeyAction(key('Escape'), at, 'select', shape)).toBeUndefined();
    expect(gridKeyAction(key(' '), at, 'select', shape, true)).toEqual({ kind: 'toggle' });
    expect(gridKeyAction(key(' '), at, 'select', shape, false)).toBeUndefined();
  });

  it('leaves typing and shortcuts to the browser', () => {
    const at = { row: 0, column: 0 };
    expect(gridKeyAction(key('a'), at, 'select', shape)).toBeUndefined();
    expect(gridKeyAction(key('v', { ctrl: true }), at, 'select', shape)).toBeUndefined();
    expect(gridKeyAction(key('Enter', { alt: true }), at, 'edit', shape)).toBeUndefined();
  });
});
