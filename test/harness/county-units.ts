// Units that report to a county and their signed packages, for the aggregation tests and benchmark: each unit has
// its own 统一社会信用代码, 部门编号 and key; its catalog comes from the sample generator (as `mulu sample` makes it),
// with the unit as the provider, its own resource codes and names, so that two units conflict only where a test
// makes them.
import type { SignatureAlgorithm } from '../../core/crypto/algorithms.ts';
import { encodePublicKeyPem } from '../../core/crypto/keys.ts';
import { generateKeyPair, type KeyPair } from '../../core/crypto/signature.ts';
import { loadDivisionTable } from '../../core/codes/division.ts';
import type { Catalog } from '../../core/model/catalog.ts';
import { parseChangeNotes } from '../../core/package/change-notes.ts';
import { packCatalog, type PackOptions } from '../../core/package/pack.ts';
import { addTrustedKey, emptyTrustStore, parseTrustStore, serializeTrustStore, type TrustStore, type TrustStoreFile } from '../../core/package/trust-store.ts';
import { buildReport } from '../../core/report/validation-report.ts';
import { RuleEngine } from '../../core/rules/engine.ts';
import { generateCatalog } from '../../core/sample/generator.ts';
import { makeUscc } from './catalog-builders.ts';

export const COUNTY_DIVISION = '341324';
export const UNIT_CREATED = '2026-11-22T09:00:00+08:00';
export const UNIT_AT = new Date('2026-11-23T00:00:00Z');

export interface TestUnit {
  name: string;
  uscc: string;
  divisionCode: string;
  /** 部门编号, 3 digits. */
  number: string;
  key: KeyPair;
}

export function makeUnit(index: number, name = `泗县测试单位${index}`, suite: SignatureAlgorithm = 'Ed25519'): TestUnit {
  return { name, uscc: makeUscc('11', COUNTY_DIVISION, `MB${String(index).padStart(6, '0')}`), divisionCode: COUNTY_DIVISION, number: String(100 + index).padStart(3, '0'), key: generateKeyPair(suite) };
}

/** The unit's catalog: `resources` generated resources, provided by the unit, coded and named as its own. */
export function unitCatalog(unit: TestUnit, options: { resources: number; seed: number; itemsPerResource?: number }): Catalog {
  const catalog = generateCatalog({
    resources: options.resources,
    seed: options.seed,
    clean: true,
    ...(options.itemsPerResource !== undefined && { itemsPerResource: options.itemsPerResource }),
    department: { name: unit.name, uscc: unit.uscc, divisionCode: unit.divisionCode, number: unit.number },
  });
  const sequences: Record<string, number> = {};
  catalog.resources.forEach((r, i) => {
    const prefix = `${r.code!.slice(0, 6)}${unit.divisionCode}${unit.number}`;
    sequences[prefix] = (sequences[prefix] ?? 0) + 1;
    r.code = `${prefix}/${String(sequences[prefix]).padStart(6, '0')}`;
    r.classification = { ...r.classification!, subCatalogs: [unit.divisionCode, unit.number] };
    r.name = `${unit.name}业务资源${i + 1}`;
    r.providerName = unit.name;
    r.providerCode = unit.uscc;
    delete r.relatedResourceCodes;
  });
  catalog.codeSequences = sequences;
  return catalog;
}

let engine: Promise<RuleEngine> | undefined;

/** The validation report a package carries; throws when the catalog has errors (a test fixture must not). */
export async function cleanReport(catalog: Catalog): Promise<PackOptions['report']> {
  engine ??= loadDivisionTable().then((divisions) => new RuleEngine({ profile: catalog.profile, divisions, today: '2026-11-22' }));
  const e = await engine;
  const report = buildReport(catalog, e.profile, e.validateCatalog(catalog));
  if (report.counts.error > 0) throw new Error(`fixture catalog has errors: ${report.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.message.en}`).join('; ')}`);
  return report;
}

const NOTES = parseChangeNotes(JSON.stringify({ format: 'mulu.change-notes', version: 1, notes: { '*': { reason: '年度目录更新' } } }));

/** A signed package of the unit's catalog; with `base` (the previous package's bytes) an incremental one. */
export async function unitPackage(unit: TestUnit, catalog: Catalog, extra: { base?: Uint8Array; type?: PackOptions['type']; createdAt?: string } = {}): Promise<Uint8Array> {
  if (!NOTES.ok) throw new Error('change notes');
  return packCatalog({
    catalog,
    report: await cleanReport(catalog),
    signer: { suite: unit.key.algorithm, privateKey: unit.key.privateKey, publicKey: unit.key.publicKey },
    createdAt: extra.createdAt ?? UNIT_CREATED,
    ...(extra.type && { type: extra.type }),
    ...(extra.base && { base: { package: extra.base }, changeNotes: NOTES.notes }),
  });
}

/** The county's trust store with every unit's key, from 2026-01-01: the file and the store parsed from it. */
export async function countyTrust(units: readonly TestUnit[]): Promise<{ file: TrustStoreFile; text: string; store: TrustStore }> {
  let file = emptyTrustStore();
  for (const unit of units) {
    const added = await addTrustedKey(file, { departmentName: unit.name, departmentUscc: unit.uscc, publicKeyPem: encodePublicKeyPem(unit.key.algorithm, unit.key.publicKey), validFrom: '2026-01-01' });
    if (!added.ok) throw new Error(added.messages.map((m) => m.en).join('; '));
    file = added.file;
  }
  const text = serializeTrustStore(file);
  const parsed = await parseTrustStore(text);
  if (!parsed.ok) throw new Error('trust store');
  return { file, text, store: parsed.store };
}

/** The next version: the first resource's abstract revised (every change needs its reason: NOTES gives one). */
export function revisedUnitCatalog(catalog: Catalog): Catalog {
  const next = structuredClone(catalog);
  next.catalogVersion = (catalog.catalogVersion ?? 0) + 1;
  next.resources[0]!.abstract = `${next.resources[0]!.abstract ?? ''}（第 ${next.catalogVersion} 版修订）`;
  return next;
}
