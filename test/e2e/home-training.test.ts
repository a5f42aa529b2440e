// 首页 and 培训模式 as a trainer uses them, in Debian's Chromium with the desktop CSP: a new department's empty 首页,
// the training sandbox filled with the sample (counts, charts, deadlines in working days, the banner on every
// screen), a reset that asks first, the holiday calendar editor (a wrong date refused in Chinese; a 2027 holiday
// entered moves the deadline shown), back to the department (untouched), and a reload that keeps it all.
// The page's clock starts on 2026-12-24 (Beijing), so the 10 + 3 working days of 泗县 Art. 19 run into 2027.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { completeFirstRun, openAppPage, shot, useServedApp } from './app-harness.ts';

const BANNER = '培训模式 — 此处数据仅用于练习，生成的目录包为培训包';
const TODAY = new Date('2026-12-24T10:00:00+08:00');


const app = useServedApp();

const statistic = (page: Page, title: string) => page.locator('.ant-statistic').filter({ has: page.locator('.ant-statistic-header', { hasText: title }) }).locator('.ant-statistic-content-value');
const deadlineRow = (page: Page, text: string) => page.locator('.ant-table-row', { hasText: text });

/** Nothing wider than the window, and each chart inside its card. */
async function expectNoOverflow(page: Page, charts: Locator): Promise<void> {
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1366);
  for (const chart of await charts.all()) {
    const box = (await chart.boundingBox())!;
    const card = (await chart.locator('xpath=ancestor::div[contains(@class, "ant-card")][1]').boundingBox())!;
    expect(box.width).toBeGreaterThan(200);
    expect(box.x).toBeGreaterThanOrEqual(card.x);
    expect(box.x + box.width).toBeLessThanOrEqual(card.x + card.width + 0.5);
  }
}

describe('首页 and 培训模式', () => {
  it('shows where the catalog stands, runs the training sandbox and counts deadlines with the holiday calendar', async () => {
    const { page, outside, errors } = await openAppPage(app.browser, app.server);
    await page.clock.install({ time: TODAY });
    await completeFirstRun(page, app.server);

    // A new department: the empty catalog says what to do next; nothing to report yet.
    await page.getByText('目录中还没有数据资源').waitFor();
    for (const name of ['导入工作簿', '新建资源', '进入培训模式练习']) await page.getByRole('button', { name }).waitFor();
    await page.getByText('没有待报送的变更').waitFor();
    expect(await page.getByText(BANNER).count()).toBe(0);
    await shot(page, 'home-empty');

    // Into training: the sample is written (atomically, with progress) and 首页 shows it.
    await page.locator('.shell-header').getByRole('button', { name: '进入培训模式' }).click();
    await page.getByText(BANNER).waitFor({ timeout: 60_000 });
    await page.getByText('培训工作区').waitFor();
    await page.getByText('泗县数据资源管理局（培训示例）').first().waitFor();
    await expect.poll(() => statistic(page, '数据资源').textContent()).toBe('300');
    expect(Number((await statistic(page, '信息项').textContent())!.replace(/,/g, ''))).toBeGreaterThan(3000);
    const findings = Number((await statistic(page, '待处理的问题').textContent())!.replace(/,/g, ''));
    expect(findings).toBeGreaterThan(0); // the sample carries clerks' typical mistakes
    const completeness = Number(await statistic(page, '必填项填写完整').textContent());
    expect(completeness).toBeGreaterThan(0);
    expect(completeness).toBeLessThan(100);
    const charts = page.locator('[role="img"][aria-label]').filter({ has: page.locator('canvas') });
    await expect.poll(() => charts.count()).toBe(3);
    expect(await charts.first().getAttribute('aria-label')).toMatch(/^按共享类型：.*无条件共享 \d+/);
    await expectNoOverflow(page, charts);

    // The sample's changes: the update is due 10 working days after today (2027's holidays are not known yet), the
    // report 3 working days after the day the catalog was updated (today): 12-25, 12-28, 12-29.
    const row = deadlineRow(page, '2026-12-24 修改的 300 条资源');
    await row.waitFor();
    await row.getByText('更新目录截至 2027-01-07，报送截至 2026-12-29').waitFor();
    await row.getByText('2026-12-29', { exact: true }).waitFor();
    await row.getByText('还剩 3 个工作日').waitFor();
    await row.getByText(/依据：.*泗县政务数据资源管理办法.*第十九条/).click();
    await page.getByText(/自变更之日起十个工作日内更新/).waitFor();
    await page.keyboard.press('Escape');
    await page.getByText(/2027 年的法定节假日安排尚未录入/).waitFor();
    await shot(page, 'home-training');

    // Every screen says it is training.
    await page.getByRole('menuitem', { name: '校验' }).click();
    await page.getByText(BANNER).waitFor();
    await page.getByRole('menuitem', { name: '首页' }).click();

    // Reset asks first; cancelling keeps everything, confirming brings back the sample.
    await page.getByRole('button', { name: '重置培训数据' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '重置培训数据？' });
    await dialog.getByText(/本部门工作区的数据不受影响/).waitFor();
    await page.waitForTimeout(500); // the dialog's zoom-in, so the screenshot shows it
    await shot(page, 'training-reset-confirm');
    await dialog.getByRole('button', { name: /^取\s?消$/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    // Two hours later (the page's clock), so the reset's commit shows in the header's save time.
    const saved = page.getByRole('status').filter({ hasText: /已保存/ });
    expect(await saved.textContent()).toMatch(/已保存 10:0\d$/);
    await page.clock.fastForward('02:00:00');
    await page.getByRole('button', { name: '重置培训数据' }).click();
    await page.getByRole('dialog').filter({ hasText: '重置培训数据？' }).getByRole('button', { name: /^重\s?置$/ }).click();
    await page.getByText('培训数据已重置为 300 条示例资源。').waitFor({ timeout: 60_000 });
    expect(await saved.textContent()).toMatch(/已保存 12:0\d$/);
    await expect.poll(() => statistic(page, '数据资源').textContent()).toBe('300');

    // The holiday calendar: bundled years read-only; a 2027 entry with a reversed range is refused in Chinese.
    await page.getByRole('button', { name: '录入节假日' }).click();
    const drawer = page.locator('.ant-drawer-section');
    await drawer.getByText('国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）').waitFor();
    await drawer.getByText('2026 年', { exact: true }).click();
    await drawer.getByText('国庆节 2026-10-01 至 2026-10-07').waitFor();
    await drawer.getByRole('button', { name: '添加年份' }).click();
    await drawer.locator('#calendar-year').fill('2027');
    await drawer.getByRole('combobox', { name: '节日名称 1' }).fill('元旦');
    await drawer.getByRole('textbox', { name: '放假开始日期 1' }).fill('2027-01-01');
    await drawer.getByRole('textbox', { name: '放假结束日期 1' }).fill('2026-12-31');
    await drawer.locator('#calendar-workdays').fill('2027-01-04');
    await drawer.getByRole('button', { name: /^保\s?存$/ }).click();
    await drawer.getByText('“元旦”的结束日期 2026-12-31 早于开始日期 2027-01-01。').waitFor();
    await drawer.getByText('2027-01-04 不是周六或周日：调休上班日只能是周末。').waitFor();
    await shot(page, 'home-calendar-editor-errors');
    await drawer.getByRole('textbox', { name: '放假结束日期 1' }).fill('2027年1月1日');
    await drawer.locator('#calendar-workdays').fill('');
    await drawer.getByRole('button', { name: /^保\s?存$/ }).click();
    await page.getByText('已保存 2027 年的节假日安排').waitFor();
    await drawer.getByText('元旦 2027-01-01', { exact: true }).waitFor();
    await shot(page, 'home-calendar-editor');
    await drawer.locator('.ant-drawer-close').click();

    // 2027-01-01 (a Friday) is now a day off: the update's date moves a day, and 2027 is no longer unverified.
    await row.getByText('更新目录截至 2027-01-08，报送截至 2026-12-29').waitFor();
    await row.getByText('还剩 3 个工作日').waitFor();
    expect(await page.getByText(/2027 年的法定节假日安排尚未录入/).count()).toBe(0);

    // Back to the department: its catalog is as it was (empty), no banner.
    await page.locator('.shell-header').getByRole('button', { name: '退出培训模式' }).click();
    await page.getByText('本部门工作区').waitFor();
    await page.getByText('目录中还没有数据资源').waitFor();
    expect(await page.getByText(BANNER).count()).toBe(0);
    await page.getByText('泗县农业农村局').first().waitFor();

    // A reload opens the department again, and the training catalog and the calendar are still there.
    await page.reload();
    await page.getByText('本部门工作区').waitFor();
    await page.getByText('目录中还没有数据资源').waitFor();
    await page.locator('.shell-header').getByRole('button', { name: '进入培训模式' }).click();
    await page.getByText(BANNER).waitFor();
    await expect.poll(() => statistic(page, '数据资源').textContent()).toBe('300');
    await deadlineRow(page, '2026-12-24 修改的 300 条资源').getByText('更新目录截至 2027-01-08，报送截至 2026-12-29').waitFor();

    // A change that follows a law changed on 12-15: given as its 变更之日, the clock for those resources starts
    // there ("自变更之日起"), not on the day the catalog was edited.
    await page.getByRole('menuitem', { name: '目录编制' }).click();
    const rows = page.locator('.catalog-table .ant-table-row');
    for (const r of (await rows.all()).slice(0, 2)) await r.locator('.ant-checkbox-input').check();
    await page.getByRole('button', { name: '批量修改' }).click();
    const bulk = page.locator('.ant-modal');
    await bulk.getByRole('combobox', { name: '修改为' }).click();
    await page.locator('.ant-select-item-option', { hasText: '每月' }).click();
    await bulk.getByLabel('变更说明').fill('按修订后的办法调整更新周期');
    await bulk.getByLabel('变更之日（选填）').click();
    await bulk.getByLabel('变更之日（选填）').fill('2026-12-15');
    await bulk.getByLabel('变更之日（选填）').press('Enter');
    await shot(page, 'home-bulk-basis-changed-on');
    await bulk.getByRole('button', { name: '确认修改' }).click();
    await page.getByText(/^已修改 \d 项资源。$/).waitFor();
    await page.getByRole('menuitem', { name: '首页' }).click();
    const fromLaw = deadlineRow(page, '2026-12-15 法律法规或职责变化涉及的 2 条资源');
    // 12-15 + 10 working days: 12-16..18, 21..25, 28, 29; the report 3 working days after the update made today.
    await fromLaw.getByText('更新目录截至 2026-12-29，报送截至 2026-12-29').waitFor();
    await fromLaw.getByText('目录于 2026-12-24 更新').waitFor();
    await fromLaw.getByText('还剩 3 个工作日').waitFor();
    await deadlineRow(page, '2026-12-24 修改的 298 条资源').waitFor();
    await expectNoOverflow(page, charts);
    await fromLaw.scrollIntoViewIfNeeded();
    await shot(page, 'home-training-deadlines');

    // Six days on, nothing sent: the reports due 12-29 are late (迟于期限), overdue by the working day since.
    await page.clock.fastForward(6 * 86_400_000);
    await page.getByRole('menuitem', { name: '目录编制' }).click();
    await page.getByRole('menuitem', { name: '首页' }).click();
    const late = deadlineRow(page, '2026-12-24 修改的 298 条资源');
    await late.getByText('报送迟于期限').waitFor();
    await late.getByText('已逾期 1 个工作日').waitFor();

    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);
});
