// The county workspace for browser tests and the inbox measurement: the first-run wizard taken as 县级汇总, and a
// roster workbook for a list of units.
import type { Page } from 'playwright-core';
import { writeXlsx } from '../../core/xlsx/xlsx-writer.ts';
import { TEST_USCC } from './app-harness.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function rosterWorkbook(rows: readonly string[][]): Buffer {
  return Buffer.from(
    writeXlsx((w) => {
      const sheet = w.addSheet({ name: '名册' });
      for (const row of rows) sheet.addRow(row);
    }),
  );
}

/** Chooses files through the browser's file chooser that `button` opens. */
export async function pickFiles(page: Page, button: string, files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button }).click()]);
  await chooser.setFiles(files);
}

/** The wizard's first step as 县级汇总, filled in for 泗县; `beforeNext` runs there (a screenshot, a check). */
export async function completeCountyFirstRun(page: Page, beforeNext: () => Promise<void> = async () => undefined): Promise<void> {
  await page.getByText('首次使用：建立本部门工作区').waitFor();
  await completeCountyWizard(page, async () => {
    await page.getByText('首次使用：建立县级汇总工作区').waitFor();
    await beforeNext();
  });
}

/** The open wizard (first run or 新建工作区) taken as 县级汇总 for 泗县 to the county's 名册与公钥. */
export async function completeCountyWizard(page: Page, beforeNext: () => Promise<void> = async () => undefined): Promise<void> {
  await page.getByText('县级汇总', { exact: true }).click();
  await page.getByLabel('本单位名称（县级数据主管部门）').fill('泗县数据资源管理局');
  await page.getByLabel('统一社会信用代码').fill(TEST_USCC);
  await page.locator('#setup-division').click();
  await page.keyboard.type('泗县');
  await page.locator('.ant-cascader-menu-item', { hasText: '安徽省 / 宿州市 / 泗县' }).first().click();
  await beforeNext();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.locator('#setup-profile').click();
  await page.locator('.ant-select-item-option', { hasText: '泗县（安徽省）' }).first().click();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('操作员姓名').fill('李明');
  await page.getByRole('button', { name: '完成，进入工作区' }).click();
  await page.getByRole('heading', { name: '名册与公钥' }).waitFor();
}
