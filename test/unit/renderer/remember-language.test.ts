// The interface language is kept across restarts, and a stored value that is not a language is ignored.
import { describe, expect, it } from 'vitest';
import { LANGUAGE_SETTING, rememberLanguage } from '../../../renderer/app/remember-language.ts';
import { createI18n } from '../../../renderer/i18n/i18n.ts';
import { getSetting, setSetting } from '../../../renderer/services/storage/settings.ts';
import { testDatabase } from './services/storage/test-storage.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('remembered interface language', () => {
  it('stores a change and applies it at the next start', async () => {
    const db = testDatabase();
    const { ctx } = await db.open();
    const first = createI18n();
    const stop = rememberLanguage(ctx, first);
    await first.changeLanguage('en');
    await settle();
    expect(await getSetting(ctx, LANGUAGE_SETTING)).toBe('en');
    stop();

    const next = createI18n();
    expect(next.language).toBe('zh-CN');
    rememberLanguage(ctx, next);
    await settle();
    expect(next.language).toBe('en');
  });

  it('ignores a stored value that is not an interface language', async () => {
    const { ctx } = await testDatabase().open();
    await setSetting(ctx, LANGUAGE_SETTING, 'fr');
    const i18n = createI18n();
    rememberLanguage(ctx, i18n);
    await settle();
    expect(i18n.language).toBe('zh-CN');
  });
});
