// 统一社会信用代码 (GB 32100-2015) with the embedded GB 11714 organisation-code check (catalog-standard.md §5.1).
import { describe, expect, it } from 'vitest';
import { checkUscc, completeUscc, normalizeUscc, orgCodeCheckChar, usccCheckChar } from '../../../../core/codes/uscc.ts';
import { makeUscc, makeUsccWithBadOrgCheck } from '../../../harness/catalog-builders.ts';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const REGISTRARS = '123456789ANY';
const DIGITS = '0123456789';

describe('USCC worked examples (catalog-standard §5.1)', () => {
  it.each(['91350100M000100Y43', '91110108MA01PQ718X', '11110108MA01PQ7186'])('%s is valid with a matching organisation code', (code) => {
    const res = checkUscc(code);
    expect(res.problem).toBeUndefined();
    expect(res.orgCodeMismatch).toBeUndefined();
    expect(res.normalized).toBe(code);
  });

  it('computes the quoted check characters', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    expect(orgCodeCheckChar('M000100Y')).toBe('4');
    expect(orgCodeCheckChar('MA01PQ71')).toBe('8');
    expect(completeUscc('91350100M000100Y4')).toBe('91350100M000100Y43');
  });

  it('maps GB 11714 remainders 10 and 11 to X and 0', () => {
    // Search small bodies for both special cases so the mapping itself is exercised.
    const seen = new Set<string>();
    for (let n = 0; n < 2000 && seen.size < 2; n++) {
      const body = String(n).padStart(8, '0');
      let sum = 0;
      [3, 7, 9, 10, 5, 8, 4, 2].forEach((w, i) => (sum += Number(body[i]) * w));
      const r = 11 - (sum % 11);
      if (r === 10) {
        expect(orgCodeCheckChar(body)).toBe('X');
        seen.add('X');
      }
      if (r === 11) {
        expect(orgCodeCheckChar(body)).toBe('0');
        seen.add('0');
      }
    }
    expect(seen).toEqual(new Set(['X', '0']));
  });

  it('rejects prefixes with characters outside the alphabet', () => {
    expect(usccCheckChar('91350100M000100O4')).toBeUndefined();
    expect(() => completeUscc('91350100M000100O4')).toThrow(/invalid USCC prefix/);
    expect(orgCodeCheckChar('M00010-Y')).toBeUndefined();
    expect(orgCodeCheckChar('M00010')).toBeUndefined();
  });

  // A missing character must not read as '0' (USCC_ALPHABET.indexOf('') is 0).
  it('rejects prefixes that are not exactly 17 characters', () => {
    expect(usccCheckChar('9135010')).toBeUndefined();
    expect(() => completeUscc('9135010')).toThrow(/invalid USCC prefix/);
    expect(() => completeUscc('91350100M000100Y43')).toThrow(/invalid USCC prefix/);
    expect(usccCheckChar('')).toBeUndefined();
    expect(orgCodeCheckChar('M000100Y4')).toBeUndefined();
  });
});

describe('checkUscc: single-character corruption is always caught', () => {
  const valid = '91350100M000100Y43';

  /** A different character that keeps the code structurally valid at position i (0-based). */
  function alternatives(i: number): string[] {
    const pool = i === 0 ? REGISTRARS : i >= 2 && i <= 7 ? DIGITS : ALPHABET;
    return [...pool].filter((c) => c !== valid[i]);
  }

  it.each(Array.from({ length: 18 }, (_, i) => i))('position %i: every substitution fails the checksum', (i) => {
    for (const c of alternatives(i)) {
      const corrupt = valid.slice(0, i) + c + valid.slice(i + 1);
      const res = checkUscc(corrupt);
      // Where the organisation code's own check fails too, the problem says the mistake is in that part.
      const orgBroken = orgCodeCheckChar(corrupt.slice(8, 16)) !== corrupt[16];
      expect(res.problem?.kind, corrupt).toBe(orgBroken ? 'orgCodePart' : 'checksum');
      if (res.problem?.kind === 'checksum' || res.problem?.kind === 'orgCodePart') {
        expect(res.problem.expected).toBe(usccCheckChar(corrupt.slice(0, 17)));
        expect(res.problem.actual).toBe(corrupt[17]);
      }
      if (i < 8 || i === 17) expect(res.problem?.kind, corrupt).toBe('checksum');
    }
  });

  it('catches a swap of two adjacent different characters', () => {
    const swapped = '93150100M000100Y43';
    expect(checkUscc(swapped).problem?.kind).toBe('checksum');
  });
});

describe('checkUscc: input forms and structural problems', () => {
  it('accepts lowercase and surrounding white space, normalising to uppercase', () => {
    const res = checkUscc('  91110108ma01pq718x ');
    expect(res.problem).toBeUndefined();
    expect(res.normalized).toBe('91110108MA01PQ718X');
    expect(normalizeUscc(' ab ')).toBe('AB');
  });

  it.each([
    ['', 0],
    ['91350100M000100Y4', 17],
    ['91350100M000100Y433', 19],
  ])('length problem for %j', (code, actual) => {
    expect(checkUscc(code).problem).toEqual({ kind: 'length', actual });
  });

  it.each([
    ['91350100M0001O0Y43', 14, 'O'],
    ['9I350100M000100Y43', 2, 'I'],
    ['91350100M000100Z43', 16, 'Z'],
    ['91350100M000100Y4S', 18, 'S'],
    ['91350100M000100V43', 16, 'V'],
    ['91350100M000-00Y43', 13, '-'],
  ])('charset problem for %s at position %i', (code, position, char) => {
    expect(checkUscc(code).problem).toEqual({ kind: 'charset', position, char });
  });

  it.each(['B', 'C', 'M', 'X', '0'])('registrar %s in position 1 is rejected', (r) => {
    const code = completeUscc(`${r}1350100M000100Y4`);
    expect(checkUscc(code).problem).toEqual({ kind: 'registrar', char: r });
  });

  it.each([...REGISTRARS])('registrar %s in position 1 is accepted, with any category character', (r) => {
    for (const category of ['1', '9', 'A', 'Y']) {
      const code = completeUscc(`${r}${category}350100M000100Y4`);
      expect(checkUscc(code).problem, code).toBeUndefined();
    }
  });

  it('requires positions 3–8 to be six digits', () => {
    const code = completeUscc('9135A100M000100Y4');
    expect(checkUscc(code).problem).toEqual({ kind: 'region', region: '35A100' });
  });

  it('accepts region codes of abolished divisions and the national 100000', () => {
    expect(checkUscc(makeUscc('11', '100000', 'MB001234')).problem).toBeUndefined();
    expect(checkUscc(makeUscc('91', '341302', '12345678')).problem).toBeUndefined();
  });
});

describe('checkUscc: embedded organisation code', () => {
  it('reports a mismatch as orgCodeMismatch, not as a problem', () => {
    const code = makeUsccWithBadOrgCheck('11', '341324', 'MB001234');
    const res = checkUscc(code);
    expect(res.problem).toBeUndefined();
    expect(res.orgCodeMismatch).toEqual({ expected: orgCodeCheckChar('MB001234'), actual: code[16] });
    expect(res.orgCodeMismatch!.expected).not.toBe(res.orgCodeMismatch!.actual);
  });

  it('has no mismatch when the embedded check character is right', () => {
    const code = makeUscc('11', '341324', 'MB001234');
    expect(checkUscc(code).orgCodeMismatch).toBeUndefined();
  });

  it('names the organisation code part in the one problem of a code that fails both checks (no separate warning)', () => {
    const code = makeUsccWithBadOrgCheck('11', '341324', 'MB001234');
    const broken = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    const res = checkUscc(broken);
    expect(res.problem).toMatchObject({ kind: 'orgCodePart', orgActual: code[16] });
    expect(res.orgCodeMismatch).toBeUndefined();
  });
});
