// A second workspace from the header's 工作区 menu: a department's clerk sets up the county workspace with the
// wizard's steps in a dialog (its title and text the county's), the county opens, the department is listed beside
// it and opens again with its catalog as it was, and a reload starts on the workspace opened last.
import { expect, it } from 'vitest';
import { completeFirstRun, openAppPage, openSection, shot, useServedApp } from './app-harness.ts';
import { completeCountyWizard } from './county-harness.ts';

const app = useServedApp();

it('creates a county workspace beside the department and switches between them, losing nothing', async () => {
  const { page, errors, outside } = await openAppPage(app.browser, app.server);
  await completeFirstRun(page, app.server);
  await page.locator('.shell-department', { hasText: '泗县农业农村局' }).waitFor();

  const menu = async () => {
    await page.getByRole('button', { name: '工作区' }).click();
    return page.locator('.ant-dropdown:visible');
  };
  await (await menu()).getByText('新建工作区…').click();
  const dialog = page.locator('.workspace-wizard-dialog');
  await dialog.getByText('新建工作区：部门编制').waitFor();
  await dialog.getByText('当前工作区「泗县农业农村局」的数据不变', { exact: false }).waitFor();
  // 取消 leaves everything as it was.
  await dialog.getByRole('button', { name: /^取\s?消$/ }).click();
  // The dialog leaves after its closing animation: wait for it to go, then nothing of it may remain.
  await dialog.waitFor({ state: 'detached' });
  await expect(dialog.count()).resolves.toBe(0);

  await (await menu()).getByText('新建工作区…').click();
  await completeCountyWizard(page, async () => {
    await dialog.getByText('新建工作区：县级汇总').waitFor();
    await dialog.getByText('请填写本单位（县级数据主管部门）的基本信息').waitFor();
    await shot(page, 'workspace-new-county');
  });
  await page.locator('.shell-department', { hasText: '泗县数据资源管理局' }).waitFor();
  const sider = await page.locator('.shell-sider .ant-menu-item').allInnerTexts();
  expect(sider.map((m) => m.trim()).slice(0, 2)).toEqual(['名册与公钥', '收件箱']);

  const listed = await menu();
  await listed.getByText('县级汇总 · 泗县数据资源管理局').waitFor();
  await shot(page, 'workspace-menu');
  await listed.getByText('部门编制 · 泗县农业农村局').click();
  await page.locator('.shell-department', { hasText: '泗县农业农村局' }).waitFor();
  await openSection(page, '目录编制');
  await expect(page.locator('.shell-sider .ant-menu-item', { hasText: '名册与公钥' }).count()).resolves.toBe(0);

  // A restart opens the workspace used last.
  await page.reload();
  await page.locator('.shell-department', { hasText: '泗县农业农村局' }).waitFor();
  await (await menu()).getByText('县级汇总 · 泗县数据资源管理局').click();
  await page.getByRole('heading', { name: '名册与公钥' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: '名册与公钥' }).waitFor();

  expect(errors).toEqual([]);
  expect(outside).toEqual([]);
}, 240_000);
