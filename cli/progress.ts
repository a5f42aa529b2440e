// Progress for long imports and exports: a self-overwriting line on a terminal, nothing at all when stderr is
// piped or redirected (scripts and logs should not fill with carriage returns).
export interface Progress {
  update(fraction: number): void;
  done(): void;
}

const SILENT: Progress = { update: () => undefined, done: () => undefined };

export function terminalProgress(err: { write(s: string): unknown; isTTY?: boolean }, label: { zh: string; en: string }): Progress {
  if (!err.isTTY) return SILENT;
  let shown = -1;
  return {
    update(fraction) {
      const percent = Math.floor(Math.min(Math.max(fraction, 0), 1) * 100);
      if (percent === shown) return;
      shown = percent;
      err.write(`\r${label.zh} / ${label.en} ${String(percent).padStart(3)}%`);
    },
    done() {
      if (shown >= 0) err.write('\r\x1b[K');
    },
  };
}
