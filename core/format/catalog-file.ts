// Reading the canonical catalog file (docs/catalog-format.md): JSON text → a checked Catalog, or
// problems that say exactly where (line/column for syntax, JSON path for structure) in both languages.
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { Value } from '@sinclair/typebox/value';
import { ValueErrorType, type ValueError } from '@sinclair/typebox/errors';
import type { TSchema } from '@sinclair/typebox';
import { CATALOG_FORMAT, CATALOG_FORMAT_VERSION, CatalogSchema, type Catalog } from '../model/catalog.ts';
import type { LocalText } from '../i18n/text.ts';
import { describeValue } from './describe-value.ts';
import { parseJsonText } from './json-text.ts';

export interface FileProblem {
  /** JSON path such as resources[12].items[3].dataType, or "" for the whole file. */
  path: string;
  line?: number;
  column?: number;
  message: LocalText;
}

export type CatalogLoadResult = { ok: true; catalog: Catalog } | { ok: false; kind: 'syntax' | 'format' | 'version' | 'structure'; problems: FileProblem[] };

interface CatalogChecker {
  Check(value: unknown): boolean;
  Errors(value: unknown): Iterable<ValueError>;
}

// The compiled checker is several times faster on a county catalog, but compiling needs `new Function`, which the
// renderer's CSP (no 'unsafe-eval') refuses; there the interpreter does the same checks. Compiled on first use, so
// merely importing this module never evaluates code.
let checker: CatalogChecker | undefined;
function catalogChecker(): CatalogChecker {
  if (!checker) {
    try {
      checker = TypeCompiler.Compile(CatalogSchema);
    } catch {
      checker = { Check: (v) => Value.Check(CatalogSchema, v), Errors: (v) => Value.Errors(CatalogSchema, v) };
    }
  }
  return checker;
}
const MAX_PROBLEMS = 200;

/** "/resources/12/items/3/dataType" → "resources[12].items[3].dataType" */
export function pointerToPath(pointer: string): string {
  if (!pointer) return '';
  return pointer
    .split('/')
    .slice(1)
    .map((seg) => seg.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, seg) => (/^\d+$/.test(seg) ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
}


function allowedValues(schema: TSchema): string[] | undefined {
  const anyOf = (schema as { anyOf?: { const?: unknown }[] }).anyOf;
  if (!anyOf || !anyOf.every((s) => s.const !== undefined)) return undefined;
  return anyOf.map((s) => String(s.const));
}

function describe(e: ValueError): LocalText {
  const { zh: got, en: gotEn } = describeValue(e.value);
  switch (e.type) {
    case ValueErrorType.ObjectRequiredProperty:
      return { zh: '缺少必需的属性', en: 'required property is missing' };
    case ValueErrorType.ObjectAdditionalProperties:
      return { zh: '含有格式中未定义的属性（拼写错误？）', en: 'property not defined by the format (a typo?)' };
    case ValueErrorType.Union: {
      const allowed = allowedValues(e.schema);
      return allowed
        ? { zh: `取值 ${got} 无效，可选：${allowed.join('、')}`, en: `value ${gotEn} is not one of: ${allowed.join(', ')}` }
        : { zh: `取值 ${got} 不符合任何允许的形式`, en: `value ${gotEn} matches no allowed form` };
    }
    case ValueErrorType.String:
      return { zh: `应为文本，实际为 ${got}`, en: `expected text, got ${gotEn}` };
    case ValueErrorType.Integer:
      return { zh: `应为整数，实际为 ${got}`, en: `expected an integer, got ${gotEn}` };
    case ValueErrorType.Number:
      return { zh: `应为数字，实际为 ${got}`, en: `expected a number, got ${gotEn}` };
    case ValueErrorType.Boolean:
      return { zh: `应为 true 或 false，实际为 ${got}`, en: `expected true or false, got ${gotEn}` };
    case ValueErrorType.Array:
      return { zh: `应为数组（列表），实际为 ${got}`, en: `expected an array, got ${gotEn}` };
    case ValueErrorType.Object:
      return { zh: `应为对象，实际为 ${got}`, en: `expected an object, got ${gotEn}` };
    case ValueErrorType.NumberMinimum:
    case ValueErrorType.IntegerMinimum:
      return { zh: `不能小于 ${String((e.schema as { minimum?: number }).minimum)}，实际为 ${got}`, en: `must be at least ${String((e.schema as { minimum?: number }).minimum)}, got ${gotEn}` };
    case ValueErrorType.NumberMaximum:
    case ValueErrorType.IntegerMaximum:
      return { zh: `不能大于 ${String((e.schema as { maximum?: number }).maximum)}，实际为 ${got}`, en: `must be at most ${String((e.schema as { maximum?: number }).maximum)}, got ${gotEn}` };
    default:
      return { zh: `不符合目录格式：${e.message}`, en: e.message };
  }
}

/** Structural problems of an already-parsed value; empty when it is a valid catalog. */
export function checkCatalogStructure(value: unknown): FileProblem[] {
  const check = catalogChecker();
  if (check.Check(value)) return [];
  const problems: FileProblem[] = [];
  for (const e of check.Errors(value)) {
    // A union failure is reported once for the union itself; its per-branch noise is skipped.
    if (e.type === ValueErrorType.Literal && problems.some((p) => p.path === pointerToPath(e.path))) continue;
    problems.push({ path: pointerToPath(e.path), message: describe(e) });
    if (problems.length >= MAX_PROBLEMS) break;
  }
  return problems;
}

export function parseCatalogText(text: string): CatalogLoadResult {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, kind: 'syntax', problems: [parsed.problem] };
  const value = parsed.value;
  const head = value as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== CATALOG_FORMAT) {
    return {
      ok: false,
      kind: 'format',
      problems: [{ path: 'format', message: { zh: `不是 Mulu 目录文件：format 应为 "${CATALOG_FORMAT}"`, en: `not a Mulu catalog file: format must be "${CATALOG_FORMAT}"` } }],
    };
  }
  if (head.version !== CATALOG_FORMAT_VERSION) {
    return {
      ok: false,
      kind: 'version',
      problems: [
        {
          path: 'version',
          message: {
            zh: `目录文件格式版本 ${describeValue(head.version).zh} 不受支持，本程序支持版本 ${CATALOG_FORMAT_VERSION}；请用新版 Mulu 打开或重新导出`,
            en: `catalog format version ${describeValue(head.version).en} is not supported (this build reads version ${CATALOG_FORMAT_VERSION})`,
          },
        },
      ],
    };
  }
  const problems = checkCatalogStructure(value);
  if (problems.length) return { ok: false, kind: 'structure', problems };
  return { ok: true, catalog: value as Catalog };
}

/** The canonical file text: stable key order as the model declares it, 2-space indentation. */
export function serializeCatalog(catalog: Catalog): string {
  return `${JSON.stringify(catalog, null, 2)}\n`;
}

/**
 * The same text as serializeCatalog, made resource by resource in parts of about `partChars` characters, for a
 * catalog too large to hold as one string (a province's aggregate: V8 strings stop at about 512 M characters).
 */
export function* serializeCatalogParts(catalog: Catalog, partChars = 1 << 20): Generator<string> {
  if (catalog.resources.length === 0) {
    yield serializeCatalog(catalog);
    return;
  }
  // The header with a placeholder where the resources go, so every other field keeps its place and spelling.
  const placeholder = JSON.stringify('\u0000resources\u0000');
  const [head, tail] = JSON.stringify({ ...catalog, resources: JSON.parse(placeholder) as never }, null, 2).split(placeholder) as [string, string];
  let part = `${head}[\n`;
  const last = catalog.resources.length - 1;
  for (const [i, resource] of catalog.resources.entries()) {
    // Strings in JSON hold no raw line break, so indenting every line by two levels is exact.
    part += `    ${JSON.stringify(resource, null, 2).replaceAll('\n', '\n    ')}${i === last ? '\n' : ',\n'}`;
    if (part.length >= partChars) {
      yield part;
      part = '';
    }
  }
  yield `${part}  ]${tail}\n`;
}
