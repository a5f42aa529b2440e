// The session at start-up and after an import, over fake-indexeddb: it opens before its catalog is read
// ('loading'), shows the catalog before its findings are made ('checking'), and ends with exactly the catalog storage
// holds and the findings a whole-catalog validation gives — also when edits land while it is still checking (the
// merge those need is tested directly: in the session its timing depends on the machine).
import { describe, expect, it } from 'vitest';
import { generateCatalog } from '../../../../../core/sample/generator.ts';
import { RuleEngine } from '../../../../../core/rules/engine.ts';
import { appBackend } from '../../../../../renderer/services/session/app-backend.ts';
import type { Finding } from '../../../../../core/rules/types.ts';
import { allFindings, withRevalidated } from '../../../../../renderer/services/session/catalog-findings.ts';
import { checkInSteps, completeFindings } from '../../../../../renderer/services/session/stepwise-check.ts';
import type { SessionPhase, WorkspaceSession } from '../../../../../renderer/services/session/workspace-session.ts';
import { loadCatalog, loadLiveCatalog } from '../../../../../renderer/services/storage/catalog-reader.ts';
import { DEPARTMENT, testDatabase } from '../storage/test-storage.ts';

const NOTE = { reason: '导入县级目录', basis: [] };
const sample = (resources: number, seed: number) => ({ ...generateCatalog({ resources, seed, itemsPerResource: 3 }), department: DEPARTMENT.department, profile: DEPARTMENT.profileId });
const sorted = (session: WorkspaceSession) => allFindings(session.getState().catalog, session.getState().findings).map((f) => `${f.ruleId} ${f.path} ${f.message.zh}`).sort();
const expected = async (session: WorkspaceSession, backend: ReturnType<typeof appBackend>) =>
  new RuleEngine({ profile: DEPARTMENT.profileId }).validateCatalog(await loadCatalog(backend.ctx, session.id)).map((f) => `${f.ruleId} ${f.path} ${f.message.zh}`).sort();

/** A department workspace holding `resources` generated resources, and a session opened on it afresh. */
async function reopened(resources: number) {
  const backend = appBackend(await testDatabase().open());
  await backend.createWorkspace(DEPARTMENT);
  const row = (await backend.findWorkspace('department'))!;
  const first = await backend.openSession(row.id);
  await first.whenReady();
  await first.commitImport(sample(resources, 5), { note: NOTE });
  first.close();
  const phases: SessionPhase[] = [];
  // The catalogs shown while loading, with how many resources were read when each was shown.
  const partial: { ids: string[]; read: number }[] = [];
  const session = await backend.openSession(row.id);
  phases.push(session.getState().phase);
  session.subscribe(() => {
    const { phase, catalog, loaded } = session.getState();
    if (phases.at(-1) !== phase) phases.push(phase);
    if (phase === 'loading' && catalog.resources.length !== partial.at(-1)?.ids.length) partial.push({ ids: catalog.resources.map((r) => r.id), read: loaded.read });
  });
  return { backend, session, phases, partial };
}

describe('session phases', () => {
  it('opens before the catalog is read, shows it before its findings, and ends as storage holds it', async () => {
    const { backend, session, phases, partial } = await reopened(2_500);
    // Nothing is read yet: the shell can show the workspace; the catalog's sections wait.
    expect(session.getState().catalog.resources).toEqual([]);
    expect(session.getState().loaded).toEqual({ read: 0, total: 2_500 });
    await session.whenReady();
    expect(phases).toEqual(['loading', 'checking', 'ready']);
    const stored = await loadLiveCatalog(backend.ctx, session.id);
    // While loading, the list had what was read so far (steps of 1,000, shown at the first and when doubled), each
    // resource in its place relative to the others: the whole catalog's order with the unread left out.
    expect(partial.map((p) => [p.ids.length, p.read])).toEqual([
      [1_000, 1_000],
      [2_000, 2_000],
    ]);
    const order = stored.catalog.resources.map((r) => r.id);
    for (const { ids } of partial) expect(ids).toEqual(order.filter((id) => ids.includes(id)));
    expect(partial[0]!.ids).not.toEqual(order.slice(0, 1_000));
    expect(session.getState().catalog).toEqual(stored.catalog);
    expect(session.getState().stamps).toEqual(stored.stamps);
    expect(sorted(session)).toEqual(await expected(session, backend));
  });

  it('completes the steps\' findings with what changed meanwhile: an edit keeps the findings its save made, a deletion drops them', async () => {
    const engine = new RuleEngine({ profile: DEPARTMENT.profileId });
    const catalog = sample(40, 8);
    const checked = await checkInSteps(engine, catalog.resources, new AbortController().signal, 7);
    expect(checked!.size).toBe(40);
    // While the steps ran: resource 0 became a duplicate of resource 1 with no abstract (saved, so checked on save),
    // resource 5 was deleted, and resource 9 was replaced by another object (as a reload brings) not yet checked.
    const [first, second] = catalog.resources;
    const edited = { ...first!, abstract: '', name: second!.name, providerName: second!.providerName, providerCode: second!.providerCode };
    const now = { ...catalog, resources: catalog.resources.map((r, i) => (i === 0 ? edited : i === 9 ? structuredClone(r) : r)).filter((_, i) => i !== 5) };
    const saved = withRevalidated({ own: new Map(), crossRecord: [] }, engine, [edited]);
    const complete = completeFindings(engine, now, saved, checked!);
    const key = (f: Finding) => `${f.ruleId} ${f.path} ${f.message.zh}`;
    expect(allFindings(now, complete).map(key).sort()).toEqual(engine.validateCatalog(now).map(key).sort());
    expect(complete.own.get(edited.id)).toBe(saved.own.get(edited.id));
    expect(complete.own.has(catalog.resources[5]!.id)).toBe(false);
  });

  it('stops checking when told to', async () => {
    const stop = new AbortController();
    stop.abort();
    expect(await checkInSteps(new RuleEngine({ profile: DEPARTMENT.profileId }), sample(10, 1).resources, stop.signal)).toBeUndefined();
  });

  it('shows an import as committed without reading it back: the stored catalog and stamps, then its findings', async () => {
    const { backend, session } = await reopened(300);
    await session.whenReady();
    // Half of the catalog as it is, half changed and the rest new: some resources keep their version and stamp.
    const before = session.getState().catalog.resources;
    const next = sample(500, 6);
    next.resources = [...before.slice(0, 150), ...next.resources.slice(0, 350)];
    const outcome = await session.commitImport(next, { note: NOTE });
    expect(outcome.ok).toBe(true);
    expect(session.getState().phase).toBe('checking');
    const stored = await loadLiveCatalog(backend.ctx, session.id);
    expect(session.getState().catalog).toEqual(stored.catalog);
    expect(session.getState().stamps).toEqual(stored.stamps);
    expect(new Set([...stored.stamps.values()].map((s) => s.version)).size).toBe(2);
    await session.whenReady();
    expect(sorted(session)).toEqual(await expected(session, backend));
  });
});
