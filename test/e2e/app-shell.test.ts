// The renderer as a clerk first meets it, in Debian's Chromium: the production build (Vite) served from a local
// server with the desktop app's CSP, the first-run wizard completed with a mistyped 统一社会信用代码 corrected along
// the way, and the shell it lands on. Chinese must render with a real CJK font (no tofu), nothing may be requested
// from outside the app, and screenshots of each screen go to test-results/screenshots/ to be looked at.
import { join } from 'node:path';
import { build as esbuild } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppPage, ROOT, serveApp, shot, TEST_USCC as USCC } from './app-harness.ts';
import { launchChromium, type TestServer } from './browser-harness.ts';

const CJK_FONT = 'Noto Sans CJK SC';
// The same code with its check character mistyped.
const MISTYPED = `${USCC.slice(0, 17)}${USCC.endsWith('A') ? 'B' : 'A'}`;

let browser: Browser;
let server: TestServer;

async function crashPage(): Promise<string> {
  const result = await esbuild({
    entryPoints: [join(ROOT, 'test/e2e/pages/app-crash-page.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

beforeAll(async () => {
  server = await serveApp({
    '/crash.html': { type: 'text/html; charset=utf-8', body: '<!doctype html><meta charset="utf-8"><div id="root"></div><script type="module" src="/crash.js"></script>' },
    '/crash.js': { type: 'text/javascript; charset=utf-8', body: await crashPage() },
  });
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const openPage = () => openAppPage(browser, server);

/** The fonts Chromium actually drew the element's text with (CDP), so missing glyphs cannot hide. */
async function fontsDrawing(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  await cdp.send('CSS.enable');
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.filter((f) => f.glyphCount > 0).map((f) => f.familyName);
}

describe('renderer app in Chromium', () => {
  it('completes the first-run wizard and lands on 首页', async () => {
    const { page, outside, errors } = await openPage();
    await page.goto(`${server.url}/`);
    await page.getByText('首次使用：建立本部门工作区').waitFor();

    // Chinese is drawn with the CJK font, not boxes.
    expect(await page.evaluate(`document.fonts.check('16px "${CJK_FONT}"')`)).toBe(true);
    expect(await fontsDrawing(page, '.wizard-card .ant-card-head-title span')).toEqual([CJK_FONT]);

    // Going on with nothing filled in says what is missing.
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByText('请填写部门名称。').waitFor();
    await page.getByText('请填写统一社会信用代码。').waitFor();
    await page.getByText('请选择所在县（区）或乡镇（街道）。').waitFor();
    await shot(page, 'app-wizard-empty');

    await page.getByLabel('部门名称').fill('泗县农业农村局');
    await expect.poll(() => page.getByText('请填写部门名称。').count()).toBe(0);

    // 统一社会信用代码: nothing is judged while an IME is still composing; the committed character is.
    const uscc = page.getByLabel('统一社会信用代码');
    await uscc.click();
    await page.keyboard.type('11341');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'O', selectionStart: 1, selectionEnd: 1 });
    expect(await uscc.inputValue()).toBe('11341O');
    await page.getByText('已输入 5 / 18 位').waitFor();
    expect(await page.getByText('不是允许的字符').count()).toBe(0);
    await cdp.send('Input.insertText', { text: 'O' });
    await page.getByText('第 6 位“O”不是允许的字符').waitFor();
    await cdp.detach();

    // A mistyped check character is named as the clerk types the last one, and the error goes once it is fixed.
    await uscc.fill('');
    await page.keyboard.type(MISTYPED);
    const checksumError = page.getByText(`校验码错误：末位应为“${USCC.at(-1)}”，实际为“${MISTYPED.at(-1)}”。`);
    await checksumError.waitFor();
    await shot(page, 'app-wizard-uscc-error');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(USCC.at(-1)!);
    await checksumError.waitFor({ state: 'detached' });
    await page.getByText('代码有效').waitFor();

    // The division: searched by name in the cascader, down to the township.
    await page.locator('#setup-division').click();
    await page.keyboard.type('泗城');
    await page.locator('.ant-cascader-menu-item', { hasText: '安徽省 / 宿州市 / 泗县 / 泗城镇' }).waitFor();
    await shot(page, 'app-wizard-division-search');
    await page.locator('.ant-cascader-menu-item', { hasText: '安徽省 / 宿州市 / 泗县 / 泗城镇' }).click();
    await page.getByText('行政区划代码：341324100').waitFor();
    await expect.poll(() => page.getByText('请选择所在县（区）或乡镇（街道）。').count()).toBe(0);
    await shot(page, 'app-wizard-department');

    // The jurisdiction profile, by its Chinese name.
    await page.getByRole('button', { name: '下一步' }).click();
    await page.locator('#setup-profile').click();
    await page.locator('.ant-select-item-option', { hasText: '泗县（安徽省）' }).waitFor();
    await shot(page, 'app-wizard-profile');
    await page.locator('.ant-select-item-option', { hasText: '泗县（安徽省）' }).click();
    await page.getByText('泗县政务数据资源管理办法').first().waitFor();

    // The operator, and a last look at everything.
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('操作员姓名').fill('王芳');
    await page.getByText('安徽省 / 宿州市 / 泗县 / 泗城镇（341324100）').waitFor();
    await page.getByText(USCC, { exact: true }).waitFor();
    await shot(page, 'app-wizard-operator');
    await page.getByRole('button', { name: '完成，进入工作区' }).click();

    // 首页 of the new workspace, with the save time in the header.
    await page.getByText('本部门工作区').waitFor();
    await page.getByRole('status').filter({ hasText: /^\s*已保存 \d{2}:\d{2}$/ }).waitFor();
    for (const section of ['首页', '目录编制', '导入', '校验', '打包上报', '密钥', '变更记录']) await page.getByRole('menuitem', { name: section }).waitFor();
    await page.getByText('操作员：王芳').waitFor();
    expect(await fontsDrawing(page, '.shell-department')).toEqual([CJK_FONT]);
    await shot(page, 'app-shell-home');

    // A section with nothing to work on yet says what to do first: 打包上报 needs a key.
    await page.getByRole('menuitem', { name: '打包上报' }).click();
    await page.getByText('还没有签名密钥，不能签名打包。').waitFor();
    await page.getByRole('button', { name: '去创建密钥' }).click();
    await page.locator('.ant-menu-item-selected', { hasText: '密钥' }).waitFor();
    await shot(page, 'app-shell-keys');

    // English is one click away, and back.
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('menuitem', { name: 'Package & report' }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    await page.getByText('中文', { exact: true }).click();
    await page.getByRole('menuitem', { name: '打包上报' }).waitFor();

    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('shows a Chinese explanation and a reload button when the interface fails to render', async () => {
    const { page, outside } = await openPage();
    await page.goto(`${server.url}/crash.html`);
    await page.getByText('界面出现了错误').waitFor();
    await page.getByText('测试：界面渲染失败').waitFor();
    await page.getByRole('button', { name: '重新加载' }).waitFor();
    await shot(page, 'app-error-boundary');
    expect(outside).toEqual([]);
    await page.context().close();
  }, 60_000);
});
