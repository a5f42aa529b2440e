import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalJsonBytes, type JsonValue } from '../../../../core/crypto/canonical-json.ts';

const fromBits = (hex: string) => new DataView(Uint8Array.from(hex.match(/../g)!.map((h) => parseInt(h, 16))).buffer).getFloat64(0);

describe('RFC 8785 canonical JSON', () => {
  it('§3.2.2: the sample input', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001], ' +
        '"string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}',
    ) as JsonValue;
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('§3.2.3: sorts keys by UTF-16 code units, recursively', () => {
    const input = JSON.parse(
      '{"\\u20ac": "Euro Sign", "\\r": "Carriage Return", "\\ufb33": "Hebrew Letter Dalet With Dagesh", "1": "One", ' +
        '"\\ud83d\\ude00": "Emoji: Grinning Face", "\\u0080": "Control", "\\u00f6": "Latin Small Letter O With Diaeresis"}',
    ) as JsonValue;
    // Read the keys off the text: Object.keys would move the integer-like "1" to the front.
    const keys = [...canonicalJson(input).matchAll(/[{,]("(?:[^"\\]|\\.)*"):/g)].map((m) => JSON.parse(m[1]!) as string);
    expect(keys).toEqual(['\r', '1', '\u0080', 'ö', '€', '😀', '\ufb33']);
    expect(canonicalJson({ b: { z: 1, a: [{ y: 2, x: 1 }] }, a: null })).toBe('{"a":null,"b":{"a":[{"x":1,"y":2}],"z":1}}');
  });

  // RFC 8785 Appendix B: IEEE 754 bit patterns and their serialisations.
  it.each([
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ])('number %s → %s', (bits, text) => {
    expect(canonicalJson(fromBits(bits))).toBe(text);
  });

  it('escapes only what JSON requires and writes other characters as UTF-8', () => {
    expect(canonicalJson({ s: '目录\u0000\u001f\u007f\u2028"\\/' })).toBe('{"s":"目录\\u0000\\u001f\u007f\u2028\\"\\\\/"}');
    expect(bytesToHex(canonicalJsonBytes('目录'))).toBe('22e79baee5bd9522');
  });

  it.each([
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['a lone surrogate in a value', { s: '\ud800' }],
    ['a lone surrogate in a key', { '\udc00': 1 }],
  ])('refuses %s, which I-JSON cannot carry', (_, value) => {
    expect(() => canonicalJson(value as JsonValue)).toThrow();
  });
});
