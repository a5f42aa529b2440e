// `mulu backup verify` and `mulu backup inspect` as the IT office uses them on a backup the app wrote: exit 0 for
// an intact backup, 1 for a damaged one with what is damaged, 2 for a file that is not a backup at all; with
// --trust, 1 also for an intact backup the trust store does not vouch for.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodePublicKeyPem } from '../../../core/crypto/keys.ts';
import { readKeystoreInfo } from '../../../core/crypto/keystore.ts';
import { generateKeyPair } from '../../../core/crypto/signature.ts';
import { makeUscc } from '../../harness/catalog-builders.ts';
import { runMulu } from '../../harness/cli.ts';
import { backupBytes, populatedWorkspace } from '../renderer/services/backup/backup-harness.ts';
import { DEPARTMENT, testDatabase } from '../renderer/services/storage/test-storage.ts';

let dir = '';
const path = (name: string) => join(dir, name);
let keyId = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mulu-backup-cli-'));
  const { ctx } = await testDatabase().open();
  const { ws, keystore } = await populatedWorkspace(ctx);
  const signed = await backupBytes(ctx, ws.id, keystore);
  keyId = signed.done.manifest.signingKey!.keyId;
  writeFileSync(path('signed.mulu-backup'), signed.bytes);
  const plain = await backupBytes(ctx, ws.id);
  writeFileSync(path('plain.mulu-backup'), plain.bytes);
  const damaged = plain.bytes.slice();
  damaged[Math.floor(damaged.length / 3)]! ^= 0x01;
  writeFileSync(path('damaged.mulu-backup'), damaged);
  writeFileSync(path('cut.mulu-backup'), plain.bytes.subarray(0, plain.bytes.length - 50));
  writeFileSync(path('notes.txt'), '这不是备份');
  // Trust stores as the IT office makes them with `mulu trust add` (the backups are made on 2026-03-02).
  const info = await readKeystoreInfo(keystore);
  if (!info.ok) throw new Error('the test keystore does not read');
  writeFileSync(path('workspace.pem'), encodePublicKeyPem(info.info.algorithm, info.info.publicKey));
  const other = generateKeyPair('SM2-with-SM3');
  writeFileSync(path('other.pem'), encodePublicKeyPem('SM2-with-SM3', other.publicKey));
  const { name, uscc } = DEPARTMENT.department;
  const add = async (store: string, pem: string, ...extra: string[]) => {
    const r = await runMulu('trust', 'add', path(store), path(pem), '--department-name', name, '--department-uscc', uscc, ...extra);
    if (r.code !== 0) throw new Error(r.err);
  };
  await add('trusted.json', 'workspace.pem', '--valid-from', '2026-01-01');
  await add('stranger.json', 'other.pem', '--valid-from', '2026-01-01');
  await add('later.json', 'workspace.pem', '--valid-from', '2026-06-01');
  const r = await runMulu('trust', 'add', path('elsewhere.json'), path('workspace.pem'), '--department-name', '宿州市数据资源管理局', '--department-uscc', makeUscc('11', '341300', 'MB005678'), '--valid-from', '2026-01-01');
  if (r.code !== 0) throw new Error(r.err);
}, 180_000);

describe('mulu backup verify', () => {
  it('says an intact signed backup is intact, with the key to compare', async () => {
    const r = await runMulu('backup', 'verify', path('signed.mulu-backup'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('备份完好 / backup intact');
    expect(r.out).toContain('泗县数据资源管理局');
    expect(r.out).toContain(`签名有效 / signature valid: ${keyId}`);
  });

  it('with --trust, exits 0 only for a signed backup whose key the store vouches for, for its department, when it was made', async () => {
    const trusted = await runMulu('backup', 'verify', path('signed.mulu-backup'), '--trust', path('trusted.json'));
    expect(trusted.code).toBe(0);
    expect(trusted.out).toContain(`信任库确认 / trusted: 签名密钥 ${keyId} 属于 / belongs to 泗县数据资源管理局`);
    const refused = async (store: string, says: string) => {
      const r = await runMulu('backup', 'verify', path('signed.mulu-backup'), '--trust', path(store));
      expect(r.code).toBe(1);
      expect(r.out).toContain('未通过信任库核对');
      expect(r.out).toContain(says);
    };
    await refused('stranger.json', `签名公钥 ${keyId} 不在信任库中`);
    await refused('later.json', '尚未生效');
    await refused('elsewhere.json', '宿州市数据资源管理局');
    const unsigned = await runMulu('backup', 'verify', path('plain.mulu-backup'), '--trust', path('trusted.json'));
    expect(unsigned.code).toBe(1);
    expect(unsigned.out).toContain('备份没有签名');
    const json = await runMulu('backup', 'verify', path('signed.mulu-backup'), '--trust', path('stranger.json'), '--format', 'json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toMatchObject({ verdict: 'intact', trust: { trusted: false, reason: 'unknownKey' } });
  });

  it('with --trust naming one public key, says the department is not confirmed', async () => {
    const r = await runMulu('backup', 'verify', path('signed.mulu-backup'), '--trust', path('workspace.pem'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('部门未经信任库确认');
  });

  it('with --trust, a damaged backup stays 1 and an unreadable trust file or --trust on inspect is 2', async () => {
    expect((await runMulu('backup', 'verify', path('damaged.mulu-backup'), '--trust', path('trusted.json'))).code).toBe(1);
    expect((await runMulu('backup', 'verify', path('signed.mulu-backup'), '--trust', path('notes.txt'))).code).toBe(2);
    expect((await runMulu('backup', 'inspect', path('signed.mulu-backup'), '--trust', path('trusted.json'))).code).toBe(2);
  });

  it('says an unsigned backup was only digest-checked', async () => {
    const r = await runMulu('backup', 'verify', path('plain.mulu-backup'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('未签名 / not signed');
  });

  it('exits 1 for a damaged or cut backup and names the damage', async () => {
    const damaged = await runMulu('backup', 'verify', path('damaged.mulu-backup'));
    expect(damaged.code).toBe(1);
    expect(damaged.out).toContain('备份已损坏或被改动');
    expect(damaged.out).toMatch(/data\/[a-z]+\/\d{6}\.json|CRC-32|ZIP/);
    const cut = await runMulu('backup', 'verify', path('cut.mulu-backup'), '--format', 'json');
    expect(cut.code).toBe(1);
    expect(JSON.parse(cut.out)).toMatchObject({ verdict: 'damaged', problems: [{ kind: 'container' }] });
  });

  it('exits 2 for a file that is not a backup, or none at all', async () => {
    const notes = await runMulu('backup', 'verify', path('notes.txt'));
    expect(notes.code).toBe(2);
    expect(notes.err).toContain('不是 Mulu 备份文件');
    expect((await runMulu('backup', 'verify', path('missing.mulu-backup'))).code).toBe(2);
    expect((await runMulu('backup', 'check', path('plain.mulu-backup'))).code).toBe(2);
  });
});

describe('mulu backup inspect', () => {
  it('shows the department, dates and counts', async () => {
    const r = await runMulu('backup', 'inspect', path('plain.mulu-backup'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/资源 \/ resources: 12，信息项 \/ items: \d+，历史版本 \/ past versions: \d+，目录包 \/ packages: 2/);
    expect(r.out).toContain('备份时间 / backed up: 2026-');
    const json = JSON.parse((await runMulu('backup', 'inspect', path('plain.mulu-backup'), '--format', 'json')).out);
    expect(json.manifest.workspace).toMatchObject({ resources: 12, packages: 2, department: { name: '泗县数据资源管理局' } });
  });

  it('exits 2 for a file that is not a backup, and --help only prints the usage', async () => {
    expect((await runMulu('backup', 'inspect', path('notes.txt'))).code).toBe(2);
    const help = await runMulu('backup', 'verify', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('mulu backup verify');
  });
});
