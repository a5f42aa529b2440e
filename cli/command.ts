/** An output stream as commands see it: stdout or stderr, or a string collector in tests. */
export interface Output {
  write(s: string): unknown;
  /** Unescaped, for the CLI's own terminal control only (cli/terminal-text.ts); absent on plain collectors. */
  writeRaw?(s: string): unknown;
  isTTY?: boolean;
}

/** What every command receives: parsed arguments and the output streams (injectable for tests). */
export interface CommandContext {
  positionals: string[];
  values: Record<string, string | undefined>;
  /** Options given more than once (`--sources a.zip --sources b.zip`); absent in contexts that have none. */
  lists?: Record<string, string[]>;
  out: Output;
  err: Output;
}
export type Command = (ctx: CommandContext) => Promise<number>;
