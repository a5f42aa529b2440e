// Parsing JSON text that people hand us (catalogs, trust stores, keystores, package entries): a leading BOM is
// tolerated, a syntax error says where it is, by line and column, in Chinese and English, and nesting deeper than
// any Mulu file needs is refused before parsing. JSON.parse itself copes with deep nesting, but everything after it
// that recurses (JSON.stringify in messages, schema checks, canonical JSON) overflows the stack at a few thousand
// levels — a crash with a stack trace instead of a clear refusal.
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

/** Mulu's own files nest at most ~6 levels (catalog → resources → resource → items → item → field). */
export const MAX_JSON_DEPTH = 64;

/**
 * The offset of the first bracket that opens a level beyond `max`, or undefined. Strings are skipped whole (their
 * brackets are text), so the scan costs little next to JSON.parse; malformed text is left to JSON.parse to report.
 */
export function excessiveNesting(text: string, max: number = MAX_JSON_DEPTH): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Jump to the closing quote: one that is not escaped by an odd run of backslashes.
      let end = text.indexOf('"', i + 1);
      while (end !== -1) {
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === 0x5c) slashes++;
        if (slashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      if (end === -1) return undefined;
      i = end;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return undefined;
}

function refusal(where: { line: number; column: number } | undefined, message: { zh: string; en: string }): JsonTextResult {
  return { ok: false, problem: { path: '', ...where, message } };
}

export function parseJsonText(text: string): JsonTextResult {
  const tooDeep = excessiveNesting(text);
  if (tooDeep !== undefined) {
    const where = lineColumn(text, tooDeep);
    return refusal(where, {
      zh: `JSON 嵌套超过 ${MAX_JSON_DEPTH} 层（第 ${where.line} 行第 ${where.column} 列），不是 Mulu 文件应有的结构，未读取`,
      en: `JSON nested deeper than ${MAX_JSON_DEPTH} levels (line ${where.line}, column ${where.column}); no Mulu file is shaped like this, so it was not read`,
    });
  }
  try {
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/.exec(msg);
    const where = pos ? lineColumn(text, Number(pos[1])) : undefined;
    return refusal(where, {
      zh: `不是有效的 JSON${where ? `：第 ${where.line} 行第 ${where.column} 列附近有语法错误` : ''}（${msg}）`,
      en: `not valid JSON${where ? ` near line ${where.line}, column ${where.column}` : ''} (${msg})`,
    });
  }
}
