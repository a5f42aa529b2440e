/** What every command receives: parsed arguments and the output streams (injectable for tests). */
export interface CommandContext {
  positionals: string[];
  values: Record<string, string | undefined>;
  out: { write(s: string): unknown };
  err: { write(s: string): unknown };
}
export type Command = (ctx: CommandContext) => Promise<number>;
