// The files the 导入 section reads and writes. The clerk may pick an .xls, .et or .csv too: core refuses those with
// a Chinese message that says to save as .xlsx, which helps more than a dialog that hides them.
import { CATALOG_FORMAT, CATALOG_FORMAT_VERSION, type Catalog } from '../../core/model/catalog.ts';
import { loadProfile } from '../../core/profiles/profile.ts';
import { exportWorkbook } from '../../core/workbook/export-workbook.ts';
import type { WorkspaceRow } from '../services/stored-types.ts';

export const WORKBOOK_EXTENSIONS = ['xlsx', 'xls', 'et', 'csv'] as const;

/** 县目录.xlsx → 县目录-校验标注.xlsx; the original keeps its name and is never written. */
export function annotatedFileName(original: string): string {
  const base = original.replace(/\.[^./\\]*$/u, '') || original;
  return `${base}-校验标注.xlsx`;
}

/**
 * Mulu's blank template for the workspace: the export of an empty catalog with the workspace's department and
 * profile, as `mulu template` writes it, so template and export never drift apart.
 */
export function emptyTemplate(workspace: Pick<WorkspaceRow, 'department' | 'profileId'>): Uint8Array {
  const catalog: Catalog = { format: CATALOG_FORMAT, version: CATALOG_FORMAT_VERSION, profile: workspace.profileId, department: workspace.department, resources: [] };
  return exportWorkbook(catalog, { profile: loadProfile(workspace.profileId) });
}
