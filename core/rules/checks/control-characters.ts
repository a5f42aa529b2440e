// R40: catalog text holds no control characters. They are invisible in the app and in Excel, break the platform's
// import, and in a terminal some of them are commands (ESC sequences can recolour or rewrite what `mulu verify`
// prints). Tab and line breaks are kept: multi-line text is normal in 摘要 and similar fields.
import type { RuleCheck } from '../types.ts';

/** C0 controls other than tab, LF and CR; DEL and the C1 controls; the bidirectional overrides and isolates. */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** `a.b[2].c` from the keys and indexes walked; built only for a string that holds a control character. */
function pathOf(trail: readonly (string | number)[]): string {
  let path = '';
  for (const step of trail) path += typeof step === 'number' ? `[${step}]` : path ? `.${step}` : step;
  return path;
}

/**
 * Calls `found` with the path of every string under `value` that holds a control character. The walk keeps one
 * trail of keys instead of a path string per value: a county catalog has millions of strings and almost none match.
 */
function eachControlled(value: unknown, trail: (string | number)[], found: (path: string, char: string) => void): void {
  if (typeof value === 'string') {
    const m = CONTROL_CHARACTER.exec(value);
    if (m) found(pathOf(trail), m[0]);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      trail.push(i);
      eachControlled(value[i], trail, found);
      trail.pop();
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const key in value) {
      trail.push(key);
      eachControlled((value as Record<string, unknown>)[key], trail, found);
      trail.pop();
    }
  }
}

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

export const controlCharacters: RuleCheck = {
  id: 'R40',
  resource(r, _ctx, emit) {
    eachControlled(r, [], (path, char) => emit({ path, variant: 'control', params: { char: codePoint(char) } }));
  },
  catalog(c, _ctx, emit) {
    eachControlled(c.department, ['department'], (path, char) => emit({ path, variant: 'control', params: { char: codePoint(char) } }));
  },
};
