// The save dialog offers the suggested file's own type, so the clerk's file keeps its extension.
import type { FileFilter } from 'electron';

export function saveDialogFilters(suggestedName: string): FileFilter[] {
  const dot = suggestedName.lastIndexOf('.');
  if (dot <= 0 || dot === suggestedName.length - 1) return [];
  const extension = suggestedName.slice(dot + 1);
  return [{ name: extension.toUpperCase(), extensions: [extension] }];
}
