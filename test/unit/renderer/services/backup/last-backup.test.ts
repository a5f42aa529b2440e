// The last backup as 首页 shows it and the reminder's facts: recorded with its audit entry once the file is saved,
// moved with the workspace by a restore, and big imports after it counted.
import { describe, expect, it } from 'vitest';
import { backupReminder } from '../../../../../core/backup/backup-reminder.ts';
import { getLastBackup, reminderFacts, setBackupInterval } from '../../../../../renderer/services/backup/last-backup.ts';
import { recordBackup } from '../../../../../renderer/services/backup/write-backup.ts';
import { verifyAuditChain } from '../../../../../renderer/services/storage/audit-verify.ts';
import { entriesOf } from '../../../../../renderer/services/storage/audit-log.ts';
import { commitImport } from '../../../../../renderer/services/storage/import-commit.ts';
import { author, resource, testDatabase } from '../storage/test-storage.ts';
import { backupBytes, populatedWorkspace } from './backup-harness.ts';

describe('last backup and reminder', () => {
  it('records the backup with an audit entry, and counts big imports after it', async () => {
    const { ctx } = await testDatabase().open();
    const { ws } = await populatedWorkspace(ctx);
    expect(backupReminder(await reminderFacts(ctx, ws.id), new Date('2026-03-03T00:00:00Z'), true)).toMatchObject({ due: true, reason: 'never' });

    const { done } = await backupBytes(ctx, ws.id);
    const last = await recordBackup(ctx, ws, done, '泗县-工作区备份.mulu-backup', '王晓明');
    expect(await getLastBackup(ctx, ws.id)).toEqual(last);
    expect(entriesOf(await ctx.db.audit.toArray()).at(-1)).toMatchObject({ action: 'backup.create', subject: done.manifestDigest });
    expect((await verifyAuditChain(ctx)).ok).toBe(true);
    const soon = new Date(Date.parse(last.at) + 86_400_000);
    expect(backupReminder(await reminderFacts(ctx, ws.id), soon, true)).toMatchObject({ due: false });
    expect(backupReminder(await reminderFacts(ctx, ws.id), new Date(Date.parse(last.at) + 31 * 86_400_000), true)).toMatchObject({ due: true, reason: 'age', days: 31 });
    await setBackupInterval(ctx, 0);
    expect(backupReminder(await reminderFacts(ctx, ws.id), new Date(Date.parse(last.at) + 400 * 86_400_000), true)).toMatchObject({ due: false });

    const big = Array.from({ length: 120 }, (_, i) => resource(`big${i}`, `大批${i}`, 1));
    const imported = await commitImport(ctx, ws.id, { resources: big } as never, { author: author('大批导入') });
    if (imported.ok) await imported.retired;
    expect(backupReminder(await reminderFacts(ctx, ws.id), soon, true)).toMatchObject({ due: true, reason: 'bigImport' });
  });
});
