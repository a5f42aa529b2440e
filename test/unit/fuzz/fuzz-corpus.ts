// The valid files the fuzz suites mutate, written once into a folder through the CLI itself (sample, export, pack,
// trust add, receipt create; the backup by the app's own backup code) so that each seed is what Mulu really writes; the keys are sealed at a low scrypt cost
// so that a mutated key file that still opens costs milliseconds, not a second.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMulu } from '../../harness/cli.ts';
import { makeUscc } from '../../harness/catalog-builders.ts';
import { encodePublicKeyPem } from '../../../core/crypto/keys.ts';
import { createKeystore, readKeystoreInfo } from '../../../core/crypto/keystore.ts';
import { generateKeyPair } from '../../../core/crypto/signature.ts';
import { parseCatalogText } from '../../../core/format/catalog-file.ts';

export const CORPUS = {
  catalog: 'catalog.json',
  workbook: 'workbook.xlsx',
  signerKey: 'signer-key.json',
  receiverKey: 'receiver-key.json',
  thirdPem: 'third.pem',
  package: 'package.zip',
  trust: 'trust.json',
  receipt: 'receipt.json',
  backup: 'workspace.mulu-backup',
  /** The public key of the key the backup is signed with (`backup verify --trust`). */
  backupPem: 'backup.pem',
} as const;

export const FUZZ_PASSPHRASE = '县数据局 签名口令 2026';
export const TODAY = '2026-12-07';
/** Packages are verified at the time of the run: the trust store's keys are valid from the day they were added. */
export const VERIFY_AT = new Date();
export const RECEIVER = { name: '宿州市数据资源管理局', uscc: makeUscc('11', '341300', 'MB005678') };
/** The department `trust add` registers third.pem for, in the trust store suite. */
export const THIRD = { name: '泗县数据资源管理局', uscc: makeUscc('11', '341324', 'MB001234') };

async function mulu(...argv: string[]): Promise<void> {
  const r = await runMulu(...argv);
  if (r.code !== 0) throw new Error(`fuzz corpus: mulu ${argv.join(' ')} exited ${r.code}\n${r.err}`);
}

async function writeKey(dir: string, keyFile: string | undefined, pemFile: string): Promise<void> {
  const k = generateKeyPair('SM2-with-SM3');
  if (keyFile) writeFileSync(join(dir, keyFile), await createKeystore(k.privateKey, k.publicKey, 'SM2-with-SM3', FUZZ_PASSPHRASE, { scrypt: { N: 2 ** 10, r: 8, p: 1 } }));
  writeFileSync(join(dir, pemFile), encodePublicKeyPem('SM2-with-SM3', k.publicKey));
}

/** A signed backup of a workspace with something in every table, written by the app's own backup over fake-indexeddb. */
async function writeBackup(dir: string): Promise<void> {
  // Imported here, not at the top: the fuzz child imports this file for CORPUS and need not load storage to start.
  const { backupBytes, populatedWorkspace } = await import('../renderer/services/backup/backup-harness.ts');
  const { testDatabase } = await import('../renderer/services/storage/test-storage.ts');
  const { ctx } = await testDatabase('mulu-fuzz-backup').open();
  const { ws, keystore } = await populatedWorkspace(ctx);
  const { bytes } = await backupBytes(ctx, ws.id, keystore);
  ctx.db.close();
  writeFileSync(join(dir, CORPUS.backup), bytes);
  const info = await readKeystoreInfo(keystore);
  if (!info.ok) throw new Error('fuzz corpus: the backup keystore does not read');
  writeFileSync(join(dir, CORPUS.backupPem), encodePublicKeyPem(info.info.algorithm, info.info.publicKey));
}

/** Writes every seed file into `dir` (MULU_PASSPHRASE is set for the CLI's key commands). */
export async function writeCorpus(dir: string): Promise<void> {
  process.env.MULU_PASSPHRASE = FUZZ_PASSPHRASE;
  const at = (name: string) => join(dir, name);
  await mulu('sample', '--resources', '6', '--seed', '16', '--clean', '--out', at(CORPUS.catalog));
  await mulu('export', at(CORPUS.catalog), '--out', at(CORPUS.workbook));
  await writeKey(dir, CORPUS.signerKey, 'signer.pem');
  await writeKey(dir, CORPUS.receiverKey, 'receiver.pem');
  await writeKey(dir, undefined, CORPUS.thirdPem);
  await mulu('pack', at(CORPUS.catalog), '--key', at(CORPUS.signerKey), '--out', at(CORPUS.package), '--today', TODAY);
  const parsed = parseCatalogText(readFileSync(at(CORPUS.catalog), 'utf8'));
  if (!parsed.ok) throw new Error('fuzz corpus: the sample catalog does not parse');
  const { department } = parsed.catalog;
  await mulu('trust', 'add', at(CORPUS.trust), at('signer.pem'), '--department-name', department.name, '--department-uscc', department.uscc);
  await mulu('trust', 'add', at(CORPUS.trust), at('receiver.pem'), '--department-name', RECEIVER.name, '--department-uscc', RECEIVER.uscc);
  await mulu(
    'receipt', 'create', at(CORPUS.package), '--key', at(CORPUS.receiverKey), '--decision', 'accepted',
    '--receiver-name', RECEIVER.name, '--receiver-uscc', RECEIVER.uscc, '--trust', at(CORPUS.trust), '--out', at(CORPUS.receipt),
  );
  await writeBackup(dir);
}
