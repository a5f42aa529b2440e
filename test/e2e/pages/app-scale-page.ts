// Bench page for the app at county scale (test/bench/app-scale.bench.ts), served on the app's origin so it reads
// and writes the app's IndexedDB: the baselines measured in the same browser and profile as the app — a raw
// Dexie read of the live rows and what start-up used to wait for (the whole catalog read, then validated), and the
// storage commit alone of the same workbook's catalog over the same stored one.
import { loadDivisionTable } from '../../../core/codes/division.ts';
import { RuleEngine } from '../../../core/rules/engine.ts';
import { checkWorkbook } from '../../../core/workbook/check-workbook.ts';
import { validateAll } from '../../../renderer/services/session/catalog-findings.ts';
import { loadLiveCatalog } from '../../../renderer/services/storage/catalog-reader.ts';
import { openStorage } from '../../../renderer/services/storage/database.ts';
import { commitImport } from '../../../renderer/services/storage/import-commit.ts';
import { prefixRange, RESOURCE_KEY } from '../../../renderer/services/storage/mulu-database.ts';
import { listWorkspaces } from '../../../renderer/services/storage/workspaces.ts';
import type { StartBaselines } from './app-scale-summary.ts';

async function department() {
  const opened = await openStorage();
  const ws = (await listWorkspaces(opened.ctx)).filter((w) => w.kind === 'department').sort((a, b) => a.id - b.id)[0];
  if (!ws) throw new Error('no department workspace: seed one first');
  return { ctx: opened.ctx, ws };
}

async function startBaselines(): Promise<StartBaselines> {
  const { ctx, ws } = await department();
  try {
    let t = performance.now();
    const rows = await ctx.db.resources.where(RESOURCE_KEY).between(...prefixRange(ws.id, ws.liveGeneration)).toArray();
    const rawReadMs = performance.now() - t;
    t = performance.now();
    const { catalog } = await loadLiveCatalog(ctx, ws.id);
    validateAll(new RuleEngine({ profile: ws.profileId }), catalog);
    return { rows: rows.length, rawReadMs, loadAndValidateMs: performance.now() - t };
  } finally {
    ctx.db.close();
  }
}

/** The workbook at `url` read by core (not timed), then committed over the stored catalog: the storage commit alone. */
async function storageCommit(url: string): Promise<number> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const { ctx, ws } = await department();
  try {
    const checked = await checkWorkbook(bytes, { profile: ws.profileId, department: ws.department, divisions: await loadDivisionTable() });
    if (!checked.ok) throw new Error(checked.message.en);
    const t = performance.now();
    const outcome = await commitImport(ctx, ws.id, checked.imported.catalog, { author: { operator: '王芳', note: { reason: '基准', basis: [] } }, source: 'bench.xlsx' });
    if (!outcome.ok) throw new Error('commit cancelled');
    const ms = performance.now() - t;
    await outcome.retired;
    return ms;
  } finally {
    ctx.db.close();
  }
}

Object.assign(window, { startBaselines, storageCommit });
