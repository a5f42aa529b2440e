// The Windows installer's platform floor (build/installer.nsh): the macro electron-builder includes must compile with
// NSIS, say in Chinese what to do, and stop before installing on 32-bit Windows or anything older than Windows 10.
// It cannot be run here (no Windows); compiling it into a probe installer catches every syntax and include error.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const NSH = join(ROOT, 'build', 'installer.nsh');
const dir = mkdtempSync(join(tmpdir(), 'mulu-nsis-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('installer platform floor', () => {
  it('is the file electron-builder.yml includes in the NSIS installer', () => {
    expect(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')).toMatch(/^nsis:\n(?: .*\n)*?  include: build\/installer\.nsh$/m);
  });

  it('is UTF-8 with a BOM, so NSIS reads its Chinese as Unicode', () => {
    expect([...readFileSync(NSH).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('stops on 32-bit or pre-Windows 10 systems with a Chinese message, also in silent mode', () => {
    const text = readFileSync(NSH, 'utf8');
    const macro = /!macro customInit\n([\s\S]*?)!macroend/.exec(text)?.[1] ?? '';
    expect(macro).toMatch(/\$\{IfNot\} \$\{RunningX64\}\n\s*\$\{OrIfNot\} \$\{AtLeastWin10\}/);
    expect(macro).toMatch(/MessageBox MB_OK\|MB_ICONSTOP "\$\{MULU_PLATFORM_FLOOR_TEXT\}" \/SD IDOK/);
    expect(macro).toMatch(/Quit/);
    expect(text).toContain('目录 Mulu 需要 64 位的 Windows 10 或更高版本');
  });

  it('compiles with makensis into an installer', () => {
    const nsi = join(dir, 'probe.nsi');
    writeFileSync(nsi, ['Unicode true', 'OutFile "probe.exe"', `!include "${NSH}"`, 'Function .onInit', '  !insertmacro customInit', 'FunctionEnd', 'Section', 'SectionEnd', ''].join('\n'));
    const run = spawnSync('makensis', ['-V2', '-WX', nsi], { cwd: dir, encoding: 'utf8' });
    if (run.error) throw new Error(`makensis is needed for this test (Debian: apt-get install nsis): ${run.error.message}`);
    expect(run.stderr + run.stdout).toBe('');
    expect(run.status).toBe(0);
    expect(statSync(join(dir, 'probe.exe')).size).toBeGreaterThan(10_000);
  });
});
