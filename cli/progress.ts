// Progress for long imports and exports: a self-overwriting line on a terminal, nothing at all when stderr is
// piped or redirected (scripts and logs should not fill with carriage returns).
import type { Output } from './command.ts';
import { escapeInline } from './terminal-text.ts';

export interface Progress {
  update(fraction: number): void;
  done(): void;
}

const SILENT: Progress = { update: () => undefined, done: () => undefined };

export function terminalProgress(err: Output, label: { zh: string; en: string }): Progress {
  if (!err.isTTY) return SILENT;
  // The carriage return and erase-line are ours; the label (it holds a path) is escaped like any other text.
  const control = (s: string) => (err.writeRaw ? err.writeRaw(s) : err.write(s));
  const text = { zh: escapeInline(label.zh), en: escapeInline(label.en) };
  let shown = -1;
  return {
    update(fraction) {
      const percent = Math.floor(Math.min(Math.max(fraction, 0), 1) * 100);
      if (percent === shown) return;
      shown = percent;
      control(`\r${text.zh} / ${text.en} ${String(percent).padStart(3)}%`);
    },
    done() {
      if (shown >= 0) control('\r\x1b[K');
    },
  };
}
