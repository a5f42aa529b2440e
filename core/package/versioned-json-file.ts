// The small JSON files people write by hand for packaging and receipts (change notes, resource decisions): the same
// head as every Mulu file — `format` names the kind of file, `version` its layout — and problems that say where,
// by line and column or by JSON path, in both languages, like the catalog and trust store readers.
import type { FileProblem } from '../format/catalog-file.ts';
import { describeValue } from '../format/describe-value.ts';
import { parseJsonText } from '../format/json-text.ts';
import type { LocalText } from '../i18n/text.ts';
import { isRecord } from './strict-fields.ts';

export type VersionedJsonResult =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; kind: 'syntax' | 'format' | 'version' | 'structure'; problems: FileProblem[] };

/**
 * The parsed object if its `format` and `version` are the expected ones (a version, or every version a reader still
 * understands, newest last); what the file is, for messages, in `what`.
 */
export function readVersionedJson(text: string, format: string, versions: number | readonly number[], what: LocalText): VersionedJsonResult {
  const known = typeof versions === 'number' ? [versions] : versions;
  const version = known[known.length - 1]!;
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, kind: 'syntax', problems: [parsed.problem] };
  const value = parsed.value;
  if (!isRecord(value) || value.format !== format) {
    return { ok: false, kind: 'format', problems: [fileProblem('format', `不是${what.zh}：format 应为 "${format}"`, `not a ${what.en}: format must be "${format}"`)] };
  }
  if (!known.includes(value.version as number)) {
    const newer = Number.isInteger(value.version) && (value.version as number) > version;
    const problem = newer
      ? fileProblem('version', `该${what.zh}由较新版本的 Mulu 创建（格式版本 ${String(value.version)}），本程序只能读取版本 ${version}。请升级 Mulu。`, `this ${what.en} was made by a newer Mulu (format version ${String(value.version)}); this program reads version ${version} only. Upgrade Mulu.`)
      : fileProblem('version', `${what.zh}格式版本 ${describeValue(value.version).zh} 无效，应为 ${version}`, `${what.en} format version ${describeValue(value.version).en} is invalid; expected ${version}`);
    return { ok: false, kind: 'version', problems: [problem] };
  }
  return { ok: true, value };
}

export function fileProblem(path: string, zh: string, en: string): FileProblem {
  return { path, message: { zh, en } };
}

/** A problem for every key of `value` that is not in `allowed`, and for every key of `required` that is missing. */
export function keyProblems(value: Record<string, unknown>, path: string, required: readonly string[], optional: readonly string[] = []): FileProblem[] {
  const problems: FileProblem[] = [];
  for (const key of required) if (!Object.hasOwn(value, key)) problems.push(fileProblem(join(path, key), '缺少必需的属性', 'required property is missing'));
  for (const key of Object.keys(value)) {
    if (!required.includes(key) && !optional.includes(key)) problems.push(fileProblem(join(path, key), '含有格式中未定义的属性（拼写错误？）', 'property not defined by the format (a typo?)'));
  }
  return problems;
}

/** `a.b`, or `a["3070010001/00001"]` for a key that is not a plain identifier (resource codes contain `/`). */
export function join(path: string, key: string): string {
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path ? `${path}.${key}` : key;
}
