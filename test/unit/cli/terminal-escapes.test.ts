// Control characters from a file never reach the terminal raw: a department or resource name holding ESC
// sequences (or `_x001B_` in a workbook cell) could otherwise draw a fake green "验证通过" in validate, inspect,
// verify or diff. They are printed as \uXXXX, and the catalog gets a finding (R40).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMulu } from '../../harness/cli.ts';
import { escapeControls, escapeInline } from '../../../cli/terminal-text.ts';
import { generateKeyPair } from '../../../core/crypto/signature.ts';
import { encodePublicKeyPem } from '../../../core/crypto/keys.ts';
import { serializeCatalog } from '../../../core/format/catalog-file.ts';
import { packCatalog } from '../../../core/package/pack.ts';
import { baseCatalog, CREATED, forge, reportFor, signerOf } from '../core/package/package-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'mulu-escapes-'));
const path = (name: string) => join(dir, name);
const FAKE = '\u001b[2K\r\u001b[32m验证通过 / verified\u001b[0m';
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('control characters in CLI output', () => {
  it('validate: a department and a resource name with ESC sequences are escaped, and R40 reports them', async () => {
    const catalog = baseCatalog();
    catalog.department.name += FAKE;
    catalog.resources[0]!.name += FAKE;
    writeFileSync(path('c.json'), serializeCatalog(catalog));
    const r = await runMulu('validate', path('c.json'));
    expect(r.code).toBe(1);
    expect(r.out).not.toMatch(RAW_CONTROL);
    expect(r.out).toContain('\\u001b[32m');
    expect(r.out).toContain('R40');
    const json = await runMulu('validate', path('c.json'), '--format', 'json');
    expect(json.out).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(json.out).catalog.department).toBe(catalog.department.name); // JSON reads the escape back
  });

  it('validate a workbook whose cell holds _x001B_', async () => {
    const catalog = baseCatalog();
    writeFileSync(path('w.json'), serializeCatalog({ ...catalog, resources: catalog.resources.map((r, i) => (i === 0 ? { ...r, name: `${r.name}${FAKE}` } : r)) }));
    expect((await runMulu('export', path('w.json'), '--out', path('w.xlsx'))).code).toBe(0);
    const r = await runMulu('validate', path('w.xlsx'));
    expect(r.out).not.toMatch(RAW_CONTROL);
    expect(r.out).toContain('R40');
  });

  it('inspect, verify and diff print a forged manifest and catalog without raw controls', async () => {
    const key = generateKeyPair('SM2-with-SM3');
    const catalog = baseCatalog();
    const pkg = await packCatalog({ catalog, report: await reportFor(catalog), signer: signerOf(key), createdAt: CREATED });
    const forged = await forge(pkg, key, { manifest: (m) => ({ ...m, department: { ...m.department, name: `${m.department.name}${FAKE}` } }) });
    writeFileSync(path('p.zip'), forged);
    writeFileSync(path('p0.zip'), pkg);
    writeFileSync(path('k.pem'), encodePublicKeyPem(key.algorithm, key.publicKey));
    const inspected = await runMulu('inspect', path('p.zip'));
    
    expect(inspected.out).toContain('\\u001b[32m');
    const verified = await runMulu('verify', path('p.zip'), '--trust', path('k.pem'));
    const changed = baseCatalog();
    changed.resources[1]!.name = `改名${FAKE}`;
    writeFileSync(path('changed.json'), serializeCatalog(changed));
    const diff = await runMulu('diff', path('p0.zip'), path('changed.json'));
    for (const r of [inspected, verified, diff]) {
      expect(r.out).not.toMatch(RAW_CONTROL);
      expect(r.err).not.toMatch(RAW_CONTROL);
    }
    expect(diff.out, diff.err).toContain('\\u001b[32m');
  });

  it('escapeControls keeps line breaks and tabs; escapeInline shows them too', () => {
    expect(escapeControls('a\tb\nc\r\u001b\u009b\u202e')).toBe('a\tb\nc\\u000d\\u001b\\u009b\\u202e');
    expect(escapeInline('名称\n验证通过')).toBe('名称\\n验证通过');
  });
});
