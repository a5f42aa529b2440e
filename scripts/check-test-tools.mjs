// pretest: every program the tests need besides Node, listed at once with how to install it (scripts/lib/test-tools.mjs).
import { spawnSync } from 'node:child_process';
import { describeMissingTools, missingTestTools } from './lib/test-tools.mjs';

const missing = missingTestTools({
  env: process.env,
  run: (command, args) => {
    const r = spawnSync(command, args, { encoding: 'utf8', timeout: 30_000 });
    return { ok: r.status === 0, stdout: r.stdout ?? '' };
  },
});
if (missing.length > 0) {
  console.error(describeMissingTools(missing));
  process.exit(1);
}
