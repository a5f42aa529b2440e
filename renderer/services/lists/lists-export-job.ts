// The lists as one workbook (a sheet per list the profile asks for, core's writeListSheets), made in a worker
// (lists-export.worker.ts): a county catalog takes seconds, which the UI thread must not spend.
import type { Catalog } from '../../../core/model/catalog.ts';
import { writeListSheets } from '../../../core/lists/export-lists-workbook.ts';
import { loadProfile } from '../../../core/profiles/profile.ts';
import { createWorkbookWriter } from '../../../core/workbook/export-workbook.ts';
import { concatBytes } from '@noble/hashes/utils.js';
import type { WorkerJobTypes } from '../workers/worker-job.ts';

export interface ListsExportRequest {
  catalog: Catalog;
  profileId: string;
}

/** Progress: the fraction of lists written. */
export type ListsExportJob = WorkerJobTypes<ListsExportRequest, number, Uint8Array<ArrayBuffer>>;

export function listsWorkbookBytes({ catalog, profileId }: ListsExportRequest, progress: (fraction: number) => void = () => undefined): Uint8Array<ArrayBuffer> {
  const chunks: Uint8Array[] = [];
  const writer = createWorkbookWriter((chunk) => void chunks.push(chunk));
  writeListSheets(writer, catalog, { profile: loadProfile(profileId), onProgress: progress });
  writer.finish();
  // concatBytes allocates exactly the file's size, so moving the whole buffer back moves only the file.
  return concatBytes(...chunks) as Uint8Array<ArrayBuffer>;
}
