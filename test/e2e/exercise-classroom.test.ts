// 培训练习 in Debian's Chromium with the desktop CSP, as a classroom uses it: the trainer sets an exercise from the
// training catalog (missing abstracts and missing share bases), signed with the training workspace's practice key
// after its passphrase (the exercise and its answer key are saved apart, the key's fingerprint shown), a trainee opens it into the training workspace, fills the abstracts with 目录编制's bulk edit and hands in a
// submission naming them, and the trainer grades a folder of submissions — the trainee's, a model answer made from
// the answer key, and a file that is no submission — reads the class report, exports it and prints it.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseAnswerKey, solvedCatalog } from '../../core/exercise/answer-key.ts';
import { openExercise } from '../../core/exercise/exercise-file.ts';
import { openSignedContainer } from '../../core/exercise/signed-container.ts';
import { packSubmission } from '../../core/exercise/submission.ts';
import { generateKeyPair } from '../../core/crypto/signature.ts';
import { formatFingerprint } from '../../core/crypto/keys.ts';
import { completeFirstRun, openAppPage, openSection, shot, useServedApp } from './app-harness.ts';

const app = useServedApp();
const PASSPHRASE = '培训练习用的签名口令';

async function downloadOf(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: d.suggestedFilename(), bytes: await readFile((await d.path())!) };
}

describe('培训练习', () => {
  it('sets an exercise, lets a trainee open it and hand in a submission, and grades the class', async () => {
    const { page, outside, errors } = await openAppPage(app.browser, app.server);
    await completeFirstRun(page, app.server);
    await page.locator('.shell-header').getByRole('button', { name: '进入培训模式' }).click();
    await page.getByText('培训工作区').waitFor({ timeout: 60_000 });
    await openSection(page, '培训练习');

    // The trainer: without a practice key nothing can be signed, and the page says where to make one.
    await page.getByRole('tab', { name: '教师：出题与批改' }).click();
    await page.getByText('用当前目录出题').waitFor();
    await page.getByText('培训工作区还没有练习密钥').waitFor();
    expect(await page.getByRole('button', { name: '生成练习' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: '去创建密钥' }).click();
    await page.getByLabel('口令', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('再次输入口令').fill(PASSPHRASE);
    await page.getByRole('button', { name: '创建密钥' }).click();
    await page.getByText('当前签名密钥').waitFor({ timeout: 120_000 });
    await openSection(page, '培训练习');

    // 6 mistakes of two kinds, 30 minutes.
    await page.getByRole('tab', { name: '教师：出题与批改' }).click();
    await page.getByText('本工作区练习密钥指纹').waitFor();
    await page.getByLabel('标题').fill('第一课：共享属性');
    await page.getByLabel('错误数').fill('6');
    await page.getByLabel('限时（分钟）').fill('30');
    await page.getByLabel('说明').fill('请改正全部错误后交卷。');
    for (const kind of ['缺少资源摘要', '有条件共享缺共享依据']) {
      await page.getByRole('combobox', { name: '错误类型' }).click();
      await page.keyboard.type(kind);
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: kind }).click();
    }
    await page.keyboard.press('Escape');
    await shot(page, 'exercise-trainer-create');
    const downloads: { name: string; bytes: Buffer }[] = [];
    page.on('download', (d) => void d.path().then(async (p) => downloads.push({ name: d.suggestedFilename(), bytes: await readFile(p!) })));
    // A wrong passphrase signs and saves nothing.
    await page.getByLabel('练习密钥口令').fill('不是这个口令');
    await page.getByRole('button', { name: '生成练习' }).click();
    await page.getByText('口令不正确，没有签名，也没有保存任何文件。').waitFor({ timeout: 60_000 });
    expect(downloads).toEqual([]);
    await page.getByLabel('练习密钥口令').fill(PASSPHRASE);
    await page.getByRole('button', { name: '生成练习' }).click();
    await page.getByText(/已生成练习，埋设错误 6 处/).waitFor({ timeout: 60_000 });
    await expect.poll(() => downloads.length).toBe(2);
    const exerciseFile = downloads.find((d) => d.name.endsWith('练习.zip'))!;
    const answersFile = downloads.find((d) => d.name.endsWith('答案.json'))!;
    expect(exerciseFile.name).toBe('第一课：共享属性-练习.zip');
    const opened = await openExercise(new Uint8Array(exerciseFile.bytes));
    const answers = parseAnswerKey(answersFile.bytes.toString('utf8'));
    if (!opened.ok || !answers.ok) throw new Error('the exercise or its answer key does not open');
    expect(opened.exercise.info).toMatchObject({ title: '第一课：共享属性', mistakes: 6, timeLimitMinutes: 30, instructions: '请改正全部错误后交卷。' });
    // Signed by the workspace's key: the fingerprint the page shows for the key is the one the file carries.
    const fingerprint = formatFingerprint(opened.exercise.keyId);
    expect(await page.getByTestId('exercise-made').locator('.exercise-fingerprint').textContent()).toBe(fingerprint);
    await page.getByTestId('exercise-made').scrollIntoViewIfNeeded();
    await shot(page, 'exercise-trainer-made');
    expect(await page.locator('.exercise-fingerprint').first().textContent()).toBe(fingerprint);

    // The trainee opens it: its catalog becomes the training workspace's.
    await page.getByRole('tab', { name: '学员：答题与交卷' }).click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('exercise-open').click()]);
    await chooser.setFiles({ name: exerciseFile.name, mimeType: 'application/zip', buffer: exerciseFile.bytes });
    await page.getByText('当前练习：第一课：共享属性').waitFor({ timeout: 60_000 });
    await page.locator('.ant-descriptions').getByText('请改正全部错误后交卷。').waitFor();
    await shot(page, 'exercise-trainee-open');

    // The trainee fills every missing 摘要 in one bulk edit in 目录编制, the normal screen for it.
    await openSection(page, '目录编制');
    await page.locator('.catalog-counts', { hasText: '共 300 条' }).waitFor({ timeout: 60_000 });
    await page.locator('.catalog-table thead .ant-checkbox-input').click();
    await page.getByRole('button', { name: '批量修改' }).click();
    const dialog = page.locator('.ant-modal');
    await dialog.getByRole('combobox', { name: '要修改的内容' }).click();
    await page.keyboard.type('信息资源摘要');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '信息资源摘要' }).first().click();
    await dialog.getByRole('radio', { name: '只填空白处' }).click();
    await dialog.getByLabel('修改为').fill('本部门履职中形成的业务数据。');
    await dialog.getByLabel('变更说明').fill('练习：补填摘要');
    await dialog.getByRole('button', { name: '确认修改' }).click();
    await page.getByText(/^已修改 \d+ 项资源。$/).waitFor({ timeout: 60_000 });

    await openSection(page, '培训练习');
    await page.locator('.ant-descriptions .exercise-fingerprint', { hasText: fingerprint }).waitFor();
    await page.getByTestId('trainee-name').fill('张三');
    await page.getByTestId('trainee-passphrase').fill(PASSPHRASE);
    const submission = await downloadOf(page, () => page.getByRole('button', { name: '导出答卷' }).click());
    expect(submission.name).toBe('第一课：共享属性-张三-答卷.zip');
    // Signed with this training workspace's key (here the trainer's own PC, so the exercise's key too).
    const handedIn = await openSignedContainer('submission', new Uint8Array(submission.bytes));
    if (!handedIn.ok) throw new Error(handedIn.message.en);
    expect(handedIn.container.manifest.signer.keyId).toBe(opened.exercise.keyId);

    // A model answer from the answer key, as another trainee's PC would hand it in.
    const key = generateKeyPair('Ed25519');
    const model = await packSubmission(
      { exercise: opened.exercise, traineeName: '王五', openedAt: '2026-12-07T02:00:00.000Z', submittedAt: '2026-12-07T02:40:00.000Z', catalog: solvedCatalog(opened.exercise.catalog, answers.answers) },
      { suite: key.algorithm, privateKey: key.privateKey, publicKey: key.publicKey },
    );

    // The trainer grades the three files.
    await page.getByRole('tab', { name: '教师：出题与批改' }).click();
    for (const [button, file] of [['选择练习文件', exerciseFile], ['选择答案文件', answersFile]] as const) {
      const [c] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button }).click()]);
      await c.setFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.bytes });
    }
    const [many] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '选择答卷并批改' }).click()]);
    await many.setFiles([
      { name: submission.name, mimeType: 'application/zip', buffer: submission.bytes },
      { name: 'wangwu.zip', mimeType: 'application/zip', buffer: Buffer.from(model) },
      { name: exerciseFile.name, mimeType: 'application/zip', buffer: exerciseFile.bytes },
    ]);
    const report = page.getByTestId('class-report');
    await report.waitFor({ timeout: 60_000 });
    await page.getByText(`该练习由本工作区的练习密钥签名（指纹 ${fingerprint}）。`).waitFor();
    const row = (name: string) => report.locator('.ant-table-row', { hasText: name });
    await expect.poll(() => row('张三').locator('td').nth(2).textContent()).toBe('50');
    expect(await row('张三').locator('td').nth(3).textContent()).toBe('3/6');
    expect(await row('王五').locator('td').nth(2).textContent()).toBe('100');
    expect(await row('王五').locator('td').nth(5).textContent()).toContain('超时');
    await report.getByText(`拒收 ${exerciseFile.name}：不是练习答卷`).waitFor();
    await report.getByText('平均得分 75').waitFor();
    // A bar per kind, lowest first: the bases only 王五 fixed, the abstracts both did.
    const bars = report.getByTestId('kind-chart').locator('.ant-progress');
    expect(await bars.allTextContents()).toEqual(['50%（3/6）', '100%（6/6）']);
    await report.scrollIntoViewIfNeeded();
    await shot(page, 'exercise-class-report');

    const workbook = await downloadOf(page, () => report.getByRole('button', { name: '导出 Excel' }).click());
    expect(workbook.name).toBe('第一课：共享属性-全班报告.xlsx');
    expect(workbook.bytes.subarray(0, 2).toString()).toBe('PK');

    // Printed, the page is the report alone: no side bar, no forms.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.shell-sider').isVisible()).toBe(false);
    expect(await page.getByText('用当前目录出题').isVisible()).toBe(false);
    expect(await report.isVisible()).toBe(true);
    await shot(page, 'exercise-class-report-print');
    await page.emulateMedia({ media: 'screen' });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1366);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  }, 600_000);
});
