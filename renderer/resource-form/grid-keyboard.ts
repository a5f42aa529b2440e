// The item grid's keyboard, as a spreadsheet clerk expects it. The focused cell is either selected (arrows move,
// Delete clears, typing replaces the content) or being edited (arrows left/right move the caret). Tab and
// Shift+Tab go along the row and wrap to the next or previous row; Enter goes down and, on the last row, adds one —
// unless that row is still blank (pressing on would leave a trail of empty items that become findings).

export interface GridCursor {
  row: number;
  column: number;
}

export type GridMode = 'select' | 'edit';

export interface GridKey {
  key: string;
  shift?: boolean;
  /** Ctrl or Cmd. */
  ctrl?: boolean;
  alt?: boolean;
}

export type GridAction =
  /** Commit the cell being edited, then focus `to` (adding a row first when `addRow`). */
  | { kind: 'move'; to: GridCursor; addRow?: boolean }
  | { kind: 'clear' }
  | { kind: 'edit' }
  | { kind: 'cancel' }
  | { kind: 'toggle' };

export interface GridShape {
  rows: number;
  columns: number;
  /** The last row has nothing in it, counting the cell being typed in. */
  lastRowBlank?: boolean;
}

const at = (row: number, column: number): GridCursor => ({ row, column });

/**
 * What a key does in the grid; undefined leaves it to the browser (typing, caret keys while editing, Tab out of
 * the grid from its last cell, shortcuts with Ctrl or Alt).
 */
export function gridKeyAction(key: GridKey, cursor: GridCursor, mode: GridMode, shape: GridShape, isBoolean = false): GridAction | undefined {
  if (key.ctrl || key.alt) return undefined;
  const { row, column } = cursor;
  const lastRow = shape.rows - 1;
  const lastColumn = shape.columns - 1;
  const selecting = mode === 'select';
  switch (key.key) {
    case 'Tab':
      if (key.shift) {
        if (column > 0) return { kind: 'move', to: at(row, column - 1) };
        return row > 0 ? { kind: 'move', to: at(row - 1, lastColumn) } : undefined;
      }
      if (column < lastColumn) return { kind: 'move', to: at(row, column + 1) };
      return row < lastRow ? { kind: 'move', to: at(row + 1, 0) } : undefined;
    case 'Enter':
      if (key.shift) return { kind: 'move', to: at(Math.max(0, row - 1), column) };
      if (row < lastRow) return { kind: 'move', to: at(row + 1, column) };
      return shape.lastRowBlank ? { kind: 'move', to: at(row, column) } : { kind: 'move', to: at(row + 1, column), addRow: true };
    case 'ArrowDown':
      return { kind: 'move', to: at(Math.min(lastRow, row + 1), column) };
    case 'ArrowUp':
      return { kind: 'move', to: at(Math.max(0, row - 1), column) };
    case 'ArrowLeft':
      return selecting ? { kind: 'move', to: at(row, Math.max(0, column - 1)) } : undefined;
    case 'ArrowRight':
      return selecting ? { kind: 'move', to: at(row, Math.min(lastColumn, column + 1)) } : undefined;
    case 'Home':
      return selecting ? { kind: 'move', to: at(row, 0) } : undefined;
    case 'End':
      return selecting ? { kind: 'move', to: at(row, lastColumn) } : undefined;
    case 'Delete':
      return selecting ? { kind: 'clear' } : undefined;
    case 'F2':
      return selecting ? { kind: 'edit' } : undefined;
    case 'Escape':
      return selecting ? undefined : { kind: 'cancel' };
    case ' ':
      return selecting && isBoolean ? { kind: 'toggle' } : undefined;
    default:
      return undefined;
  }
}
