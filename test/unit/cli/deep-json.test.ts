// JSON nested thousands deep once crashed validate/export/pack/diff/verify with exit 70 and a stack trace (the
// error description printed the offending value with JSON.stringify). Now it is unusable input: exit 2, a Chinese
// message naming the file, no stack trace.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMulu } from '../../harness/cli.ts';
import { describeValue } from '../../../core/format/describe-value.ts';
import { excessiveNesting, MAX_JSON_DEPTH, parseJsonText } from '../../../core/format/json-text.ts';
import { parseCatalogText } from '../../../core/format/catalog-file.ts';
import { readKeystoreInfo } from '../../../core/crypto/keystore.ts';
import { parseManifest } from '../../../core/package/manifest.ts';
import { parseTrustStore } from '../../../core/package/trust-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'mulu-deep-'));
const path = (name: string) => join(dir, name);
const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
const DEEP = 6000;

writeFileSync(path('deep.json'), `{"format":"mulu.catalog","version":1,"x":${deep(DEEP)}}`);
writeFileSync(path('deep-trust.json'), `{"format":"mulu.trust-store","version":1,"keys":${deep(DEEP)}}`);
writeFileSync(path('shallow-wrong.json'), `{"format":"mulu.catalog","version":${deep(40)}}`);

function unusable(r: { code: number; err: string }): void {
  expect(r.code, r.err).toBe(2);
  expect(r.err).toContain('嵌套超过');
  expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
}

describe('deeply nested JSON', () => {
  it('validate, export, pack and diff refuse it with exit 2 and a Chinese message', async () => {
    unusable(await runMulu('validate', path('deep.json')));
    unusable(await runMulu('export', path('deep.json'), '--out', path('x.xlsx')));
    unusable(await runMulu('pack', path('deep.json'), '--key', path('none.json'), '--out', path('x.zip')));
    unusable(await runMulu('diff', path('deep.json'), path('deep.json')));
  });

  it('a trust store nested deep is refused by verify with exit 2', async () => {
    writeFileSync(path('p.zip'), 'not used');
    const r = await runMulu('verify', path('p.zip'), '--trust', path('deep-trust.json'));
    expect(r.code, r.err).toBe(2);
    expect(r.err).toContain('嵌套超过');
  });

  it('core parsers refuse it rather than overflow the stack', async () => {
    const text = `{"a":${deep(DEEP)}}`;
    expect(parseJsonText(text).ok).toBe(false);
    expect(parseCatalogText(text).ok).toBe(false);
    expect((await parseTrustStore(text)).ok).toBe(false);
    expect((await readKeystoreInfo(text)).ok).toBe(false);
    expect(parseManifest(new TextEncoder().encode(text)).ok).toBe(false);
  });

  it('counts only brackets outside strings; the limit admits what Mulu writes', () => {
    expect(excessiveNesting(`{"a":"${'['.repeat(500)}\\"${'{'.repeat(500)}"}`)).toBeUndefined();
    expect(excessiveNesting(deep(MAX_JSON_DEPTH))).toBeUndefined();
    expect(excessiveNesting(deep(MAX_JSON_DEPTH + 1))).toBe(MAX_JSON_DEPTH);
  });

  it('error messages describe a value by type and size instead of printing it', async () => {
    const r = await runMulu('validate', path('shallow-wrong.json'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('数组（1 项）');
    expect(describeValue('x'.repeat(10_000_000)).zh).toBe('文本（10000000 个字符）');
    expect(describeValue({ a: 1, b: 2 }).en).toBe('an object (2 properties)');
    expect(describeValue('\u001b[32m').zh).toBe('文本（5 个字符）');
    expect(describeValue('12').zh).toBe('"12"');
  });
});
