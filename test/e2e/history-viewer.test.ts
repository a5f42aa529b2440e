// 变更记录 in Chromium: a resource edited twice (bulk edit, each with its 变更说明) shows three versions with who,
// when and why; two versions compared field by field; an older one restored as a new version with a note; the
// audit log lists the edits, filters by resource and action, and says its chain is verified; a deleted resource is
// found by name among the deleted ones and restored into the catalog.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateCatalog } from '../../core/sample/generator.ts';
import { completeFirstRun, openAppPage, shot, useServedApp } from './app-harness.ts';
import { seedCatalog, serveAppWithSeedPage } from './catalog-seed.ts';

const SEED = { resources: 40, seed: 3, itemsPerResource: 5 };
const catalog = generateCatalog(SEED);
const app = useServedApp(serveAppWithSeedPage);

const row = (page: Page, id: string) => page.locator(`.catalog-table .ant-table-row[data-row-key="${id}"]`);

async function bulkSetCycle(page: Page, id: string, cycle: string, reason: string) {
  await row(page, id).locator('.ant-checkbox-input').check();
  await page.getByRole('button', { name: '批量修改' }).click();
  const dialog = page.locator('.ant-modal');
  await dialog.getByRole('combobox', { name: '修改为' }).click();
  await page.locator('.ant-select-item-option', { hasText: cycle }).click();
  await dialog.getByLabel('变更说明').fill(reason);
  await dialog.getByRole('button', { name: '确认修改' }).click();
  await page.getByText('已修改 1 项资源。').waitFor();
  await dialog.waitFor({ state: 'hidden' });
}

describe('变更记录 in Chromium', () => {
  it('shows a resource’s versions, compares two, restores one, verifies the audit chain and restores a deleted resource', async () => {
    const { page, outside, errors } = await openAppPage(app.browser, app.server);
    await completeFirstRun(page, app.server);
    await seedCatalog(page, app.server, SEED);
    await page.goto(`${app.server.url}/`);
    await page.getByText('本部门工作区').waitFor();
    await page.getByRole('menuitem', { name: '目录编制' }).click();

    // Two edits of one resource, then a deletion of another.
    // Its 更新周期 is the only field the two edits change (no 更新周期说明 that a new cycle would drop).
    const edited = catalog.resources.find((r) => r.updateCycle !== 'monthly' && r.updateCycle !== 'yearly' && r.updateCycleNote === undefined)!;
    const doomed = catalog.resources.find((r) => r.id !== edited.id)!;
    await row(page, edited.id).waitFor();
    await bulkSetCycle(page, edited.id, '每月', '按通知改为每月更新');
    await bulkSetCycle(page, edited.id, '每年', '更正：应为每年更新');
    await row(page, doomed.id).locator('.ant-checkbox-input').check();
    await page.getByRole('button', { name: /删\s?除/ }).click();
    const dialog = page.locator('.ant-modal');
    await dialog.getByLabel('变更说明').fill('该资源已并入其他资源');
    await dialog.getByRole('button', { name: '确认删除' }).click();
    await page.getByText('已删除 1 项资源。').waitFor();
    await row(page, doomed.id).waitFor({ state: 'detached' });

    // The edited resource's versions, newest first, with who and why.
    await page.getByRole('menuitem', { name: '变更记录' }).click();
    await page.getByRole('combobox', { name: '选择资源（可按名称或代码搜索）' }).click();
    await page.keyboard.type(edited.code!);
    await page.locator('.ant-select-item-option', { hasText: edited.code! }).click();
    const versions = page.locator('.history-section .ant-table-tbody .ant-table-row');
    await expect.poll(() => versions.count()).toBe(3);
    const text = async () => (await versions.allTextContents()).map((t) => t.replace(/\s+/g, ' '));
    const [current, middle, oldest] = await text();
    expect(current).toContain('当前');
    expect(current).toContain('更正：应为每年更新');
    expect(middle).toContain('按通知改为每月更新');
    expect(oldest).toContain('导入');

    // The oldest and the newest compared: only 更新周期 differs.
    await versions.nth(0).locator('.ant-checkbox-input').check();
    await versions.nth(2).locator('.ant-checkbox-input').check();
    const diff = page.getByTestId('version-diff');
    await diff.waitFor();
    const diffRows = diff.locator('.ant-table-tbody .ant-table-row');
    await expect.poll(() => diffRows.count()).toBe(1);
    expect(await diffRows.first().textContent()).toContain('更新周期');
    expect(await diffRows.first().textContent()).toContain('每年');
    await shot(page, 'history-versions-diff');

    // 恢复此版本: the middle version (每月) comes back as a fourth version with its note.
    await versions.nth(1).getByRole('button', { name: '恢复此版本' }).click();
    const restore = page.locator('.ant-modal');
    await restore.getByLabel('变更说明').waitFor();
    expect(await restore.getByLabel('变更说明').inputValue()).toMatch(/^恢复为第 \d+ 版$/);
    // antd spaces a two-character button label (恢 复).
    await restore.getByRole('button', { name: /^恢\s?复$/ }).click();
    await page.getByText(/已恢复第 \d+ 版的内容，保存为第 \d+ 版。/).waitFor();
    await expect.poll(() => versions.count()).toBe(4);
    expect((await text())[0]).toMatch(/当前.*恢复为第 \d+ 版/);
    await versions.nth(0).locator('.ant-checkbox-input').check();
    await versions.nth(2).locator('.ant-checkbox-input').check();
    await expect.poll(() => page.getByTestId('version-diff').textContent()).toContain('两个版本内容相同');

    // The audit log: verified, and filtered to this resource's saves.
    await page.getByRole('tab', { name: '审计日志' }).click();
    await expect.poll(() => page.getByTestId('audit-chain').textContent()).toMatch(/审计链验证通过：\d+ 条记录完整/);
    const entries = page.getByTestId('audit-log').locator('.ant-table-tbody .ant-table-row');
    await expect.poll(() => entries.count()).toBeGreaterThan(5);
    await page.getByRole('textbox', { name: '按资源名称、代码查找' }).fill(edited.code!);
    await expect.poll(() => entries.count()).toBe(3);
    await page.getByRole('combobox', { name: '操作' }).click();
    await page.locator('.ant-select-item-option', { hasText: '删除资源' }).click();
    await expect.poll(() => entries.count()).toBe(0);
    await page.getByRole('textbox', { name: '按资源名称、代码查找' }).fill('');
    await expect.poll(() => entries.count()).toBe(1);
    expect(await entries.first().textContent()).toContain('该资源已并入其他资源');
    await shot(page, 'history-audit');

    // The deleted resource, found by name and restored: back in the catalog.
    await page.getByRole('tab', { name: '已删除的资源' }).click();
    await page.getByRole('searchbox', { name: '按名称或代码查找已删除的资源' }).fill(doomed.name!.slice(0, 4));
    const deleted = page.getByTestId('deleted-resources').locator('.ant-table-tbody .ant-table-row');
    await expect.poll(() => deleted.count()).toBe(1);
    expect(await deleted.first().textContent()).toContain(doomed.name!);
    await shot(page, 'history-deleted');
    await deleted.first().getByRole('button', { name: /^恢\s?复$/ }).click();
    await page.locator('.ant-modal').getByRole('button', { name: /^恢\s?复$/ }).click();
    await page.getByText('没有已删除的资源。').waitFor();
    await page.getByRole('menuitem', { name: '目录编制' }).click();
    // Restored at the end of the catalog, below the rows drawn: found by its code.
    await page.getByRole('textbox', { name: '搜索名称、代码或拼音首字母' }).fill(doomed.code!);
    await row(page, doomed.id).waitFor();

    // The same viewer in English.
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('menuitem', { name: 'History' }).click();
    await page.getByRole('tab', { name: 'Audit log' }).click();
    await expect.poll(() => page.getByTestId('audit-chain').textContent()).toMatch(/Audit chain verified: \d+ entries/);
    await shot(page, 'history-audit-en');

    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  }, 600_000);
});
