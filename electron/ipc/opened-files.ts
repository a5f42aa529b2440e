// Files the clerk opened through the app's open dialog in this session, by identity: a save dialog must not write
// over one of them (an annotated copy saved over the workbook being imported would destroy the original).
import type { FileIdentity } from '../../core/files/file-identity.ts';

export class OpenedFiles {
  readonly #identities: FileIdentity[] = [];

  /** Oldest entries are forgotten beyond this; a session opens a few files, not hundreds. */
  constructor(private readonly limit = 200) {}

  remember(identity: FileIdentity): void {
    this.#identities.push(identity);
    if (this.#identities.length > this.limit) this.#identities.shift();
  }

  all(): readonly FileIdentity[] {
    return [...this.#identities];
  }
}
