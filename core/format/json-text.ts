// Parsing JSON text that people hand us (catalogs, trust stores): a leading BOM is tolerated, and a syntax
// error says where it is, by line and column, in Chinese and English.
import type { LocalText } from '../i18n/text.ts';

export interface JsonSyntaxProblem {
  path: '';
  line?: number;
  column?: number;
  message: LocalText;
}

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; problem: JsonSyntaxProblem };

function lineColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: position - last };
}

export function parseJsonText(text: string): JsonTextResult {
  try {
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/.exec(msg);
    const where = pos ? lineColumn(text, Number(pos[1])) : undefined;
    return {
      ok: false,
      problem: {
        path: '',
        ...where,
        message: {
          zh: `不是有效的 JSON${where ? `：第 ${where.line} 行第 ${where.column} 列附近有语法错误` : ''}（${msg}）`,
          en: `not valid JSON${where ? ` near line ${where.line}, column ${where.column}` : ''} (${msg})`,
        },
      },
    };
  }
}
