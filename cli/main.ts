#!/usr/bin/env node
// The `mulu` command: the same core as the app, headless.
import { runCli } from './run.ts';
import { escapeControls } from './terminal-text.ts';

runCli(process.argv.slice(2), { out: process.stdout, err: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(escapeControls(`内部错误 / internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`));
    process.exitCode = 70;
  },
);
