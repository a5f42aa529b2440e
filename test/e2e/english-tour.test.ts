// The English interface with data in it, as a trainer from another province or an auditor reads it: first run, the
// header's "English", training mode (the 300-resource sample with its findings), then every section and the main
// dialogs and drawers. On each screen: no i18n key shows instead of its text, the interface's own words (buttons,
// headings, labels, column titles, placeholders) are English — the catalog's data and the quoted Chinese articles
// stay Chinese — and nothing is wider than the 1366×768 window.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { enTexts } from '../../renderer/i18n/resources.ts';
import { completeFirstRun, openAppPage, openSection, shot, useServedApp } from './app-harness.ts';

const LONG = 120_000;
const app = useServedApp();

const NAMESPACES = Object.keys(enTexts);
/** Text that looks like a key of ours (`catalog.form.note.basis`): a missing or mistyped t() key shows as itself. */
const KEY_LIKE = new RegExp(`\\b(?:${NAMESPACES.join('|')})(?:\\.[A-Za-z][\\w-]*)+\\b`, 'g');
const HAN = /\p{Script=Han}/u;

/**
 * The page's visible words: its text, and the placeholders, labels and titles of visible elements (which a screen
 * reader or a tooltip shows). A page script as a string: this file is type-checked without the DOM.
 */
const visibleText = (page: Page) =>
  page.evaluate<string>(`(() => {
    const attrs = [...document.querySelectorAll('[placeholder], [aria-label], [title]')]
      .filter((e) => e.checkVisibility())
      .flatMap((e) => ['placeholder', 'aria-label', 'title'].map((a) => e.getAttribute(a) ?? ''));
    return [document.body.innerText, ...attrs].join('\\n');
  })()`);

/**
 * The interface's own words on screen: buttons, menu items, headings of cards, drawers and dialogs, form labels,
 * column titles, tabs, radio options, placeholders. The catalog's data is never one of these. (The language switch
 * is left out: "中文" is rightly Chinese.)
 */
const chromeTexts = (page: Page) =>
  page.evaluate<string[]>(`(() => {
    const selectors = ['button', '.ant-menu-item', '.ant-card-head-title', '.ant-drawer-title', '.ant-modal-title',
      '.ant-form-item-label label', '.ant-table-thead th', '.ant-tabs-tab', '.ant-radio-button-wrapper',
      '.ant-select-placeholder', '.ant-empty-description', '.ant-statistic-title'];
    const texts = [...document.querySelectorAll(selectors.join(','))].filter((e) => e.checkVisibility()).map((e) => e.innerText.trim());
    const placeholders = [...document.querySelectorAll('input[placeholder], textarea[placeholder]')].filter((e) => e.checkVisibility()).map((e) => e.placeholder);
    return [...texts, ...placeholders].filter(Boolean);
  })()`);

/** What every English screen must satisfy, checked after its screenshot is saved. */
async function expectEnglishScreen(page: Page, name: string): Promise<void> {
  await shot(page, name);
  // Soft: one screen's slip should not hide the next screen's.
  expect.soft((await visibleText(page)).match(KEY_LIKE) ?? [], `${name}: i18n keys on screen`).toEqual([]);
  const chrome = await chromeTexts(page);
  expect(chrome.length, `${name}: no interface text found to check`).toBeGreaterThan(5);
  expect.soft(chrome.filter((text) => HAN.test(text)), `${name}: Chinese interface text`).toEqual([]);
  expect.soft(await page.evaluate<number>('document.documentElement.scrollWidth'), `${name}: wider than the window`).toBeLessThanOrEqual(1366);
}

describe('the English interface with data', () => {
  it('shows every section and the main dialogs of the training sample in English, within 1366×768', async () => {
    // The key check recognises a key (and not a sentence with a full stop in it).
    expect('Basis (catalog.form.note.basis)'.match(KEY_LIKE)).toEqual(['catalog.form.note.basis']);
    expect('Open the catalog. Import a workbook.'.match(KEY_LIKE)).toBeNull();
    const { page, outside, errors } = await openAppPage(app.browser, app.server);
    await completeFirstRun(page, app.server);

    // The Chinese interface, so the check below is seen to find Chinese where there is some.
    await page.locator('.shell-header').getByRole('button', { name: '进入培训模式' }).waitFor();
    expect((await chromeTexts(page)).filter((text) => HAN.test(text))).toEqual(expect.arrayContaining(['首页', '目录编制', '进入培训模式']));

    // English from the header, then the training sample.
    await page.locator('.shell-header').getByText('English', { exact: true }).click();
    await page.getByText('Department workspace').waitFor();
    await page.locator('.shell-header').getByRole('button', { name: 'Training mode' }).click();
    await page.getByText('Training mode — the data here is for practice only').waitFor({ timeout: LONG });
    await page.getByText('Training workspace').first().waitFor();
    expect(await page.locator('.shell-sider .ant-menu-item').allInnerTexts()).toEqual(['Home', 'Catalog', 'Import', 'Validate', 'Lists', 'Package & report', 'Keys', 'History', 'Exercises']);
    const deadline = page.locator('.ant-table-row', { hasText: /^Resources changed on \d{4}-\d\d-\d\d: 300/ });
    await deadline.getByText(/^\d+ to go$/).waitFor();
    await expectEnglishScreen(page, 'en-home');
    await deadline.scrollIntoViewIfNeeded();
    await expectEnglishScreen(page, 'en-home-deadlines');

    // Resetting the sample asks first.
    await page.getByRole('button', { name: 'Reset training data' }).click();
    const reset = page.getByRole('dialog').filter({ hasText: 'Reset the training data?' });
    await reset.getByText(/The department workspace is not affected/).waitFor();
    await page.waitForTimeout(500); // the dialog's zoom-in
    await expectEnglishScreen(page, 'en-training-reset-confirm');
    await reset.getByRole('button', { name: 'Cancel' }).click();
    await reset.waitFor({ state: 'hidden' });

    // The holiday calendar: the State Council notices' titles and the holiday names are quoted data.
    await page.getByRole('button', { name: 'Holiday calendar' }).click();
    const drawer = page.locator('.ant-drawer-section');
    await drawer.getByText('Built-in years (State Council notices)').waitFor();
    await drawer.getByText('2026', { exact: true }).click();
    await drawer.getByText('Statutory holidays').first().waitFor();
    await page.waitForTimeout(500); // the drawer's slide-in
    await expectEnglishScreen(page, 'en-home-calendar');
    await drawer.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'hidden' });

    // Catalog: the list, a resource with findings (three parts of its form), and two rows bulk-edited and deleted
    // (each dialog cancelled).
    await openSection(page, 'Catalog');
    const rows = page.locator('.catalog-table .ant-table-row');
    await rows.first().waitFor();
    await expect.poll(() => page.locator('.catalog-counts').textContent()).toBe('300 in all, 300 shown, 0 selected');
    // The list fills the content area under the training banner exactly: nothing to scroll, the filters in view.
    expect(await page.evaluate<number>(`(() => { const c = document.querySelector('.shell-content'); return c.scrollHeight - c.clientHeight; })()`)).toBe(0);
    await expectEnglishScreen(page, 'en-catalog');

    const withErrors = rows.filter({ has: page.locator('.ant-tag', { hasText: /^Errors: \d+$/ }) }).first();
    await withErrors.locator('.ant-table-cell').nth(2).click();
    await page.locator('.ant-drawer-title', { hasText: 'Edit resource' }).waitFor();
    await page.getByRole('status', { name: 'Findings for this resource' }).waitFor();
    await page.waitForTimeout(500);
    await expectEnglishScreen(page, 'en-resource-form');
    for (const section of ['Data items', 'Sharing', 'Other']) {
      await page.locator('.rf-nav').getByRole('button', { name: section, exact: true }).click();
      await page.waitForTimeout(500); // the scroll to the section
      await expectEnglishScreen(page, `en-resource-form-${section.toLowerCase().replace(' ', '-')}`);
    }
    await page.keyboard.press('Escape');
    await page.locator('.ant-drawer-title').waitFor({ state: 'hidden' });

    for (const row of (await rows.all()).slice(0, 2)) await row.locator('.ant-checkbox-input').check();
    await page.getByRole('button', { name: 'Bulk edit' }).click();
    const modal = page.locator('.ant-modal');
    await modal.getByText('Edit the selected resources (2)').waitFor();
    await modal.getByRole('button', { name: 'Apply' }).click();
    await modal.getByText('Please give the reason: every change needs one.').waitFor();
    await page.waitForTimeout(500);
    await expectEnglishScreen(page, 'en-catalog-bulk-edit');
    await modal.getByRole('button', { name: 'Cancel' }).click();
    await modal.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Delete' }).click();
    await modal.getByText('Delete the 2 selected resources').waitFor();
    await page.waitForTimeout(500);
    await expectEnglishScreen(page, 'en-catalog-delete');
    await modal.getByRole('button', { name: 'Cancel' }).click();
    await modal.waitFor({ state: 'hidden' });

    // Import: what it takes and how it goes.
    await openSection(page, 'Import');
    await page.getByText('Import a workbook', { exact: true }).first().waitFor();
    await expectEnglishScreen(page, 'en-import');

    // Validate: the report, a group open, and a finding's basis with the quoted article (Chinese, as enacted).
    await openSection(page, 'Validate');
    await page.getByText(/^Checked against the rules of .*: resources 300, data items [\d,]+\.$/).waitFor({ timeout: LONG });
    await expectEnglishScreen(page, 'en-validate');
    await page.locator('.finding-groups .ant-collapse-header').first().click();
    const citation = page.locator('.finding-groups .citation-link').first();
    await citation.click();
    await page.locator('.citation-popover').waitFor();
    await page.waitForTimeout(500);
    await expectEnglishScreen(page, 'en-validate-citation');
    await page.keyboard.press('Escape');
    await page.getByText('By resource', { exact: true }).click();
    await expectEnglishScreen(page, 'en-validate-by-resource');

    // Keys: none yet, then a practice key for the training workspace.
    await openSection(page, 'Keys');
    await page.getByText('This workspace has no signing key yet').waitFor();
    await expectEnglishScreen(page, 'en-keys-none');
    await page.getByLabel('Passphrase', { exact: true }).fill('练习口令 for training 2026');
    await page.getByLabel('Repeat the passphrase').fill('练习口令 for training 2026');
    await page.getByRole('button', { name: 'Create key' }).click();
    await page.getByText('Current signing key').waitFor({ timeout: LONG });
    await page.getByTestId('registration-sheet').waitFor();
    await expectEnglishScreen(page, 'en-keys-created');

    // Package: the make-package card, and its check of the sample (which has errors, so it refuses).
    await openSection(page, 'Package & report');
    await page.locator('.make-package').getByText('Make a package').waitFor();
    await expectEnglishScreen(page, 'en-package');
    await page.getByRole('button', { name: 'Check the catalog' }).click();
    await page.getByText(/^The catalog cannot be packaged until its errors are fixed \([\d,]+\)$/).waitFor({ timeout: LONG });
    await expectEnglishScreen(page, 'en-package-checked');
    await page.getByText('Packages sent').scrollIntoViewIfNeeded();
    await expectEnglishScreen(page, 'en-package-sent');

    // History: the audit log of the training workspace, its chain verified.
    await openSection(page, 'History');
    await page.getByRole('tab', { name: 'Audit log' }).click();
    await page.getByText(/^Audit chain verified: [\d,]+ entries/).waitFor({ timeout: LONG });
    await expectEnglishScreen(page, 'en-history-audit');

    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 420_000);
});
