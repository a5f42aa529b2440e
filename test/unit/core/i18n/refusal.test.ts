import { describe, expect, it } from 'vitest';
import { RefusalError, refusalText } from '../../../../core/i18n/refusal.ts';
import { PackError, refuse } from '../../../../core/package/pack-errors.ts';

describe('the bilingual refusal base', () => {
  it('fills a reason’s text from its table, bilingual parameters in the matching language', () => {
    const message = refusalText<'tooMany'>({ tooMany: { zh: '{what}超过 {limit} 条', en: 'more than {limit} {what}' } });
    expect(message('tooMany', { limit: 3, what: { zh: '资源', en: 'resources' } })).toEqual({ zh: '资源超过 3 条', en: 'more than 3 resources' });
  });

  it('gives a thrown refusal its reason, its text, and both languages as the string message for logs', () => {
    const error = refuse('keyMismatch');
    expect(error).toBeInstanceOf(PackError);
    expect(error).toBeInstanceOf(RefusalError);
    expect(error.reason).toBe('keyMismatch');
    expect(error.message).toBe(`${error.text.zh}\n${error.text.en}`);
    expect(error.text.zh).toContain('私钥');
  });
});
