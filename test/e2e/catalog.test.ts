// 目录编制 in Chromium as a clerk uses it: the empty list says what to do; with a generated county catalog of 2,000
// resources (committed into the app's IndexedDB by the seed page, as an import would) the list filters by share
// type and classification, finds resources by name and by pinyin initials, renders rows far down when scrolled,
// bulk-sets a field with a 变更说明, deletes two after confirmation in one step, undoes and redoes that (buttons,
// Ctrl+Z / Ctrl+Y), and keeps it all after a reload.
// Expected counts come from the same generator run in Node.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { classificationPrefix } from '../../core/codes/classification.ts';
import { generateCatalog } from '../../core/sample/generator.ts';
import { completeFirstRun, openAppPage, shot, useServedApp, zhCount } from './app-harness.ts';
import { seedCatalog, serveAppWithSeedPage } from './catalog-seed.ts';

const SEED = { resources: 2000, seed: 1, itemsPerResource: 20 };
const catalog = generateCatalog(SEED);
const TOTAL = catalog.resources.length;


const app = useServedApp(serveAppWithSeedPage);

const counts = (page: Page) => page.locator('.catalog-counts').textContent();
const countsText = (total: number, shown: number, selected: number) => `共 ${zhCount(total)} 条，筛选后 ${zhCount(shown)} 条，已选 ${zhCount(selected)} 条`;
const row = (page: Page, id: string) => page.locator(`.catalog-table .ant-table-row[data-row-key="${id}"]`);

async function openCatalog(page: Page) {
  await page.getByRole('menuitem', { name: '目录编制' }).click();
}

async function pick(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.locator('.ant-select-item-option', { hasText: option }).first().click();
}

describe('目录编制 in Chromium', () => {
  it('filters, searches, bulk-edits, deletes and undoes over 2,000 resources, and keeps the changes after a reload', async () => {
    const { page, outside, errors } = await openAppPage(app.browser, app.server);
    await completeFirstRun(page, app.server);

    // Empty: what to do next, and the way to 导入.
    await openCatalog(page);
    await page.getByText('目录中还没有数据资源').waitFor();
    await page.getByRole('button', { name: '新建资源' }).first().waitFor();
    expect(await counts(page)).toBe(countsText(0, 0, 0));
    await shot(page, 'catalog-empty');
    await page.getByRole('button', { name: '导入工作簿' }).click();
    await expect.poll(() => page.locator('.ant-menu-item-selected').textContent()).toBe('导入');

    // A county catalog committed into this workspace, then the app opened again on it.
    const seeded = await seedCatalog(page, app.server, SEED);
    expect(seeded.resources).toBe(TOTAL);
    await page.goto(`${app.server.url}/`);
    await page.getByText('本部门工作区').waitFor();
    await openCatalog(page);
    const first = catalog.resources[0]!;
    await row(page, first.id).waitFor();
    // The first rows may show while the rest is still being read (正在载入目录): then all of it.
    await expect.poll(() => counts(page)).toBe(countsText(TOTAL, TOTAL, 0));
    // Labels come from the profile's vocabulary; the problems column counts the session's findings.
    await expect.poll(() => row(page, first.id).textContent()).toContain(first.name!);
    expect(await page.locator('.catalog-table .ant-tag', { hasText: /^错误 \d+$/ }).count()).toBeGreaterThan(0);
    await shot(page, 'catalog-list');

    // Filters: share type, then classification (a 类+项 node takes everything under it).
    const conditional = catalog.resources.filter((r) => r.shareType === 'conditional').length;
    await pick(page, '共享类型', '有条件共享');
    await expect.poll(() => counts(page)).toBe(countsText(TOTAL, conditional, 0));
    await shot(page, 'catalog-filtered');
    const underNode = catalog.resources.filter((r) => r.shareType === 'conditional' && r.classification && classificationPrefix(r.classification).startsWith('307034')).length;
    expect(underNode).toBeGreaterThan(0);
    await page.getByRole('combobox', { name: '资源分类' }).click();
    await page.keyboard.type('307034');
    await page.locator('.ant-select-tree-node-content-wrapper[title^="307034 "]').click();
    await expect.poll(() => counts(page)).toBe(countsText(TOTAL, underNode, 0));
    await page.locator('.catalog-filters').getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(() => counts(page)).toBe(countsText(TOTAL, TOTAL, 0));

    // Search: by a word of the name, by pinyin initials, by code.
    const search = page.getByRole('textbox', { name: '搜索名称、代码或拼音首字母' });
    await search.fill('登记');
    await expect.poll(() => counts(page)).toBe(countsText(TOTAL, catalog.resources.filter((r) => r.name!.includes('登记')).length, 0));
    await search.fill('jydjndbg');
    const employment = catalog.resources.find((r) => r.name === '就业登记年度报告')!;
    await expect.poll(() => counts(page)).toBe(countsText(TOTAL, 1, 0));
    await row(page, employment.id).waitFor();
    await search.fill(catalog.resources[1234]!.code!);
    await expect.poll(() => counts(page)).toBe(countsText(TOTAL, 1, 0));
    await row(page, catalog.resources[1234]!.id).waitFor();
    await search.fill('');
    await expect.poll(() => counts(page)).toBe(countsText(TOTAL, TOTAL, 0));

    // Far down the list, rows are rendered (only those in view are in the DOM).
    const last = catalog.resources.at(-1)!;
    expect(await row(page, last.id).count()).toBe(0);
    expect(await page.locator('.catalog-table .ant-table-row').count()).toBeLessThan(60);
    await row(page, first.id).hover();
    await page.mouse.wheel(0, 100_000);
    await row(page, last.id).waitFor();
    await expect.poll(() => row(page, last.id).textContent()).toContain(last.name!);
    await page.mouse.wheel(0, -100_000);
    await row(page, first.id).waitFor();

    // A row opens the resource form beside the list.
    await row(page, first.id).locator('.ant-table-cell').nth(2).click();
    await page.locator('.ant-drawer-title', { hasText: '编辑资源' }).waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.ant-drawer-title').waitFor({ state: 'hidden' });

    // Bulk edit: three rows to 每月, with a 变更说明 that is required.
    const three = catalog.resources.slice(0, 3);
    for (const r of three) await row(page, r.id).locator('.ant-checkbox-input').check();
    expect(await counts(page)).toBe(countsText(TOTAL, TOTAL, 3));
    await page.getByRole('button', { name: '批量修改' }).click();
    const dialog = page.locator('.ant-modal');
    await dialog.getByText('批量修改所选的 3 项资源').waitFor();
    await dialog.getByRole('combobox', { name: '修改为' }).click();
    await page.locator('.ant-select-item-option', { hasText: '每月' }).click();
    // The count is shown before confirming.
    const willChange = three.filter((r) => r.updateCycle !== 'monthly').length;
    await dialog.getByText(`将修改 ${willChange} 项资源，${3 - willChange} 项不变。`).waitFor();
    await dialog.getByRole('button', { name: '确认修改' }).click();
    await dialog.getByText('请填写变更说明：每项修改都要说明原因。').waitFor();
    await dialog.getByLabel('变更说明').fill('按县数据资源管理局通知统一调整更新周期');
    await dialog.getByText('请填写变更说明：每项修改都要说明原因。').waitFor({ state: 'hidden' });
    // Its 依据, typed into the same list editor the resource form uses; an entry left without a title is dropped.
    await dialog.getByRole('button', { name: '新增依据' }).click();
    await dialog.getByRole('button', { name: '新增依据' }).click();
    const basis = dialog.locator('#bulk-note-basis-0');
    await basis.getByLabel('文件名称').fill('泗县政务数据资源管理办法');
    await basis.getByLabel('文号').fill('泗政办〔2026〕3号');
    await basis.getByLabel('条款，例如 第二十二条').fill('第十五条');
    await basis.getByLabel('条款，例如 第二十二条').blur();
    await shot(page, 'catalog-bulk-dialog');
    await dialog.getByRole('button', { name: '确认修改' }).click();
    const changed = three.filter((r) => r.updateCycle !== 'monthly').length;
    await page.getByText(`已修改 ${changed} 项资源。`).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    // Each changed resource's new version carries the note with its basis (read from IndexedDB as stored).
    const ids = three.filter((r) => r.updateCycle !== 'monthly').map((r) => r.id);
    // A page script (a string: this file is type-checked without the DOM) reading the live rows as stored.
    const notes = await page.evaluate<unknown[]>(`new Promise((resolve, reject) => {
      const open = indexedDB.open('mulu');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const all = open.result.transaction('resources').objectStore('resources').getAll();
        all.onerror = () => reject(all.error);
        all.onsuccess = () => {
          open.result.close();
          resolve(all.result.filter((r) => ${JSON.stringify(ids)}.includes(r.id)).map((r) => r.stamp.note));
        };
      };
    })`);
    expect(notes).toEqual(
      Array.from({ length: changed }, () => ({
        reason: '按县数据资源管理局通知统一调整更新周期',
        basis: [{ title: '泗县政务数据资源管理办法', docNo: '泗政办〔2026〕3号', article: '第十五条' }],
      })),
    );
    for (const r of three) await expect.poll(() => row(page, r.id).textContent()).toContain('每月');
    expect(await counts(page)).toBe(countsText(TOTAL, TOTAL, 0));

    // Delete two: the dialog is the confirmation and wants a reason; both go in one step.
    const doomed = catalog.resources[3]!;
    const alsoDoomed = catalog.resources[4]!;
    for (const r of [doomed, alsoDoomed]) await row(page, r.id).locator('.ant-checkbox-input').check();
    await page.getByRole('button', { name: /删\s?除/ }).click();
    await dialog.getByText('删除所选的 2 项资源').waitFor();
    await dialog.getByRole('button', { name: '确认删除' }).click();
    await dialog.getByText('请填写变更说明：每项修改都要说明原因。').waitFor();
    await dialog.getByLabel('变更说明').fill('该资源已并入个人所得税明细信息');
    await dialog.getByText('请填写变更说明：每项修改都要说明原因。').waitFor({ state: 'hidden' });
    await shot(page, 'catalog-delete-dialog');
    await dialog.getByRole('button', { name: '确认删除' }).click();
    await page.getByText('已删除 2 项资源。').waitFor();
    await expect.poll(() => counts(page)).toBe(countsText(TOTAL - 2, TOTAL - 2, 0));
    expect(await row(page, doomed.id).count()).toBe(0);
    const redo = page.getByRole('button', { name: '重做' });
    expect(await redo.isDisabled()).toBe(true);

    // Undo brings both deleted resources back; redo (the button, then Ctrl+Y) deletes them again, Ctrl+Z undoes.
    // The button names the step it takes back: the deletion, whole.
    await page.getByRole('button', { name: '撤销批量修改（2 项）' }).click();
    await page.getByText('已撤销上次批量操作（2 项资源）。').waitFor();
    await expect.poll(() => counts(page)).toBe(countsText(TOTAL, TOTAL, 0));
    await row(page, doomed.id).waitFor();
    await row(page, alsoDoomed.id).waitFor();
    await expect.poll(() => redo.isDisabled()).toBe(false);
    await shot(page, 'catalog-after-bulk-delete-undone');
    await redo.click();
    await page.getByText('已重做批量操作（2 项资源）。').waitFor();
    await expect.poll(() => counts(page)).toBe(countsText(TOTAL - 2, TOTAL - 2, 0));
    // The keys act on the list wherever the focus is in it (the redo button, now disabled, let go of it).
    await page.locator('.catalog-section').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => counts(page)).toBe(countsText(TOTAL, TOTAL, 0));
    await page.keyboard.press('Control+y');
    await expect.poll(() => counts(page)).toBe(countsText(TOTAL - 2, TOTAL - 2, 0));
    await page.keyboard.press('Control+Shift+z');
    await page.getByText('没有可重做的修改。').waitFor();
    await page.keyboard.press('Control+z');
    await expect.poll(() => counts(page)).toBe(countsText(TOTAL, TOTAL, 0));

    // After a reload: the bulk edit kept, the deletion undone.
    await page.reload();
    await page.getByText('本部门工作区').waitFor();
    await openCatalog(page);
    await row(page, first.id).waitFor();
    expect(await counts(page)).toBe(countsText(TOTAL, TOTAL, 0));
    for (const r of three) await expect.poll(() => row(page, r.id).textContent()).toContain('每月');
    await expect.poll(() => row(page, doomed.id).textContent()).toContain(doomed.name!);
    await expect.poll(() => row(page, alsoDoomed.id).textContent()).toContain(alsoDoomed.name!);

    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  }, 600_000);
});
