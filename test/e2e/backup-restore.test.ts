// 备份 and 恢复 in Debian's Chromium on the production build, as the clerk meets them on 首页: the reminder before
// the first backup, the backup saved as a download, the restore of that file asking before it replaces the
// workspace, and the workspace back after the reload. Then a restore killed at each of its stages (Chromium on a
// profile on disk killed with SIGKILL while the restore waits there for good, and started again on that profile):
// at the next start the department's workspace is whole — the old one up to the swap, the restored one from it —
// with no staging rows left and the audit chain verifying. Screenshots at 1366×768.
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithProfile, type ProfileBrowser } from '../bench/storage-chromium.ts';
import { completeFirstRun, openAppPage, ROOT, serveApp, shot, useServedApp } from './app-harness.ts';
import { bundle } from './browser-harness.ts';
import type { BackupProbe, KillPoint, StoredState } from './pages/backup-probe-api.ts';

const PROBE = '/backup-probe.js';
const probe = () => (globalThis as unknown as { backupProbe: BackupProbe }).backupProbe;
const SEEDED = 300;

const app = useServedApp(async () => serveApp({ [PROBE]: { type: 'text/javascript; charset=utf-8', body: await bundle(join(ROOT, 'test/e2e/pages/backup-probe.ts')) } }));
let page: Page;

async function addProbe(on: Page): Promise<void> {
  await on.addScriptTag({ url: PROBE, type: 'module' });
  await on.waitForFunction(() => 'backupProbe' in globalThis);
}

const state = (on: Page) => on.evaluate(`(${probe})().state()`) as Promise<StoredState>;

beforeAll(async () => {
  page = (await openAppPage(app.browser, app.server)).page;
  // Chromium's save picker would open a real dialog: hidden, the backup takes the download path (the picker path is
  // tested on its own in platform-browser.test.ts).
  await page.context().addInitScript(() => delete (globalThis as { showSaveFilePicker?: unknown }).showSaveFilePicker);
  await completeFirstRun(page, app.server);
  await addProbe(page);
  await page.evaluate(`(${probe})().seed(${SEEDED})`);
  await page.reload();
  await page.getByText('本部门工作区').waitFor();
}, 300_000);

describe('备份与恢复 on 首页', () => {
  it('asks for a first backup, saves it, and restores it over the workspace after asking', async () => {
    const card = page.getByTestId('backup-card');
    await expect.poll(() => card.getByTestId('backup-reminder').textContent(), { timeout: 30_000 }).toContain('目录还没有备份过');
    await card.scrollIntoViewIfNeeded();
    await shot(page, 'backup-home-reminder');

    await card.getByRole('button', { name: '备份…' }).click();
    const dialog = page.locator('.ant-modal', { hasText: '备份工作区' });
    await dialog.getByText('本工作区没有签名密钥').waitFor();
    await shot(page, 'backup-dialog');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '写出备份' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^泗县农业农村局-工作区备份-\d{8}\.mulu-backup$/);
    const file = join(ROOT, 'test-results', download.suggestedFilename());
    await download.saveAs(file);
    await expect.poll(() => card.getByTestId('backup-last').textContent(), { timeout: 30_000 }).toContain('上次备份');
    expect(await card.getByTestId('backup-reminder').count()).toBe(0);
    await shot(page, 'backup-home-done');

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), card.getByRole('button', { name: '从备份恢复…' }).click()]);
    await chooser.setFiles({ name: download.suggestedFilename(), mimeType: 'application/octet-stream', buffer: await readFile(file) });
    const confirm = page.locator('.ant-modal', { hasText: '替换当前工作区？' });
    await confirm.waitFor();
    await shot(page, 'backup-replace-confirm');
    await confirm.getByRole('button', { name: /替\s*换/ }).click();
    const done = page.locator('.ant-modal', { hasText: '已从备份恢复' });
    await done.waitFor({ timeout: 60_000 });
    expect(await done.textContent()).toContain(`${SEEDED} 条资源`);
    await shot(page, 'backup-restored');
    await done.getByRole('button', { name: /OK|确\s*定|知道了/ }).click();
    await page.getByText('本部门工作区').waitFor();
    await addProbe(page);
    const after = await state(page);
    expect(after.workspaces.map((w) => w.slot)).toEqual([expect.stringMatching(/^department:/)]);
    expect(after.workspaces[0]!.resourceCount).toBe(SEEDED);
    expect(after.auditOk).toBe(true);
  });
});

describe('a restore killed at each stage', () => {
  // Chromium on a profile on disk, killed outright (SIGKILL to its process group: no unload, no shutdown, as a power
  // cut or the task manager), then started again on the same profile: the app's next start finds what the disk holds.
  let profile: string;
  let chromium: ProfileBrowser;
  let onDisk: Page;
  const startApp = async () => {
    const opened = await chromium.browser.contexts()[0]!.newPage();
    await opened.goto(`${app.server.url}/`);
    return opened;
  };

  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), 'mulu-backup-kill-'));
    chromium = await launchWithProfile(profile);
    onDisk = await startApp();
    await completeFirstRun(onDisk, undefined);
    await addProbe(onDisk);
    await onDisk.evaluate(`(${probe})().seed(${SEEDED})`);
  }, 300_000);

  afterAll(async () => {
    await chromium?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  const points: KillPoint[] = ['checked', 'midStaging', 'staged', 'swapped'];
  for (const point of points) {
    it(`leaves the department workspace whole when Chromium is killed at ${point}`, async () => {
      await addProbe(onDisk);
      await onDisk.evaluate(`(${probe})().backup()`);
      const before = await state(onDisk);
      const [department] = before.workspaces;
      void onDisk.evaluate(`(${probe})().restoreUntil('${point}')`).catch(() => undefined);
      await onDisk.waitForFunction((p) => (globalThis as unknown as { backupProbe: BackupProbe }).backupProbe.stoppedAt() === p, point, { timeout: 60_000 });
      await chromium.kill();

      chromium = await launchWithProfile(profile);
      onDisk = await startApp();
      await onDisk.getByText('本部门工作区').waitFor({ timeout: 60_000 });
      await addProbe(onDisk);
      const after = await state(onDisk);
      expect(after.workspaces).toHaveLength(1);
      const [now] = after.workspaces;
      expect(now!.slot).toBe(department!.slot);
      expect(now!.resourceCount).toBe(SEEDED);
      // Up to the swap the old workspace stays; from it the restored one is the department's. Either way its rows
      // are all there and nobody else's are (no staging rows).
      if (point === 'swapped') expect(now!.id).not.toBe(department!.id);
      else expect(now!.id).toBe(department!.id);
      expect(after.resources).toEqual({ [now!.id]: SEEDED });
      expect(after.auditOk).toBe(true);
    });
  }
});
