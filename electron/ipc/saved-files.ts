// Files the clerk saved through a dialog in this session, behind random tokens: the renderer can ask to reveal
// "that file" but never learns or names a path itself.
export class SavedFiles {
  readonly #paths = new Map<string, string>();

  constructor(
    private readonly newToken: () => string,
    /** Oldest entries are forgotten beyond this; nobody reveals the 500th export of a session. */
    private readonly limit = 200,
  ) {}

  remember(path: string): string {
    const token = this.newToken();
    this.#paths.set(token, path);
    if (this.#paths.size > this.limit) this.#paths.delete(this.#paths.keys().next().value as string);
    return token;
  }

  pathOf(token: string): string | undefined {
    return this.#paths.get(token);
  }
}
