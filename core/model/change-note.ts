// The 变更说明 given with an edit: why a resource was added, changed or withdrawn, and on what legal basis. Kept
// with each version in the app's storage, read from a change-notes file by the CLI, and carried by a package's
// change list; so it lives with the model, which every one of those may import.
import type { Basis } from './catalog.ts';

export interface ChangeNote {
  /** May be blank in the file; a blank reason counts as none (the packer lists the resource as missing one). */
  reason: string;
  basis: Basis[];
  /**
   * 变更之日 (ISO date): the day the law or the department's duties changed, from which the regulation's update
   * deadline runs (Anhui Art. 15). Kept with each version in the app for its deadlines, and carried by a
   * change-notes file (version 2) and a package's change list so the receiver can check timeliness.
   */
  basisChangedOn?: string;
}
