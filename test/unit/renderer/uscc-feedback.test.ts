// Live feedback on a 统一社会信用代码 while it is typed: problems in the typed characters at once, a short code only
// once the clerk has finished, and core's rule texts in the interface language.
import { describe, expect, it } from 'vitest';
import { completeUscc } from '../../../core/codes/uscc.ts';
import { usccFeedback, usccFeedbackText } from '../../../renderer/first-run/uscc-feedback.ts';

const VALID = '11341324003000129B';
const FIELD = '统一社会信用代码';

function errorText(raw: string, finished = false, language: 'zh-CN' | 'en' = 'zh-CN') {
  const feedback = usccFeedback(raw, finished);
  if (feedback.state !== 'error' && feedback.state !== 'warning') throw new Error(`expected a problem, got ${feedback.state}`);
  return usccFeedbackText(feedback, FIELD, language);
}

describe('usccFeedback', () => {
  it('is empty for nothing or spaces', () => {
    expect(usccFeedback('', false)).toEqual({ state: 'empty' });
    expect(usccFeedback('   ', true)).toEqual({ state: 'empty' });
  });

  it('counts a clean prefix while typing, and calls it too short once finished', () => {
    for (let n = 1; n < 18; n++) expect(usccFeedback(VALID.slice(0, n), false)).toEqual({ state: 'typing', typed: n });
    expect(usccFeedback(VALID.slice(0, 10), true)).toMatchObject({ state: 'error', problem: { kind: 'length', actual: 10 } });
    expect(errorText(VALID.slice(0, 10), true).message).toBe(`${FIELD}「${VALID.slice(0, 10)}」应为 18 位，实际 10 位。`);
  });

  it('accepts a valid code, in any case and with surrounding spaces', () => {
    expect(usccFeedback(VALID, false)).toEqual({ state: 'valid', code: VALID });
    expect(usccFeedback(` ${VALID.toLowerCase()} `, true)).toEqual({ state: 'valid', code: VALID });
  });

  it('reports a wrong check character with the one expected', () => {
    const wrong = `${VALID.slice(0, 17)}A`;
    expect(usccFeedback(wrong, false)).toEqual({ state: 'error', code: wrong, problem: { kind: 'checksum', expected: 'B', actual: 'A' } });
    const text = errorText(wrong);
    expect(text.message).toBe(`${FIELD}「${wrong}」校验码错误：末位应为“B”，实际为“A”。`);
    expect(text.hint).toBe('代码有录入错误，请逐位核对证书。');
  });

  it('reports a forbidden character as soon as it is typed, with its position', () => {
    expect(usccFeedback('11341O', false)).toMatchObject({ state: 'error', problem: { kind: 'charset', position: 6, char: 'O' } });
    expect(errorText('11341O').message).toContain('第 6 位“O”不是允许的字符');
  });

  it('reports a wrong registrar code at the first character', () => {
    expect(usccFeedback('B', false)).toMatchObject({ state: 'error', problem: { kind: 'registrar', char: 'B' } });
  });

  it('reports letters in the region part with the region, not the whole code', () => {
    expect(usccFeedback('1134A', false)).toMatchObject({ state: 'error', problem: { kind: 'region' } });
    expect(errorText('1134A').message).toBe(`${FIELD}「1134A」第 3–8 位行政区划码“34A”应为 6 位数字。`);
  });

  it('reports too long a code at once', () => {
    expect(usccFeedback(`${VALID}1`, false)).toMatchObject({ state: 'error', problem: { kind: 'length', actual: 19 } });
  });

  it('only warns when the embedded organisation code check fails', () => {
    // A correct USCC checksum over an organisation code whose own check character (9) was mistyped as 8.
    const code = completeUscc('11341324003000128');
    expect(usccFeedback(code, false)).toEqual({ state: 'warning', code, expected: '9', actual: '8' });
    expect(errorText(code).message).toContain('组织机构代码校验位应为“9”，实际为“8”');
  });

  it('says the organisation code part is wrong when one of its digits is, rather than asking for another last character', () => {
    // One wrong digit in characters 9–16 (0 → 1 at the 10th): both check characters fail.
    const wrong = `${VALID.slice(0, 9)}1${VALID.slice(10)}`;
    expect(usccFeedback(wrong, false)).toMatchObject({ state: 'error', problem: { kind: 'orgCodePart', actual: 'B' } });
    const text = errorText(wrong);
    expect(text.message).toContain('错在第 9–17 位组织机构代码');
    expect(text.hint).toContain('不要只改末位');
    // Changing the last character as the plain checksum message would have said still leaves the same error.
    const expected = (usccFeedback(wrong, false) as { problem: { expected: string } }).problem.expected;
    expect(usccFeedback(`${wrong.slice(0, 17)}${expected}`, false)).toMatchObject({ state: 'warning' });
  });

  it('speaks English when the interface does', () => {
    expect(errorText(`${VALID.slice(0, 17)}A`, false, 'en').message).toContain('the last character should be "B", not "A"');
  });
});
