// Receipts (回执): creating and verifying them, what creation refuses, every verification failure with its reason,
// and the documented check with stock tools (jq reproduces the signed bytes, openssl checks the signature).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SignatureAlgorithm } from '../../../../core/crypto/algorithms.ts';
import { keyIdOf } from '../../../../core/crypto/keys.ts';
import { generateKeyPair, type KeyPair } from '../../../../core/crypto/signature.ts';
import type { Catalog } from '../../../../core/model/catalog.ts';
import { fileDigest } from '../../../../core/package/manifest.ts';
import { packCatalog } from '../../../../core/package/pack.ts';
import { MANIFEST_ENTRY } from '../../../../core/package/package-media-type.ts';
import { readPackage, type PackageContents } from '../../../../core/package/read-package.ts';
import { buildReceipt, ReceiptError, serializeReceipt, signedBytesOf, signReceipt, verifyReceipt, type ReceiptInput, type ReceiptVerification, type SignedReceipt } from '../../../../core/package/receipt.ts';
import { parseResourceDecisions } from '../../../../core/package/resource-decisions.ts';
import { parseChangeNotes } from '../../../../core/package/change-notes.ts';
import { makeUscc } from '../../../harness/catalog-builders.ts';
import { opensslOk, requireOpenSsl3 } from '../crypto/openssl.ts';
import { AT, baseCatalog, CREATED, entriesOf, manifestOf, nextCatalog, reportFor, signerOf, storeOf, SUITES, trustedKey } from './package-fixtures.ts';

const PLATFORM = { name: '宿州市数据资源管理局', uscc: makeUscc('11', '341300', 'MB005678') };
const BAD_USCC = `${PLATFORM.uscc.slice(0, 17)}${PLATFORM.uscc.endsWith('0') ? '1' : '0'}`;
const RECEIVED = '2026-11-24T10:30:00+08:00';
/** Line break, tab, quote, backslash, a character outside the BMP: all must survive the jq check unchanged. */
const REASON = '共享条件表述不清，请补充\n（见附件 "甲\\乙"）\t📎';

let catalog: Catalog;
let sender: KeyPair;
let p1: Uint8Array;
let p2: Uint8Array;
const receivers = {} as Record<SignatureAlgorithm, KeyPair>;
const receiverIds = {} as Record<SignatureAlgorithm, string>;

function contents(pkg: Uint8Array): PackageContents {
  const read = readPackage(pkg);
  if (!read.ok) throw new Error(read.reason);
  return read.contents;
}

beforeAll(async () => {
  catalog = baseCatalog();
  sender = generateKeyPair('SM2-with-SM3');
  for (const suite of SUITES) {
    receivers[suite] = generateKeyPair(suite);
    receiverIds[suite] = await keyIdOf(suite, receivers[suite].publicKey);
  }
  p1 = await packCatalog({ catalog, report: await reportFor(catalog), signer: signerOf(sender), createdAt: CREATED });
  const v2 = nextCatalog(catalog);
  const notes = parseChangeNotes(JSON.stringify({ format: 'mulu.change-notes', version: 1, notes: { '*': { reason: '年度更新' } } }));
  if (!notes.ok) throw new Error('notes');
  p2 = await packCatalog({ catalog: v2, report: await reportFor(v2), signer: signerOf(sender), createdAt: CREATED, base: { package: p1 }, changeNotes: notes.notes });
});

const input = (suite: SignatureAlgorithm, extra: Partial<ReceiptInput> = {}): ReceiptInput => ({
  package: { ...contents(p1), catalog },
  decision: 'accepted',
  receivedAt: RECEIVED,
  receiver: { ...PLATFORM, keyId: receiverIds[suite] },
  ...extra,
});

/** Built and signed, as `mulu receipt create` does in two steps (checks first, passphrase second). */
const createReceipt = async (suite: SignatureAlgorithm, extra: Partial<ReceiptInput> = {}, signer: KeyPair = receivers[suite]) => signReceipt(await buildReceipt(input(suite, extra)), signerOf(signer));

async function refusal(p: Promise<unknown>): Promise<ReceiptError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ReceiptError) return e;
    throw e;
  }
  throw new Error('created');
}

function expectReason(result: ReceiptVerification, reason: string): void {
  if (result.ok) throw new Error(`expected ${reason}, but the receipt verified`);
  expect(result.reason, result.message.en).toBe(reason);
  expect(result.message.zh).not.toBe('');
}

describe.each(SUITES)('receipts signed with %s', (suite) => {
  let signed: SignedReceipt;
  let text: string;
  const trust = async (entry: { uscc?: string; validUntil?: string } = {}) =>
    storeOf(await trustedKey(receivers[suite], { name: PLATFORM.name, uscc: entry.uscc ?? PLATFORM.uscc }, entry));

  beforeAll(async () => {
    const code = catalog.resources[1]!.code!;
    signed = await createReceipt(suite, { resources: [{ code, decision: 'returned', reason: REASON }] });
    text = serializeReceipt(signed);
  });

  it('bind the package by its manifest digest — the value the next incremental package names as its base', async () => {
    const { receipt } = signed;
    expect(receipt.manifestDigest).toBe(await fileDigest('SM2-with-SM3', entriesOf(p1).entries.get(MANIFEST_ENTRY)!));
    expect(receipt.manifestDigest).toBe(manifestOf(p2).baseManifestDigest);
    expect(receipt).toMatchObject({
      format: 'mulu.receipt',
      version: 1,
      packageId: manifestOf(p1).packageId,
      department: { name: catalog.department.name, uscc: catalog.department.uscc },
      catalogVersion: 1,
      decision: 'accepted',
      reason: null,
      receivedAt: '2026-11-24T02:30:00.000Z',
      receiver: { ...PLATFORM, keyId: receiverIds[suite] },
    });
    expect(receipt.resources).toEqual([{ code: catalog.resources[1]!.code, decision: 'returned', reason: REASON }]);
  });

  it('verify against the receiver’s trust entry, and against exactly the package they name', async () => {
    const result = await verifyReceipt(text, { trust: await trust(), at: AT, package: contents(p1) });
    if (!result.ok) throw new Error(result.message.en);
    expect(result.receipt).toEqual(signed.receipt);
    expect(result.receiver.department).toEqual(PLATFORM);
    expectReason(await verifyReceipt(text, { trust: await trust(), at: AT, package: contents(p2) }), 'packageMismatch');
  });

  it('the file may be re-indented or its keys reordered: the signature covers the canonical form', async () => {
    const reordered = JSON.stringify({ signerPem: signed.signerPem, signature: signed.signature, receipt: Object.fromEntries(Object.entries(signed.receipt).reverse()) });
    expect((await verifyReceipt(reordered, { trust: await trust(), at: AT })).ok).toBe(true);
  });

  it('fail with the reason for each kind of problem', async () => {
    const edit = (f: (s: SignedReceipt) => unknown) => JSON.stringify(f(structuredClone(signed)));
    const t = await trust();
    expectReason(await verifyReceipt(edit((s) => ({ ...s, receipt: { ...s.receipt, decision: 'returned', reason: '改为退回' } })), { trust: t, at: AT }), 'badSignature');
    expectReason(await verifyReceipt(edit((s) => ({ ...s, receipt: { ...s.receipt, catalogVersion: 2 } })), { trust: t, at: AT }), 'badSignature');
    const stranger = generateKeyPair(suite);
    const otherPem = (await createReceipt(suite, { receiver: { ...PLATFORM, keyId: await keyIdOf(suite, stranger.publicKey) } }, stranger)).signerPem;
    expectReason(await verifyReceipt(edit((s) => ({ ...s, signerPem: otherPem })), { trust: t, at: AT }), 'signerMismatch');
    expectReason(await verifyReceipt(text, { trust: storeOf(await trustedKey(stranger, PLATFORM)), at: AT }), 'unknownKey');
    expectReason(await verifyReceipt(text, { trust: await trust({ uscc: catalog.department.uscc }), at: AT }), 'departmentMismatch');
    expectReason(await verifyReceipt(text, { trust: await trust({ validUntil: '2026-11-01' }), at: AT }), 'expired');
    for (const bad of [
      'not json',
      '[]',
      edit((s) => ({ ...s, extra: 1 })),
      edit((s) => ({ ...s, receipt: { ...s.receipt, format: 'mulu.receipt2' } })),
      edit((s) => ({ ...s, receipt: { ...s.receipt, version: 2 } })),
      edit((s) => ({ ...s, receipt: { ...s.receipt, decision: 'returned' } })), // returned without a reason
      edit((s) => ({ ...s, receipt: { ...s.receipt, resources: [...s.receipt.resources, ...s.receipt.resources] } })),
      edit((s) => ({ ...s, receipt: { ...s.receipt, receivedAt: '2026-11-24 10:30' } })),
      edit((s) => ({ ...s, receipt: { ...s.receipt, reason: 'a\u007fb' } })),
      edit((s) => ({ ...s, signature: `${s.signature} ` })),
      edit((s) => ({ ...s, receipt: { ...s.receipt, reason: '\ud800' } })),
    ]) {
      expectReason(await verifyReceipt(bad, { trust: t, at: AT }), 'receiptInvalid');
    }
  });

  it('verify with stock tools: jq -cjS reproduces the signed bytes, openssl checks the signature', () => {
    requireOpenSsl3();
    requireJq();
    const dir = mkdtempSync(join(tmpdir(), 'mulu-receipt-'));
    writeFileSync(join(dir, 'receipt.json'), text);
    shell('jq -cjS .receipt receipt.json > receipt.bytes && jq -r .signature receipt.json | openssl base64 -d -A > receipt.sig && jq -r .signerPem receipt.json > receiver.pem', dir);
    expect(new Uint8Array(readFileSync(join(dir, 'receipt.bytes')))).toEqual(signedBytesOf(signed.receipt));
    const args =
      suite === 'SM2-with-SM3'
        ? ['pkeyutl', '-verify', '-pubin', '-inkey', 'receiver.pem', '-rawin', '-digest', 'sm3', '-pkeyopt', 'distid:1234567812345678', '-in', 'receipt.bytes', '-sigfile', 'receipt.sig']
        : ['pkeyutl', '-verify', '-pubin', '-inkey', 'receiver.pem', '-rawin', '-in', 'receipt.bytes', '-sigfile', 'receipt.sig'];
    expect(opensslOk(args, dir)).toContain('Signature Verified Successfully');
  });
});

describe('creating a receipt refuses', () => {
  const code = () => catalog.resources[0]!.code!;
  it.each([
    ['a return without a reason', { decision: 'returned' as const }, 'reasonRequired'],
    ['a resource the package does not have', { resources: [{ code: '99999999/000001', decision: 'accepted' as const }] }, 'unknownResource'],
    ['a time without a zone', { receivedAt: '2026-11-24 10:30' }, 'invalidTime'],
    ['an invalid receiver code', { receiver: { name: PLATFORM.name, uscc: BAD_USCC, keyId: 'sha256:00' } }, 'invalidReceiver'],
    ['a control character', { reason: 'a\u0007b' }, 'controlCharacter'],
  ])('%s', async (_name, extra, reason) => {
    expect((await refusal(createReceipt('Ed25519', extra))).reason).toBe(reason);
  });

  it('a returned resource without a reason, a resource decided twice, a key that is not the receiver’s', async () => {
    const e = await refusal(createReceipt('Ed25519', { resources: [{ code: code(), decision: 'returned', reason: '  ' }] }));
    expect(e.reason).toBe('reasonRequired');
    expect(e.text.zh).toContain(code());
    const twice = [
      { code: code(), decision: 'accepted' as const },
      { code: code(), decision: 'returned' as const, reason: 'x' },
    ];
    expect((await refusal(createReceipt('Ed25519', { resources: twice }))).reason).toBe('duplicateResource');
    const mismatched = { ...receivers.Ed25519, publicKey: generateKeyPair('Ed25519').publicKey };
    expect((await refusal(createReceipt('Ed25519', {}, mismatched))).reason).toBe('keyMismatch');
    expect((await refusal(createReceipt('Ed25519', {}, generateKeyPair('Ed25519')))).reason).toBe('keyMismatch');
  });
});

describe('resource decisions file', () => {
  it('reads decisions by code and says where a file is wrong', () => {
    const ok = parseResourceDecisions(JSON.stringify({ format: 'mulu.resource-decisions', version: 1, resources: { 'A/1': { decision: 'returned', reason: 'x' }, 'B/2': { decision: 'accepted' } } }));
    expect(ok).toEqual({ ok: true, decisions: [{ code: 'A/1', decision: 'returned', reason: 'x' }, { code: 'B/2', decision: 'accepted', reason: null }] });
    const bad = parseResourceDecisions(JSON.stringify({ format: 'mulu.resource-decisions', version: 1, resources: { 'A/1': { decision: 'maybe' }, 'B/2': 3 } }));
    expect(!bad.ok && bad.problems.map((p) => p.path)).toEqual(['resources["A/1"].decision', 'resources["B/2"]']);
    expect(parseResourceDecisions('{"format":"mulu.change-notes","version":1}')).toMatchObject({ ok: false, kind: 'format' });
  });
});

function requireJq(): void {
  const run = spawnSync('jq', ['--version'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error('The receipt interoperability test needs `jq` on PATH (Debian/Ubuntu: apt-get install jq), as docs/package-format.md §8 uses it.');
}

function shell(command: string, cwd: string): void {
  const run = spawnSync('sh', ['-c', command], { cwd, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${command}: ${run.stderr}`);
}
