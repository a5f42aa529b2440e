// The county package's trust chain (docs/package-format.md §9): a county catalog packed with the unit packages it
// came from and the county's signed roster verifies end to end; each link tampered — the container's bytes, the
// roster, an embedded package swapped, altered, unlisted or missing, a resource whose source is not embedded or
// that changed after aggregation — fails with its own reason and names what failed. Where the county itself signs
// a lie, the county's signature holds and the chain check is what catches it.
import { beforeAll, describe, expect, it } from 'vitest';
import { aggregate } from '../../../../core/county/aggregate.ts';
import { ATTRIBUTION_KEYS } from '../../../../core/county/attribution.ts';
import { CountyPackError } from '../../../../core/county/county-package-failures.ts';
import { checkCountySources, packCountyPackage, type CountySources } from '../../../../core/county/county-package-pack.ts';
import { isCountyPackage, verifyChained } from '../../../../core/county/county-package-verify.ts';
import { embeddedEntryName, parseRoster, ROSTER_ENTRY, rosterTrust } from '../../../../core/county/county-roster.ts';
import { encodePublicKeyPem } from '../../../../core/crypto/keys.ts';
import { generateKeyPair, type KeyPair } from '../../../../core/crypto/signature.ts';
import type { Catalog } from '../../../../core/model/catalog.ts';
import { parseChangeNotes } from '../../../../core/package/change-notes.ts';
import { packCatalog } from '../../../../core/package/pack.ts';
import { PACKAGE_MEDIA_TYPE } from '../../../../core/package/package-media-type.ts';
import { addTrustedKey, emptyTrustStore, parseTrustStore, serializeTrustStore, type TrustStore } from '../../../../core/package/trust-store.ts';
import { readContainer } from '../../../../core/zip/reader.ts';
import { encodeUtf8 } from '../../../../core/zip/utf8.ts';
import { writeContainer } from '../../../../core/zip/writer.ts';
import { makeUscc } from '../../../harness/catalog-builders.ts';
import { cleanReport, countyTrust, makeUnit, revisedUnitCatalog, UNIT_AT, unitCatalog, unitPackage, type TestUnit } from '../../../harness/county-units.ts';

const COUNTY = { name: '泗县数据资源管理局', uscc: makeUscc('11', '341324', 'MB900001'), divisionCode: '341324' };
const CREATED = '2026-11-24T09:00:00+08:00';
const LATER = new Date('2026-11-25T00:00:00Z');

let a: TestUnit;
let b: TestUnit;
let stranger: TestUnit;
let unitsTrust: TrustStore;
let countyKey: KeyPair;
let provinceTrust: TrustStore;
let county: Catalog;
const pkg: Record<'a1' | 'a1other' | 'b1' | 'strangerPkg', Uint8Array> = {} as never;
let good: Uint8Array;

const signer = () => ({ suite: countyKey.algorithm, privateKey: countyKey.privateKey, publicKey: countyKey.publicKey });
const sourcesOf = (...names: (keyof typeof pkg)[]) => names.map((n) => ({ file: `${n}.zip`, bytes: pkg[n] }));

/** Signed by the county key whatever it holds: how a county that lies would pack. */
async function countyPack(catalog: Catalog, sources: CountySources, extra: { base?: Uint8Array } = {}): Promise<Uint8Array> {
  const notes = parseChangeNotes(JSON.stringify({ format: 'mulu.change-notes', version: 1, notes: { '*': { reason: '县级目录更新' } } }));
  if (!notes.ok) throw new Error('notes');
  return packCountyPackage({ catalog, report: await cleanReport(catalog), signer: signer(), sources, ...(extra.base && { base: { package: extra.base }, changeNotes: notes.notes }) });
}

/** The county package with one entry's bytes replaced and nothing signed again: tampering on the way. */
function replaceEntry(bytes: Uint8Array, name: string, data: (old: Uint8Array) => Uint8Array): Uint8Array {
  const read = readContainer(bytes, PACKAGE_MEDIA_TYPE);
  if (!read.ok) throw new Error(read.reason);
  return writeContainer(
    read.order.map((path) => ({ path, data: path === name ? data(read.entries.get(path)!) : read.entries.get(path)! })),
    PACKAGE_MEDIA_TYPE,
  );
}

const verify = (bytes: Uint8Array) => verifyChained(bytes, { trust: provinceTrust, at: LATER });

beforeAll(async () => {
  a = makeUnit(1, '泗县教育局');
  b = makeUnit(2, '泗县民政局');
  stranger = makeUnit(3, '泗县未登记单位');
  unitsTrust = (await countyTrust([a, b])).store;
  const a1 = unitCatalog(a, { resources: 3, seed: 31 });
  pkg.a1 = await unitPackage(a, a1);
  const other = structuredClone(a1);
  other.resources[0]!.abstract = '另一份第一版';
  pkg.a1other = await unitPackage(a, other, { createdAt: '2026-11-22T10:00:00+08:00' });
  pkg.b1 = await unitPackage(b, unitCatalog(b, { resources: 2, seed: 32 }));
  pkg.strangerPkg = await unitPackage(stranger, unitCatalog(stranger, { resources: 2, seed: 33 }));
  const aggregated = await aggregate(sourcesOf('a1', 'b1'), { trust: unitsTrust, at: UNIT_AT, profile: a1.profile, department: COUNTY });
  expect(aggregated.report.counts.accepted).toBe(2);
  county = { ...aggregated.catalog, updatedAt: new Date(CREATED).toISOString() };

  countyKey = generateKeyPair('Ed25519');
  const added = await addTrustedKey(emptyTrustStore(), { departmentName: COUNTY.name, departmentUscc: COUNTY.uscc, publicKeyPem: encodePublicKeyPem(countyKey.algorithm, countyKey.publicKey), validFrom: '2026-01-01' });
  if (!added.ok) throw new Error('county trust');
  const parsed = await parseTrustStore(serializeTrustStore(added.file));
  if (!parsed.ok) throw new Error('county trust');
  provinceTrust = parsed.store;
  good = await countyPack(county, await checkCountySources(county, sourcesOf('a1', 'b1'), unitsTrust, CREATED));
}, 60_000);

describe('a county package', () => {
  it('verifies end to end, embedding each unit package byte for byte with the roster of their keys', async () => {
    const result = await verify(good);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(isCountyPackage(result)).toBe(true);
    const a1 = await verifyChained(pkg.a1, { trust: unitsTrust, at: UNIT_AT });
    if (!a1.ok) throw new Error(a1.reason);
    expect(result.entries.get(embeddedEntryName(a1.manifest.packageId))).toEqual(pkg.a1);
    const roster = parseRoster(result.entries.get(ROSTER_ENTRY)!);
    if (!roster.ok) throw new Error(roster.problem);
    expect(roster.roster.county).toEqual(COUNTY);
    expect(roster.roster.units.map((u) => [u.name, u.uscc, u.divisionCode, u.keys.map((k) => k.keyId)])).toEqual(
      [a, b].map((u) => [u.name, u.uscc, u.divisionCode, unitsTrust.keys.filter((k) => k.department!.uscc === u.uscc).map((k) => k.keyId)]),
    );
    expect((await rosterTrust(roster.roster))!.keys.map((k) => k.keyId).sort()).toEqual(unitsTrust.keys.map((k) => k.keyId).sort());
  });

  it('a unit package alone is not a county package and verifies as before', async () => {
    const result = await verifyChained(pkg.a1, { trust: unitsTrust, at: UNIT_AT });
    expect(result.ok && isCountyPackage(result)).toBe(false);
  });

  it('continues on the last accepted county package as an incremental one', async () => {
    const next: Catalog = { ...county, catalogVersion: county.catalogVersion! + 1, resources: county.resources.slice(1) };
    const inc = await countyPack(next, await checkCountySources(next, sourcesOf('a1', 'b1'), unitsTrust, CREATED), { base: good });
    const result = await verifyChained(inc, { trust: provinceTrust, at: LATER, base: good });
    expect(result.ok && [result.chain, result.manifest.changes!.map((c) => c.kind)]).toEqual(['verified', ['withdrawn']]);
  });
});

describe('a tampered link fails with its name', () => {
  it('an embedded package changed on the way: the county signature catches it, naming the entry', async () => {
    const a1 = await verifyChained(pkg.a1, { trust: unitsTrust, at: UNIT_AT });
    if (!a1.ok) throw new Error(a1.reason);
    const entry = embeddedEntryName(a1.manifest.packageId);
    const result = await verify(replaceEntry(good, entry, () => pkg.a1other));
    expect(result.ok || [result.reason, 'entry' in result && result.entry]).toEqual([expect.stringMatching(/^(size|digest)Mismatch$/), entry]);
  });

  it('the roster changed on the way fails as a changed file; changed and signed again without its own signature, as a bad roster signature', async () => {
    const altered = (old: Uint8Array) => encodeUtf8(new TextDecoder().decode(old).replace(a.name, '泗县冒名局'));
    const onTheWay = await verify(replaceEntry(good, ROSTER_ENTRY, altered));
    expect(onTheWay.ok || [onTheWay.reason, 'entry' in onTheWay && onTheWay.entry]).toEqual(['digestMismatch', ROSTER_ENTRY]);

    const read = readContainer(good, PACKAGE_MEDIA_TYPE);
    if (!read.ok) throw new Error(read.reason);
    const attachments = new Map([...read.entries].filter(([name]) => name.startsWith('county/')));
    attachments.set(ROSTER_ENTRY, altered(attachments.get(ROSTER_ENTRY)!));
    const resigned = await packCatalog({ catalog: county, report: await cleanReport(county), signer: signer(), createdAt: CREATED, attachments });
    const result = await verify(resigned);
    expect(result.ok || [result.reason, result.message.zh]).toEqual(['rosterBadSignature', expect.stringContaining('county/roster.json')]);
  });

  it('an embedded package swapped for another of the same unit', async () => {
    const sources = await checkCountySources(county, sourcesOf('a1', 'b1'), unitsTrust, CREATED);
    const [entry] = [...sources.embedded.keys()].filter((name) => sources.embedded.get(name) === pkg.a1);
    sources.embedded.set(entry!, pkg.a1other);
    const result = await verify(await countyPack(county, sources));
    expect(result.ok || [result.reason, result.message.zh]).toEqual(['embeddedMisnamed', expect.stringContaining(entry!)]);
  });

  it('an embedded package altered inside', async () => {
    const sources = await checkCountySources(county, sourcesOf('a1', 'b1'), unitsTrust, CREATED);
    const [entry] = [...sources.embedded.keys()].filter((name) => sources.embedded.get(name) === pkg.b1);
    sources.embedded.set(entry!, replaceEntry(pkg.b1, 'catalog.json', (old) => encodeUtf8(new TextDecoder().decode(old).replace('"catalogVersion": 1', '"catalogVersion": 1 '))));
    const result = await verify(await countyPack(county, sources));
    expect(result.ok || [result.reason, 'embedded' in result && result.embedded?.reason, result.message.zh]).toEqual(['embeddedInvalid', 'sizeMismatch', expect.stringContaining(entry!)]);
  });

  it('an embedded package of a unit the roster does not list', async () => {
    const sources = await checkCountySources(county, sourcesOf('a1', 'b1'), unitsTrust, CREATED);
    sources.embedded.set(embeddedEntryName('stranger'), pkg.strangerPkg);
    const withStranger = new Map([...sources.embedded].map(([name, bytes]) => [name === embeddedEntryName('stranger') ? 'county/units/x.zip' : name, bytes]));
    const result = await verify(await countyPack(county, { ...sources, embedded: withStranger }));
    expect(result.ok || [result.reason, result.message.zh]).toEqual(['embeddedNotInRoster', expect.stringContaining('county/units/x.zip')]);
  });

  it('a unit package missing while the catalog holds its resources', async () => {
    const sources = await checkCountySources(county, sourcesOf('a1', 'b1'), unitsTrust, CREATED);
    const [entry] = [...sources.embedded.keys()].filter((name) => sources.embedded.get(name) === pkg.b1);
    sources.embedded.delete(entry!);
    const result = await verify(await countyPack(county, sources));
    expect(result.ok || [result.reason, result.message.zh]).toEqual(['sourceNotEmbedded', expect.stringContaining(entry!.slice('county/units/'.length, -'.zip'.length))]);
    await expect(checkCountySources(county, sourcesOf('a1'), unitsTrust, CREATED)).rejects.toMatchObject({ reason: 'sourceNotEmbedded' });
  });

  it('a resource attributed to a package that is not embedded', async () => {
    const lying = structuredClone(county);
    lying.resources[0]!.extensions![ATTRIBUTION_KEYS.packageId] = 'not-embedded-v1-0000';
    const result = await verify(await countyPack(lying, await checkCountySources(county, sourcesOf('a1', 'b1'), unitsTrust, CREATED)));
    expect(result.ok || [result.reason, result.message.zh]).toEqual(['sourceNotEmbedded', expect.stringContaining('not-embedded-v1-0000')]);
  });

  it('a resource changed after aggregation', async () => {
    const edited = structuredClone(county);
    edited.resources[1]!.abstract = '县级汇总后改写的摘要';
    const result = await verify(await countyPack(edited, await checkCountySources(county, sourcesOf('a1', 'b1'), unitsTrust, CREATED)));
    expect(result.ok || [result.reason, result.message.zh]).toEqual(['resourceNotBacked', expect.stringContaining(edited.resources[1]!.code!)]);
    await expect(checkCountySources(edited, sourcesOf('a1', 'b1'), unitsTrust, CREATED)).rejects.toMatchObject({ reason: 'resourceNotBacked' });
  });

  it('a county catalog signed without its sources', async () => {
    const result = await verify(await packCatalog({ catalog: county, report: await cleanReport(county), signer: signer(), createdAt: CREATED }));
    expect(result.ok || result.reason).toBe('rosterMissing');
  });

  it('packing refuses a source that does not verify against the county trust store, naming the file', async () => {
    const refusal = checkCountySources(county, sourcesOf('a1', 'b1', 'strangerPkg'), unitsTrust, CREATED);
    await expect(refusal).rejects.toBeInstanceOf(CountyPackError);
    await expect(refusal).rejects.toMatchObject({ reason: 'sourceInvalid', text: { zh: expect.stringContaining('strangerPkg.zip') } });
  });

  it('a unit whose newer version the county took twice', async () => {
    const a2 = await unitPackage(a, revisedUnitCatalog(unitCatalog(a, { resources: 3, seed: 31 })), { base: pkg.a1 });
    await expect(checkCountySources(county, [...sourcesOf('a1', 'b1'), { file: 'a2.zip', bytes: a2 }], unitsTrust, CREATED)).rejects.toMatchObject({ reason: 'embeddedDuplicateUnit' });
  });
});
