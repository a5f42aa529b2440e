// The wizard's storage seam and the header's save time.
import { describe, expect, it } from 'vitest';
import { formatSavedTime } from '../../../renderer/app/save-status.ts';
import { describeError, memoryWorkspaceSetupTarget, refusalText, type WorkspaceSetup } from '../../../renderer/app/workspace-setup.ts';

const SETUP: WorkspaceSetup = {
  department: { name: '泗县农业农村局', uscc: '11341324003000129B', divisionCode: '341324' },
  profileId: 'sixian',
  operatorName: '王芳',
};

describe('in-memory workspace setup target', () => {
  it('has no workspace until one is created', async () => {
    const target = memoryWorkspaceSetupTarget();
    expect(await target.currentWorkspace()).toBeUndefined();
    await target.createWorkspace(SETUP);
    expect(await target.currentWorkspace()).toEqual(SETUP);
  });
});

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
    expect(formatSavedTime(new Date(2026, 10, 22, 9, 5))).toBe('09:05');
    expect(formatSavedTime(new Date(2026, 10, 22, 17, 30))).toBe('17:30');
  });
});
