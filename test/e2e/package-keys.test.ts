// 密钥 and 打包上报 as a clerk uses them, in Chromium on the production build: create a key, print the 公钥登记表,
// sign a full package and check it with the real `mulu verify`; the platform's receipt (made with `mulu receipt
// create`) marks it 已接收; a wrong passphrase is refused in Chinese and leaves the key intact; one edit later an
// incremental package — its missing 变更说明 written on the screen — verifies on its base with `mulu verify --base`.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodePublicKeyPem, encodePublicKeyPem, formatFingerprint, keyIdOf } from '../../core/crypto/keys.ts';
import { createKeystore } from '../../core/crypto/keystore.ts';
import { generateKeyPair } from '../../core/crypto/signature.ts';
import { openWorkbook } from '../../core/xlsx/xlsx-reader.ts';
import { makeUscc } from '../harness/catalog-builders.ts';
import { completeFirstRun, openAppPage, ROOT, serveApp, shot, useServedApp } from './app-harness.ts';
import { bundle } from './browser-harness.ts';

const run = promisify(execFile);
const PASSPHRASE = '泗县农业农村局签名口令2026';
const RECEIVER_PASSPHRASE = '宿州市数据局回执口令';
const LONG = 120_000;

let dir = '';
const path = (name: string) => join(dir, name);

/** The real command line, in its own process, as the platform runs it. */
async function mulu(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await run(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'cli/main.ts'), ...args], { cwd: ROOT, env: { ...process.env, MULU_PASSPHRASE: RECEIVER_PASSPHRASE } });
    return { code: 0, out: stdout, err: stderr };
  } catch (e) {
    const failed = e as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout, err: failed.stderr };
  }
}

const app = useServedApp(async () =>
  serveApp({
    '/seed.html': { type: 'text/html; charset=utf-8', body: '<!doctype html><meta charset="utf-8"><script type="module" src="/seed.js"></script>' },
    '/seed.js': { type: 'text/javascript; charset=utf-8', body: await bundle(join(ROOT, 'test/e2e/pages/package-seed-page.ts')) },
  }),
);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mulu-package-e2e-'));
  // The receiving platform's key, made as the platform would (its own keystore and public key file).
  const receiver = generateKeyPair('SM2-with-SM3');
  writeFileSync(path('receiver.key.json'), await createKeystore(receiver.privateKey, receiver.publicKey, receiver.algorithm, RECEIVER_PASSPHRASE));
  writeFileSync(path('receiver.pem'), encodePublicKeyPem(receiver.algorithm, receiver.publicKey));
}, 300_000);

async function onSeedPage<T>(page: Page, script: string): Promise<T> {
  await page.goto(`${app.server.url}/seed.html`);
  await page.waitForFunction('"seedCatalog" in window');
  const result = (await page.evaluate(script)) as T;
  await page.goto(`${app.server.url}/`);
  await page.getByText('本部门工作区').first().waitFor({ timeout: LONG });
  return result;
}

async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('menuitem', { name }).click();
}

/** Clicks and saves the download it starts. */
async function download(page: Page, click: () => Promise<void>, file: string): Promise<string> {
  const [started] = await Promise.all([page.waitForEvent('download', { timeout: LONG }), click()]);
  await started.saveAs(path(file));
  return started.suggestedFilename();
}

async function chooseFile(page: Page, click: () => Promise<void>, file: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click()]);
  await chooser.setFiles(file);
}

describe('密钥 and 打包上报 in Chromium', () => {
  it(
    'creates a key, prints the form, signs packages the CLI verifies, imports a receipt, refuses a wrong passphrase',
    async () => {
      const { page, outside, errors } = await openAppPage(app.browser, app.server);
      // A county department with its 部门编号: the seeded sample is the county's, coded by county and department.
      await completeFirstRun(page, app.server, { divisionSearch: '泗县', divisionOption: '安徽省 / 宿州市 / 泗县', departmentNumber: '021' });
      expect(await onSeedPage<number>(page, 'seedCatalog(12)')).toBe(12);

      // 密钥: nothing yet; create an SM2 key under a passphrase typed twice.
      await openSection(page, '密钥');
      await page.getByText('本工作区还没有签名密钥').waitFor();
      await page.getByLabel('口令', { exact: true }).fill('短口令');
      await page.getByText(/过短/).waitFor();
      await page.getByLabel('口令', { exact: true }).fill(PASSPHRASE);
      await page.getByLabel('再次输入口令').fill(`${PASSPHRASE}x`);
      await page.getByRole('button', { name: '创建密钥' }).click();
      await page.getByText('两次输入的口令不一致。').waitFor();
      await page.getByLabel('再次输入口令').fill(PASSPHRASE);
      await shot(page, 'keys-create');
      await page.getByRole('button', { name: '创建密钥' }).click();
      await page.getByText('当前签名密钥').waitFor({ timeout: LONG });
      await page.getByTestId('registration-sheet').waitFor();
      await shot(page, 'keys-created');
      // On paper the sheet stands alone at the top left of the page, nothing of the app around it.
      await page.emulateMedia({ media: 'print' });
      const onPaper = (await page.getByTestId('registration-sheet').boundingBox())!;
      expect([onPaper.x, onPaper.y]).toEqual([0, 0]);
      await shot(page, 'keys-registration-print');
      await page.emulateMedia({ media: 'screen' });

      // The public key downloaded is the one whose fingerprint the form prints.
      await download(page, () => page.getByRole('button', { name: '下载公钥（PEM）' }).click(), 'signer.pem');
      const decoded = decodePublicKeyPem(readFileSync(path('signer.pem'), 'utf8'));
      if (!decoded.ok) throw new Error('the downloaded PEM does not decode');
      expect(decoded.algorithm).toBe('SM2-with-SM3');
      const fingerprint = formatFingerprint(await keyIdOf(decoded.algorithm, decoded.publicKey));
      expect((await page.getByTestId('registration-fingerprint').innerText()).replace(/\s+/g, ' ')).toBe(fingerprint);
      await download(page, () => page.getByRole('button', { name: '下载登记表（文本）' }).click(), 'form.txt');
      const form = readFileSync(path('form.txt'), 'utf8');
      expect(form).toContain('泗县农业农村局');
      expect(form).toContain(fingerprint.split(' ').slice(0, 8).join(' '));
      // Printed, the sheet alone: the side bar and header are hidden.
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('menuitem', { name: '密钥' }).isVisible()).toBe(false);
      expect(await page.getByTestId('registration-sheet').isVisible()).toBe(true);
      await shot(page, 'keys-print');
      await page.emulateMedia({ media: 'screen' });

      // 打包上报: check, a wrong passphrase is refused in Chinese, the right one signs and saves.
      await openSection(page, '打包上报');
      await page.getByText('还没有生成过目录包').waitFor();
      await page.getByRole('button', { name: '检查目录' }).click();
      await page.getByText('目录校验通过，没有错误和警告。').waitFor({ timeout: LONG });
      await shot(page, 'package-checked');
      await page.getByLabel('密钥口令').fill('不是这个口令');
      await page.getByRole('button', { name: '签名并保存目录包' }).click();
      await page.getByText(/口令不正确/).waitFor({ timeout: LONG });
      expect(await page.getByLabel('密钥口令').inputValue()).toBe('');
      await shot(page, 'package-wrong-passphrase');
      await page.getByLabel('密钥口令').fill(PASSPHRASE);
      const v1Name = await download(page, () => page.getByRole('button', { name: '签名并保存目录包' }).click(), 'v1.zip');
      expect(v1Name).toMatch(/^泗县农业农村局-目录-v1-\d{8}\.zip$/);
      await expect.poll(() => page.getByTestId('package-status-v1').innerText(), { timeout: LONG }).toBe('待回执');

      const verified = await mulu('verify', path('v1.zip'), '--trust', path('signer.pem'));
      expect(verified.code, verified.out + verified.err).toBe(0);
      expect(verified.out).toContain('验证通过');
      expect(verified.out).toContain('正式报送');

      // 公共数据资源登记表: nothing in this catalog is in the scope of 授权运营, so the form is empty, and still downloads.
      const registrationCard = page.getByTestId('registration-form-card');
      await registrationCard.getByText('没有资源纳入授权运营范围').waitFor();
      expect(await registrationCard.getByRole('button', { name: '打印登记表' }).isDisabled()).toBe(true);
      const formName = await download(page, () => registrationCard.getByRole('button', { name: '下载登记表（Excel）' }).click(), 'registration.xlsx');
      expect(formName).toBe('泗县农业农村局-公共数据资源登记表.xlsx');
      const registrationBook = await openWorkbook(new Uint8Array(readFileSync(path('registration.xlsx'))));
      expect(registrationBook.ok && registrationBook.workbook.sheets.map((s) => s.name)).toEqual(['公共数据资源登记表']);

      // The platform accepts it with a signed receipt; the clerk registers the platform's key once and imports it.
      const receipt = await mulu('receipt', 'create', path('v1.zip'), '--key', path('receiver.key.json'), '--decision', 'accepted', '--receiver-name', '宿州市数据资源管理局', '--receiver-uscc', makeUscc('11', '341300', 'MB005678'), '--trust', path('signer.pem'), '--out', path('receipt.json'));
      expect(receipt.code, receipt.err).toBe(0);
      await chooseFile(page, () => page.getByRole('button', { name: '设置接收方公钥' }).click(), path('receiver.pem'));
      const receiverPem = decodePublicKeyPem(readFileSync(path('receiver.pem'), 'utf8'));
      if (!receiverPem.ok) throw new Error('receiver.pem');
      await expect.poll(() => page.getByTestId('receiver-fingerprint').innerText()).toBe(formatFingerprint(await keyIdOf(receiverPem.algorithm, receiverPem.publicKey)));
      await shot(page, 'package-receiver-key');
      await page.getByRole('button', { name: '指纹一致，保存' }).click();
      await page.getByText('已保存接收方公钥。').waitFor();
      await chooseFile(page, () => page.getByRole('button', { name: '导入回执' }).click(), path('receipt.json'));
      await expect.poll(() => page.getByTestId('package-status-v1').innerText(), { timeout: LONG }).toBe('已接收');
      await page.locator('.sent-packages .ant-table-row-expand-icon').first().click();
      await page.getByText('宿州市数据资源管理局').first().waitFor();
      await shot(page, 'package-accepted');

      // A wrong current passphrase changes nothing (the key still signs below with the old one).
      await openSection(page, '密钥');
      await page.getByRole('button', { name: '修改口令' }).click();
      await page.getByLabel('当前口令').fill('猜错的口令');
      await page.getByLabel('新口令', { exact: true }).fill('新的签名口令 2027');
      await page.getByLabel('再次输入新口令').fill('新的签名口令 2027');
      await page.getByRole('button', { name: '修改口令' }).last().click();
      await page.getByRole('alert').filter({ hasText: '口令不正确' }).waitFor({ timeout: LONG });
      await shot(page, 'keys-wrong-passphrase');

      // One edit saved without a reason; the incremental package asks for it and verifies on v1.
      const code = await onSeedPage<string>(page, "editFirstResource('')");
      await openSection(page, '打包上报');
      await page.getByText('以最近一次已接收的目录包（版本 1）为基础').waitFor();
      await page.getByRole('button', { name: '检查目录' }).click();
      await page.getByText('自版本 1 以来的变更（1 项）').waitFor({ timeout: LONG });
      await page.getByText('1 项变更缺少变更原因').waitFor();
      await expect.poll(() => page.getByRole('button', { name: '签名并保存目录包' }).isDisabled()).toBe(true);
      await page.getByLabel(`变更说明（原因与依据） ${code}`).fill('补充资源摘要中的数据范围');
      await shot(page, 'package-incremental');
      await page.getByLabel('密钥口令').fill(PASSPHRASE);
      const v2Name = await download(page, () => page.getByRole('button', { name: '签名并保存目录包' }).click(), 'v2.zip');
      expect(v2Name).toMatch(/-目录-v2-\d{8}\.zip$/);
      await expect.poll(() => page.getByTestId('package-status-v2').innerText(), { timeout: LONG }).toBe('待回执');
      const chained = await mulu('verify', path('v2.zip'), '--trust', path('signer.pem'), '--base', path('v1.zip'));
      expect(chained.code, chained.out + chained.err).toBe(0);
      expect(chained.out).toContain('版本链：已核对');
      expect(chained.out).toContain('补充资源摘要中的数据范围');
      await shot(page, 'package-list');

      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
    },
    600_000,
  );
});
