// A county clerk's day with the national template, in one browser (Debian's Chromium, 1366×768, the production
// build): the department's 5,000-row workbook in the national layout (细目分类1 and 细目分类1.1, no provider columns)
// dry-run with no false findings — no R02 from a dropped 细目 column, no R01 for the provider the workspace
// department supplies, one W10 notice instead; committed; the mass finding (使用要求 missing everywhere, R20) fixed
// for every resource in one bulk edit that is one undo step; the remaining findings followed from 校验. The time and
// the clicks it took are printed, not asserted (they depend on the machine). Screenshots: test-results/screenshots/day-*.png.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadDivisionTable } from '../../core/codes/division.ts';
import type { Department } from '../../core/model/catalog.ts';
import { generateCatalog } from '../../core/sample/generator.ts';
import { checkWorkbook } from '../../core/workbook/check-workbook.ts';
import { nationalWorkbook } from '../harness/national-workbook.ts';
import { completeFirstRun, openAppPage, openSection, shot, TEST_USCC, useServedApp, zhCount } from './app-harness.ts';

const DEPARTMENT: Department = { name: '泗县农业农村局', uscc: TEST_USCC, divisionCode: '341324100' };
const RESOURCES = 5_000;
const LONG = 300_000;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const WORKBOOK = {
  file: '泗县农业农村局政务数据资源目录（国家模板）.xlsx',
  bytes: Buffer.from(nationalWorkbook(generateCatalog({ resources: RESOURCES, seed: 23, profile: 'sixian', clean: true, itemsPerResource: 1 }))),
};
const USAGE = '仅限本部门依法履职使用，不得转授他人';

const app = useServedApp();

describe('a clerk’s day on the county workbook', () => {
  it('imports the national layout without false findings, bulk-fixes the mass finding, follows the rest from 校验', { timeout: 20 * 60_000 }, async () => {
    const expected = await checkWorkbook(new Uint8Array(WORKBOOK.bytes), { profile: 'sixian', department: DEPARTMENT, divisions: await loadDivisionTable() });
    if (!expected.ok) throw new Error(expected.message.zh);
    const rules = new Set(expected.findings.map((f) => f.ruleId));
    // What the layout would falsely cost without the fixes: none of it is there.
    expect(rules.has('R02')).toBe(false);
    expect(expected.findings.some((f) => f.ruleId === 'R01' && /provider(Name|Code)$/u.test(f.path))).toBe(false);
    expect(expected.findings.filter((f) => f.ruleId === 'R20').length).toBe(RESOURCES);

    const { page } = await openAppPage(app.browser, app.server);
    let clicks = 0;
    const click = async (target: Locator) => {
      clicks++;
      await target.click();
    };
    await completeFirstRun(page, app.server);
    const started = Date.now();

    // 导入: dry run, the report as core computes it, commit.
    await openSection(page, '导入');
    clicks++;
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page.getByRole('button', { name: '选择工作簿……' }))]);
    await chooser.setFiles({ name: WORKBOOK.file, mimeType: XLSX_TYPE, buffer: WORKBOOK.bytes });
    await page.getByText(`试导入结果：「${WORKBOOK.file}」`).waitFor({ timeout: LONG });
    const cell = (label: string) => page.locator('.dry-run-counts th', { hasText: label }).locator('xpath=following-sibling::td[1]');
    expect(await cell('错误').textContent()).toBe(zhCount(expected.report.counts.error));
    expect(await page.locator('[data-group="rule:R02"]').count()).toBe(0);
    await page.locator('[data-group="rule:W10"]').waitFor();
    await shot(page, 'day-01-dry-run');
    await click(page.getByRole('button', { name: '确认导入……' }));
    await click(page.locator('.ant-modal').getByRole('button', { name: '确认导入' }));
    await page.getByText('导入完成').waitFor({ timeout: LONG });

    // 目录编制: every resource, 使用要求 filled where empty, one step.
    await openSection(page, '目录编制');
    clicks++;
    await page.locator('.catalog-counts', { hasText: `共 ${zhCount(RESOURCES)} 条` }).waitFor({ timeout: LONG });
    await click(page.locator('.catalog-table thead .ant-checkbox-input'));
    await page.locator('.catalog-counts', { hasText: `已选 ${zhCount(RESOURCES)} 条` }).waitFor();
    await click(page.getByRole('button', { name: '批量修改' }));
    const dialog = page.locator('.ant-modal');
    await click(dialog.getByRole('combobox', { name: '要修改的内容' }));
    await page.keyboard.type('使用要求');
    await click(page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '使用要求' }).first());
    await click(dialog.getByRole('radio', { name: '只填空白处' }));
    await dialog.getByLabel('修改为').fill(USAGE);
    await dialog.getByText(`将修改 ${zhCount(RESOURCES)} 项资源，0 项不变。`).waitFor();
    await dialog.getByLabel('变更说明').fill('按县数据资源管理局要求补填使用要求');
    await shot(page, 'day-02-bulk-edit');
    await click(dialog.getByRole('button', { name: '确认修改' }));
    await page.getByText(`已修改 ${zhCount(RESOURCES)} 项资源。`).waitFor({ timeout: LONG });
    await page.getByRole('button', { name: `撤销批量修改（${zhCount(RESOURCES)} 项）` }).waitFor();
    await shot(page, 'day-03-after-bulk-edit');

    // 校验: R20 is gone; the remaining findings are followed to their field.
    await openSection(page, '校验');
    clicks++;
    await page.getByText(`校验 ${zhCount(RESOURCES)} 条资源`, { exact: false }).waitFor({ timeout: LONG });
    await expect.poll(() => page.locator('[data-group="rule:R20"]').count(), { timeout: LONG }).toBe(0);
    const groups = page.locator('[data-group^="rule:"]');
    const remaining = await groups.count();
    await shot(page, 'day-04-validate');
    for (let i = 0; i < Math.min(remaining, 2); i++) {
      await openSection(page, '校验');
      clicks++;
      await click(groups.nth(i));
      const place = page.locator('.ant-collapse-item-active .finding-group-findings .finding a').first();
      await place.waitFor();
      await click(place);
      await page.locator('.ant-drawer-title', { hasText: '编辑资源' }).waitFor();
      if (i === 0) await shot(page, 'day-05-finding-in-editor');
      await click(page.getByRole('button', { name: '关闭' }).first());
      await page.locator('.ant-drawer-title').waitFor({ state: 'hidden' });
    }
    const seconds = (Date.now() - started) / 1000;
    // Printed for the record, not asserted: it depends on the machine and its load.
    console.log(`clerk's day: ${RESOURCES} resources imported from the national layout, ${zhCount(RESOURCES)} R20 fixed in one bulk edit, ${remaining} rule groups left; ${seconds.toFixed(1)} s, ${clicks} clicks`);
  });
});
