// Packing and verifying a county catalog (20,000 resources, 400,000 items) against the bare cost of zipping the same
// payload files with fflate plus one SM3 pass over them, measured in the same run. Goal (issue #4): pack ≤ 1.5× and
// verify ≤ 1.5× that baseline. Incremental rows (1% of resources changed, the base given) are shown for scale:
// verifying with a base verifies the base too, so about twice a full verification is expected there.
import { zipSync } from 'fflate';
import { loadDivisionTable } from '../../core/codes/division.ts';
import { encodePublicKeyPem } from '../../core/crypto/keys.ts';
import { generateKeyPair } from '../../core/crypto/signature.ts';
import { digestBytes } from '../../core/crypto/digest.ts';
import { serializeCatalog } from '../../core/format/catalog-file.ts';
import type { Catalog } from '../../core/model/catalog.ts';
import { buildReport } from '../../core/report/validation-report.ts';
import { RuleEngine } from '../../core/rules/engine.ts';
import { generateCatalog } from '../../core/sample/generator.ts';
import { parseChangeNotes } from '../../core/package/change-notes.ts';
import { listFiles } from '../../core/package/list-files.ts';
import { packCatalog } from '../../core/package/pack.ts';
import { trustFromPublicKeyPem } from '../../core/package/trust-store.ts';
import { verifyPackage, type VerifiedPackage } from '../../core/package/verify.ts';
import { encodeUtf8 } from '../../core/zip/utf8.ts';
import { median, timeAsync, type BenchTable } from './harness.ts';

const RESOURCES = 20_000;
const RUNS = 3;
const CREATED = '2026-11-22T09:00:00+08:00';

/** The next version: every hundredth resource's abstract revised. */
function revised(catalog: Catalog): Catalog {
  return {
    ...catalog,
    catalogVersion: (catalog.catalogVersion ?? 0) + 1,
    resources: catalog.resources.map((r, i) => (i % 100 === 0 ? { ...r, abstract: `${r.abstract ?? ''}（修订）` } : r)),
  };
}

export async function packageBench(): Promise<BenchTable> {
  const catalog = generateCatalog({ resources: RESOURCES, seed: 42, itemsPerResource: 20, clean: true });
  const engine = new RuleEngine({ profile: 'anhui', divisions: await loadDivisionTable(), today: '2026-11-22' });
  const report = buildReport(catalog, engine.profile, engine.validateCatalog(catalog));
  const key = generateKeyPair('SM2-with-SM3');
  const signer = { suite: key.algorithm, privateKey: key.privateKey, publicKey: key.publicKey };
  const pem = encodePublicKeyPem(key.algorithm, key.publicKey);
  const trust = await trustFromPublicKeyPem(pem);
  if (!trust.ok) throw new Error('bench key');
  const at = new Date('2026-11-23T00:00:00Z');

  // The same payload files the packer writes (the lists included), already serialised: the baseline neither
  // serialises nor signs.
  const payload: Record<string, Uint8Array> = {
    'META-INF/signer.pem': encodeUtf8(pem),
    'catalog.json': encodeUtf8(serializeCatalog(catalog)),
    'validation-report.json': encodeUtf8(`${JSON.stringify(report, null, 2)}\n`),
    ...Object.fromEntries(listFiles(catalog, engine.profile)),
  };
  const megabytes = Object.values(payload).reduce((n, d) => n + d.length, 0) / 1e6;
  const baseline = median(
    await timeAsync(RUNS, async () => {
      zipSync(payload, { level: 6 });
      for (const data of Object.values(payload)) await digestBytes('SM3', data);
    }),
  );

  let pkg: Uint8Array = new Uint8Array();
  const pack = median(await timeAsync(RUNS, async () => (pkg = await packCatalog({ catalog, report, signer, createdAt: CREATED }))));
  let verified: VerifiedPackage | undefined;
  const verify = median(
    await timeAsync(RUNS, async () => {
      const result = await verifyPackage(pkg, { trust: trust.store, at });
      if (!result.ok) throw new Error(`bench package does not verify: ${result.reason}`);
      verified = result;
    }),
  );

  const next = revised(catalog);
  const nextReport = buildReport(next, engine.profile, engine.validateCatalog(next));
  const notes = parseChangeNotes(JSON.stringify({ format: 'mulu.change-notes', version: 1, notes: { '*': { reason: '年度目录更新' } } }));
  if (!notes.ok) throw new Error('bench notes');
  let incremental: Uint8Array = new Uint8Array();
  const packIncremental = median(
    await timeAsync(RUNS, async () => (incremental = await packCatalog({ catalog: next, report: nextReport, signer, createdAt: CREATED, base: verified!, changeNotes: notes.notes }))),
  );
  const verifyIncremental = median(
    await timeAsync(RUNS, async () => {
      const result = await verifyPackage(incremental, { trust: trust.store, at, base: pkg });
      if (!result.ok || result.chain !== 'verified') throw new Error('bench incremental package does not verify');
    }),
  );

  const row = (operation: string, ms: number, goal: string) => [operation, megabytes.toFixed(0), (pkg.length / 1e6).toFixed(1), ms.toFixed(0), (ms / baseline).toFixed(2), goal];
  return {
    title: `Package of a county catalog (${RESOURCES.toLocaleString('en')} resources, ${(RESOURCES * 20).toLocaleString('en')} items, SM2-with-SM3) vs fflate zip + one SM3 pass over the same payload`,
    header: ['operation', 'payload MB', 'zip MB', 'ms', '× baseline', 'goal'],
    rows: [
      row('baseline: fflate zipSync + SM3', baseline, '—'),
      row('pack + sign (full)', pack, '≤1.5'),
      row('verify (full)', verify, '≤1.5'),
      row('pack + sign (incremental, 1% changed)', packIncremental, '—'),
      row('verify with base (incremental)', verifyIncremental, '≈2× verify'),
    ],
  };
}
