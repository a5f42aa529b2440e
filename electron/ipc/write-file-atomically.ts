// A saved package or workbook is either the old file or the complete new one, never half written, and is on the disk
// (not only in its cache) when the save reports success: a clerk may pull the USB stick right after. The write is
// core's, over Node's own file functions.
import * as fs from 'node:fs/promises';
import { writeFileAtomic } from '../../core/files/atomic-write.ts';

export function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  return writeFileAtomic(fs, path, bytes, { mode: 0o666, overwrite: true }); // the mode writeFile used; umask applies
}
