// The pretest check: every missing program is listed at once, each with its install command; present ones pass.
import { describe, expect, it } from 'vitest';
import { describeMissingTools, missingTestTools } from '../../../scripts/lib/test-tools.mjs';

const ALL: Record<string, string> = {
  '/usr/bin/chromium': 'Chromium 142',
  soffice: 'LibreOffice 7.4',
  openssl: 'OpenSSL 3.0.17 1 Jul 2025',
  jq: 'jq-1.6',
  makensis: 'v3.08-3+deb12u1',
  python3: 'Python 3.11.2',
  'fc-list': 'Noto Sans CJK SC\nNoto Serif CJK SC\n',
};

function probe(present: Record<string, string>, env: Record<string, string> = {}) {
  return { env, run: (command: string) => (command in present ? { ok: true, stdout: present[command]! } : { ok: false, stdout: '' }) };
}

describe('missingTestTools', () => {
  it('finds nothing missing on a machine that has everything', () => {
    expect(missingTestTools(probe(ALL))).toEqual([]);
  });

  it('lists every missing program at once, each with its install command', () => {
    const missing = missingTestTools(probe({ openssl: 'OpenSSL 1.1.1w' }));
    expect(missing.map((m) => m.install)).toEqual([
      'apt-get install -y chromium（或设置 CHROMIUM_PATH / or set CHROMIUM_PATH）',
      'apt-get install -y libreoffice-calc',
      'apt-get install -y openssl',
      'apt-get install -y nsis',
      'apt-get install -y jq',
      'apt-get install -y python3',
      'apt-get install -y fonts-noto-cjk',
    ]);
    expect(missing[2]!.tool).toContain('OpenSSL 1.1.1w');
    const text = describeMissingTools(missing);
    expect(text).toContain('运行测试还缺少 7 个程序');
    expect(text.split('\n').filter((l) => l.includes('apt-get install'))).toHaveLength(7);
  });

  it('looks for Chromium where CHROMIUM_PATH says, and wants CJK sans fonts, not any font', () => {
    const { '/usr/bin/chromium': chromium, ...rest } = ALL;
    expect(missingTestTools(probe({ ...rest, '/opt/chromium/chrome': chromium! }, { CHROMIUM_PATH: '/opt/chromium/chrome' }))).toEqual([]);
    expect(missingTestTools(probe({ ...ALL, 'fc-list': 'DejaVu Sans\n' })).map((m) => m.install)).toEqual(['apt-get install -y fonts-noto-cjk']);
  });
});
