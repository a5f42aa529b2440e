// The registration form's download: the file name (the unit, then the form) and its bytes, from the open catalog
// under the workspace's profile. The rows come from core, as for `mulu registration`.
import type { Catalog } from '../../../core/model/catalog.ts';
import { loadProfile } from '../../../core/profiles/profile.ts';
import { registrationWorkbook } from '../../../core/workbook/registration-workbook.ts';

export function registrationFormFileName(departmentName: string): string {
  // Characters Windows refuses in a file name would make the save dialog fail.
  const unit = departmentName.replace(/[\\/:*?"<>|]/gu, '').trim() || '本单位';
  return `${unit}-公共数据资源登记表.xlsx`;
}

export function registrationFormBytes(catalog: Catalog, profileId: string): Uint8Array {
  return registrationWorkbook(catalog, { profile: loadProfile(profileId) });
}
