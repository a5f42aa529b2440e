// Refusal texts from storage and the header's save time.
import { describe, expect, it } from 'vitest';
import { formatSavedTime } from '../../../renderer/shared/save-status.ts';
import { describeError, refusalText } from '../../../renderer/shared/describe-error.ts';

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
  it('writes hh:mm in Beijing time, 24-hour, zero-padded', () => {
    const today = new Date('2026-11-22T10:00:00Z');
    expect(formatSavedTime(new Date('2026-11-22T01:05:00Z'), today)).toBe('09:05');
    expect(formatSavedTime(new Date('2026-11-22T09:30:00Z'), today)).toBe('17:30');
  });

  it('adds the date for a save on an earlier Beijing day', () => {
    // 15:59 UTC is 23:59 in Beijing; an hour later it is already the next day there.
    expect(formatSavedTime(new Date('2026-11-21T15:59:00Z'), new Date('2026-11-21T16:30:00Z'))).toBe('11-21 23:59');
    expect(formatSavedTime(new Date('2025-11-22T08:40:00Z'), new Date('2026-11-22T08:40:00Z'))).toBe('11-22 16:40');
  });
});
