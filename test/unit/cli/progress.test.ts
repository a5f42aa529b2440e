import { describe, expect, it } from 'vitest';
import { terminalProgress } from '../../../cli/progress.ts';

describe('terminal progress', () => {
  it('redraws one line with the percentage on a terminal and clears it at the end', () => {
    let written = '';
    const p = terminalProgress({ isTTY: true, write: (s: string) => (written += s) }, { zh: '读取', en: 'reading' });
    p.update(0.5);
    p.update(0.504); // same percentage: not redrawn
    p.update(1);
    p.done();
    expect(written).toBe('\r读取 / reading  50%\r读取 / reading 100%\r\x1b[K');
  });

  it('writes nothing when stderr is piped', () => {
    let written = '';
    const p = terminalProgress({ write: (s: string) => (written += s) }, { zh: '读取', en: 'reading' });
    p.update(0.5);
    p.done();
    expect(written).toBe('');
  });
});
