// 关于 in the served production build: the version from package.json, the build day, Mulu's own licence, and the
// third-party notices loaded from the file the build ships (react's MIT text among them), scrolling inside a dialog
// that fits 1366×768.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeFirstRun, openAppPage, ROOT, shot, useServedApp } from './app-harness.ts';

const app = useServedApp();
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

describe('关于 dialog', () => {
  it('shows the version, the licence and the shipped third-party notices', async () => {
    const { page, outside, errors } = await openAppPage(app.browser, app.server);
    await completeFirstRun(page, app.server);
    await page.getByRole('button', { name: '关于' }).click();
    const dialog = page.locator('.about-dialog .ant-modal-container, .about-dialog .ant-modal-content').first();
    await dialog.getByText('关于 目录 Mulu').waitFor();
    expect(await dialog.locator('.about-version').textContent()).toBe(version);
    await dialog.getByText(/^\d{4}-\d{2}-\d{2}$/).waitFor();
    await dialog.getByText('UNLICENSED（专有软件，版权所有，保留所有权利）').waitFor();
    await expect.poll(() => dialog.locator('.about-licence').textContent()).toContain('版权所有，保留所有权利');

    const notices = dialog.locator('.about-notices');
    await notices.waitFor();
    const text = (await notices.textContent()) ?? '';
    expect(text).toMatch(/\nreact \d+\.\d+\.\d+\n许可证 \/ Licence: MIT\n/);
    expect(text).toContain('Copyright (c) Meta Platforms, Inc. and affiliates.');
    expect(text).toContain('Permission is hereby granted, free of charge');
    // A package without a licence file is named, not skipped.
    expect(text).toContain('This package ships no licence file');

    // Monospace, scrolling inside the dialog, and the dialog within the window.
    // Page scripts as strings: the tests are type-checked without the DOM.
    const box = (await page.evaluate(`(() => { const el = document.querySelector('.about-notices'); return { font: getComputedStyle(el).fontFamily, scroll: el.scrollHeight > el.clientHeight + 1000 }; })()`)) as { font: string; scroll: boolean };
    expect(box.font).toMatch(/mono/i);
    expect(box.scroll).toBe(true);
    const bounds = await dialog.boundingBox();
    expect(bounds!.y).toBeGreaterThanOrEqual(0);
    expect(bounds!.y + bounds!.height).toBeLessThanOrEqual(768);
    await shot(page, 'about-zh');

    await page.evaluate(`(() => { const el = document.querySelector('.about-notices'); el.scrollTo(0, el.scrollHeight / 2); })()`);
    await shot(page, 'about-zh-scrolled');

    await page.getByRole('button', { name: '关闭' }).click();
    await page.getByText('关于 目录 Mulu').waitFor({ state: 'hidden' });
    await page.getByText('English').click();
    await page.getByRole('button', { name: 'About' }).click();
    await page.getByText('Third-party notices', { exact: true }).waitFor();
    await page.getByText('UNLICENSED (proprietary, all rights reserved)').waitFor();
    await shot(page, 'about-en');

    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});
