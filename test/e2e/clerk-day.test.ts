// A county clerk's day with the national template, in one browser (Debian's Chromium, 1366×768, the production
// build): the department's 5,000-row workbook in the national layout (细目分类1 and 细目分类1.1, no provider columns)
// dry-run with no false findings — no R02 from a dropped 细目 column, no R01 for the provider the workspace
// department supplies, one W10 notice instead; committed; the mass finding (使用要求 missing everywhere, R20) fixed
// for every resource in one bulk edit that is one undo step; every other error fixed by rule from 校验 (按此规则批量
// 修正); the warnings left followed in the form over the report without losing its place; a key made and the package
// signed. The time and the clicks it took are printed, not asserted (they depend on the machine). Screenshots:
// test-results/screenshots/day-*.png.
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
const PASSPHRASE = '泗县农业农村局签名口令2026';

type Click = (target: Locator) => Promise<void>;
/** The value each mass finding's correction is given in 按此规则批量修正 (the dialog shows the field's own control). */
const FIXES: Readonly<Record<string, (dialog: Locator, click: Click) => Promise<void>>> = {
  R09: (dialog) => dialog.getByLabel('更新周期说明').fill('业务发生变化后5个工作日内更新'),
  R21: async (dialog, click) => {
    // The value's 新增依据 comes before the 变更说明's own.
    await click(dialog.getByRole('button', { name: '新增依据' }).first());
    await dialog.getByLabel('文件名称').fill('中华人民共和国农业法');
    await dialog.getByLabel('文号').fill('主席令第74号');
    await dialog.getByLabel('条款，例如 第二十二条').fill('第二十五条');
    await click(dialog.getByRole('combobox', { name: '层级' }));
    await click(dialog.page().locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: /^法律$/u }).first());
  },
  R23: async (dialog, click) => {
    await click(dialog.getByRole('combobox', { name: '不予开放理由' }));
    await click(dialog.page().locator('.ant-select-dropdown:visible .ant-select-item-option').first());
    // Closes the list (Esc would close the dialog too).
    await click(dialog.locator('.ant-modal-title'));
  },
  R26: async (dialog, click) => {
    await click(dialog.getByRole('combobox', { name: '申请共享所需材料' }));
    await dialog.page().keyboard.type('共享申请表；');
  },
};

const app = useServedApp();

describe('a clerk’s day on the county workbook', () => {
  it('imports the national layout without false findings, bulk-fixes the mass finding, fixes the rest by rule, follows the warnings from 校验 and packages', { timeout: 20 * 60_000 }, async () => {
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

    // 校验: R20 is gone; every mass finding left is fixed by rule, each in one step, from the report itself.
    await openSection(page, '校验');
    clicks++;
    await page.getByText(`校验 ${zhCount(RESOURCES)} 条资源`, { exact: false }).waitFor({ timeout: LONG });
    await expect.poll(() => page.locator('[data-group="rule:R20"]').count(), { timeout: LONG }).toBe(0);
    await shot(page, 'day-04-validate');
    const fixedByRule: string[] = [];
    for (const [rule, fill] of Object.entries(FIXES)) {
      const group = page.locator(`[data-group="rule:${rule}"]`);
      if ((await group.count()) === 0) continue;
      const header = page.locator('.ant-collapse-item', { has: group });
      await click(header.locator('button', { hasText: '按此规则批量修正' }));
      const fixDialog = page.locator('.ant-modal');
      await fixDialog.getByText(`按规则 ${rule} 批量修正`, { exact: false }).waitFor();
      await fill(fixDialog, click);
      await fixDialog.getByText(/^将修改 [\d,]+ 项资源，0 项不变。$/u).waitFor();
      await fixDialog.getByLabel('变更说明').fill(`按县数据资源管理局要求统一修正 ${rule}`);
      if (rule === 'R21') await shot(page, 'day-05-fix-by-rule');
      await click(fixDialog.getByRole('button', { name: /^修正所选的/u }));
      await page.getByText(new RegExp(`已按规则 ${rule} 修正 [\\d,]+ 项资源`, 'u')).waitFor({ timeout: LONG });
      // The rule's findings are gone, and one undo would take the whole correction back.
      await expect.poll(() => group.count(), { timeout: LONG }).toBe(0);
      fixedByRule.push(rule);
    }
    await expect.poll(() => page.locator('.validate-count-error strong').textContent(), { timeout: LONG }).toBe('0');

    // The warnings left are followed in the form over the report: the group stays open where it was, and the form
    // steps to the next resource with the same finding.
    const left = page.locator('[data-group^="rule:"]');
    const remaining = await left.count();
    await click(left.first());
    const openGroup = page.locator('.ant-collapse-item-active');
    // A resource's finding (the department's own come first and lead to 首页).
    const place = openGroup.locator('.finding-group-findings .finding', { has: page.locator('strong') }).locator('a').first();
    await place.waitFor();
    const scrolled = () => page.evaluate<number>(`document.querySelector('.shell-content').scrollTop`);
    const scrollBefore = await scrolled();
    await click(place);
    await page.locator('.ant-drawer-title', { hasText: '编辑资源' }).waitFor();
    const title = page.locator('.rf-title');
    const next = page.getByRole('button', { name: /^下一个同类问题 ▸/u });
    for (let step = 0; step < 2; step++) {
      const before = await title.textContent();
      await click(next);
      await expect.poll(() => title.textContent()).not.toBe(before);
    }
    await shot(page, 'day-06-next-in-editor');
    await click(page.getByRole('button', { name: '关闭' }).first());
    await page.locator('.ant-drawer-title').waitFor({ state: 'hidden' });
    // Still in 校验, the same group open, the report where it was.
    expect(await page.locator('.shell-sider .ant-menu-item-selected').textContent()).toBe('校验');
    expect(await openGroup.count()).toBe(1);
    expect(await scrolled()).toBe(scrollBefore);
    await shot(page, 'day-07-back-in-validate');

    // 密钥 and 打包上报: the warnings read, the package signed.
    await openSection(page, '密钥');
    clicks++;
    await page.getByText('本工作区还没有签名密钥').waitFor();
    await page.getByLabel('口令', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('再次输入口令').fill(PASSPHRASE);
    await click(page.getByRole('button', { name: '创建密钥' }));
    await page.getByText('当前签名密钥').waitFor({ timeout: LONG });
    await openSection(page, '打包上报');
    clicks++;
    await click(page.getByRole('button', { name: '检查目录' }));
    await page.getByText(/目录有 [\d,]+ 个警告/u).waitFor({ timeout: LONG });
    await click(page.getByRole('checkbox', { name: '我已查看这些警告，仍要打包' }));
    await page.getByLabel('密钥口令').fill(PASSPHRASE);
    const [saved] = await Promise.all([page.waitForEvent('download', { timeout: LONG }), click(page.getByRole('button', { name: '签名并保存目录包' }))]);
    expect(saved.suggestedFilename()).toMatch(/^泗县农业农村局-目录-v1-\d{8}\.zip$/u);
    await expect.poll(() => page.getByTestId('package-status-v1').innerText(), { timeout: LONG }).toBe('待回执');
    await shot(page, 'day-08-packaged');
    const seconds = (Date.now() - started) / 1000;
    // Printed for the record, not asserted: it depends on the machine and its load.
    console.log(
      `clerk's day: ${RESOURCES} resources imported from the national layout, ${zhCount(RESOURCES)} R20 fixed in one bulk edit, ${fixedByRule.join(', ')} fixed by rule, ${remaining} warning groups followed from 校验, packaged; ${seconds.toFixed(1)} s, ${clicks} clicks`,
    );
  });
});
