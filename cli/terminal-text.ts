// Text the CLI prints comes partly from files it was handed (department and resource names, cell text, paths).
// Control characters in it would reach the terminal as commands: ESC sequences can recolour text or move the
// cursor, so a hostile package could draw a green "验证通过" over a failure. Every write the commands make goes
// through escapeControls (runCli wraps stdout and stderr), which shows such characters as \uXXXX instead — in
// JSON output that is the same string, as JSON reads it.
import type { Output } from './command.ts';

/** C0 controls other than tab and line feed, DEL, C1 controls, bidirectional overrides, line/paragraph separators. */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu;

export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Also tab and line feed: for a value printed inside one line (a name), where a line break could forge a line. */
export function escapeInline(text: string): string {
  return escapeControls(text).replace(/[\t\n]/g, (c) => (c === '\t' ? '\\t' : '\\n'));
}

/**
 * A stream whose every write is escaped. `writeRaw` is for the CLI's own terminal control (the progress line, the
 * hidden passphrase prompt) and never carries text from a file.
 */
export function escapingOutput(stream: Output): Output {
  return {
    write: (s: string) => stream.write(escapeControls(s)),
    writeRaw: (s: string) => stream.write(s),
    ...(stream.isTTY !== undefined && { isTTY: stream.isTTY }),
  };
}
