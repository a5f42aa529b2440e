// Refusal texts from storage and the header's save time.
import { describe, expect, it } from 'vitest';
import { formatSavedTime } from '../../../renderer/app/save-status.ts';
import { describeError, refusalText } from '../../../renderer/app/workspace-setup.ts';

describe('refusals', () => {
  const refusal = Object.assign(new Error('存储空间不足\nOut of space'), { text: { zh: '存储空间不足', en: 'Out of space' } });

  it('show a refusal text in the interface language', () => {
    expect(refusalText(refusal)).toEqual({ zh: '存储空间不足', en: 'Out of space' });
    expect(describeError(refusal, 'zh')).toBe('存储空间不足');
    expect(describeError(refusal, 'en')).toBe('Out of space');
  });

  it('fall back to the message of anything else', () => {
    expect(refusalText(new Error('boom'))).toBeUndefined();
    expect(refusalText({ text: 'not bilingual' })).toBeUndefined();
    expect(describeError(new Error('boom'), 'zh')).toBe('boom');
    expect(describeError('plain', 'zh')).toBe('plain');
  });
});

describe('formatSavedTime', () => {
  it('writes hh:mm, 24-hour, zero-padded', () => {
    const today = new Date(2026, 10, 22, 18, 0);
    expect(formatSavedTime(new Date(2026, 10, 22, 9, 5), today)).toBe('09:05');
    expect(formatSavedTime(new Date(2026, 10, 22, 17, 30), today)).toBe('17:30');
  });

  it('adds the date for a save on an earlier day', () => {
    expect(formatSavedTime(new Date(2026, 10, 21, 16, 40), new Date(2026, 10, 22, 8, 0))).toBe('11-21 16:40');
    expect(formatSavedTime(new Date(2025, 10, 22, 16, 40), new Date(2026, 10, 22, 8, 0))).toBe('11-22 16:40');
  });
});
