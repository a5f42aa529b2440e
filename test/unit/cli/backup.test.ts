// `mulu backup verify` and `mulu backup inspect` as the IT office uses them on a backup the app wrote: exit 0 for
// an intact backup, 1 for a damaged one with what is damaged, 2 for a file that is not a backup at all.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMulu } from '../../harness/cli.ts';
import { backupBytes, populatedWorkspace } from '../renderer/services/backup/backup-harness.ts';
import { testDatabase } from '../renderer/services/storage/test-storage.ts';

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
});

describe('mulu backup verify', () => {
  it('says an intact signed backup is intact, with the key to compare', async () => {
    const r = await runMulu('backup', 'verify', path('signed.mulu-backup'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('备份完好 / backup intact');
    expect(r.out).toContain('泗县数据资源管理局');
    expect(r.out).toContain(`签名有效 / signature valid: ${keyId}`);
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
