// Mutated inputs for the fuzz suites, as fast-check arbitraries over one valid file: byte-level damage (flips,
// truncation, insertions, removals, copied ranges, size fields set to extremes), JSON-aware damage (a value replaced
// by deep nesting, a huge or unsafe number, control characters, a lone surrogate, another type; a key removed or
// repeated) and ZIP-aware damage (entries removed, duplicated, renamed, reordered, their content damaged and the
// archive rebuilt with correct checksums, so the damage reaches the parsers behind the container). Each mutation
// carries a description, printed with the seed when an input fails.
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { buildZip, type RawEntry } from '../../unit/core/zip/zip-builder.ts';

export interface Mutation {
  description: string;
  bytes: Uint8Array;
}

type Op = { describe: string; apply(bytes: Uint8Array): Uint8Array };

const encoder = new TextEncoder();
const at = (n: number, length: number) => (length === 0 ? 0 : n % length);

/** Text that hostile files put where a value or markup is expected; inserted as raw bytes. */
const HOSTILE_SNIPPETS = [
  '\u001b[2K\r\u001b[32m验证通过\u001b[0m',
  '_x001B_',
  '_xD800_',
  '\\ud800',
  '"\\udc00"',
  '1e309',
  '9007199254740993',
  '-0',
  '123456789012345678901234567890',
  '<c r="XFE1" t="inlineStr"><is><t>x</t></is></c>',
  '<row r="1048577">',
  ' a="1" a="1"',
  '<!DOCTYPE x [<!ENTITY a "aaaa">]>',
  '&#0;&#xD800;&unknown;',
  `${'['.repeat(3000)}${']'.repeat(3000)}`,
  `<x${Array.from({ length: 2000 }, (_, i) => ` a${i}="${i}"`).join('')}/>`,
  `${'<a>'.repeat(2000)}`,
].map((s) => encoder.encode(s));
const INVALID_UTF8 = [Uint8Array.of(0xc3, 0x28), Uint8Array.of(0xed, 0xa0, 0x80), Uint8Array.of(0xff, 0xfe), Uint8Array.of(0xf8, 0x88, 0x80, 0x80, 0x80)];

function splice(bytes: Uint8Array, start: number, remove: number, insert: Uint8Array = new Uint8Array(0)): Uint8Array {
  const out = new Uint8Array(bytes.length - remove + insert.length);
  out.set(bytes.subarray(0, start));
  out.set(insert, start);
  out.set(bytes.subarray(start + remove), start + insert.length);
  return out;
}

const byteOp: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ p: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }).map(({ p, mask }) => ({
    describe: `flip byte ${p} ^ ${mask}`,
    apply: (b: Uint8Array) => {
      const out = b.slice();
      if (out.length) out[at(p, out.length)]! ^= mask;
      return out;
    },
  })),
  fc.nat().map((p) => ({ describe: `truncate at ${p}`, apply: (b: Uint8Array) => b.slice(0, at(p, b.length)) })),
  fc.record({ p: fc.nat(), bytes: fc.oneof(fc.uint8Array({ minLength: 1, maxLength: 32 }), fc.constantFrom(...HOSTILE_SNIPPETS, ...INVALID_UTF8)) }).map(({ p, bytes }) => ({
    describe: `insert ${bytes.length} bytes at ${p}`,
    apply: (b: Uint8Array) => splice(b, at(p, b.length + 1), 0, bytes),
  })),
  fc.record({ p: fc.nat(), n: fc.integer({ min: 1, max: 512 }) }).map(({ p, n }) => ({
    describe: `remove ${n} bytes at ${p}`,
    apply: (b: Uint8Array) => {
      const start = at(p, b.length);
      return splice(b, start, Math.min(n, b.length - start));
    },
  })),
  fc.record({ from: fc.nat(), n: fc.integer({ min: 1, max: 4096 }), to: fc.nat() }).map(({ from, n, to }) => ({
    describe: `copy ${n} bytes from ${from} to ${to}`,
    apply: (b: Uint8Array) => {
      const start = at(from, b.length);
      return splice(b, at(to, b.length + 1), 0, b.slice(start, start + n));
    },
  })),
  fc.record({ p: fc.nat(), value: fc.constantFrom(0, 0xffffffff, 0x7fffffff, 0x80000000, 0xffff) }).map(({ p, value }) => ({
    describe: `set 4 bytes at ${p} to ${value}`,
    apply: (b: Uint8Array) => {
      const out = b.slice();
      const start = at(p, Math.max(1, out.length - 3));
      for (let i = 0; i < 4 && start + i < out.length; i++) out[start + i] = (value >>> (8 * i)) & 0xff;
      return out;
    },
  })),
);

function applyAll(base: Uint8Array, ops: readonly Op[]): Mutation {
  let bytes = base;
  for (const op of ops) bytes = op.apply(bytes);
  return { description: ops.map((o) => o.describe).join('; '), bytes };
}

/** One to three byte-level mutations of `base`. */
export function byteMutations(base: Uint8Array): fc.Arbitrary<Mutation> {
  return fc.array(byteOp, { minLength: 1, maxLength: 3 }).map((ops) => applyAll(base, ops));
}

/** JSON text put in place of a value (raw, so it may be deeper or larger than JSON.stringify would ever write). */
const HOSTILE_VALUES = [
  `${'['.repeat(6000)}${']'.repeat(6000)}`,
  `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`,
  '1e400',
  '-1e400',
  '9007199254740993',
  '18446744073709551616',
  '-0',
  '0.1e-400',
  '"\\u001b[2K\\r\\u001b[32m验证通过\\u001b[0m"',
  '"\\ud800"',
  '"\\udc00x"',
  `"${'长'.repeat(100_000)}"`,
  'null',
  'true',
  '{}',
  '[]',
  '""',
  '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}',
];

type JsonPath = (string | number)[];

function pathsOf(value: unknown, path: JsonPath = [], out: JsonPath[] = []): JsonPath[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}

const MARK = '\u0000fuzz-mark\u0000';

/** The document with the value at `path` replaced by raw JSON text. */
function replaceAt(doc: unknown, path: JsonPath, raw: string): string {
  if (path.length === 0) return raw;
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path.at(-1)!] = MARK;
  return JSON.stringify(copy, null, 2).replace(JSON.stringify(MARK), raw);
}

function removeAt(doc: unknown, path: JsonPath): string {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
  return JSON.stringify(copy, null, 2);
}

/** JSON-aware mutations of a JSON file, mixed with byte-level ones on its text. */
export function jsonMutations(base: Uint8Array): fc.Arbitrary<Mutation> {
  const doc: unknown = JSON.parse(new TextDecoder().decode(base));
  const paths = pathsOf(doc);
  const name = (p: JsonPath) => (p.length ? p.join('.') : '(root)');
  const structural = fc.oneof(
    fc.record({ p: fc.nat(), raw: fc.constantFrom(...HOSTILE_VALUES) }).map(({ p, raw }) => {
      const path = paths[at(p, paths.length)]!;
      return { description: `value at ${name(path)} := ${raw.length > 40 ? `${raw.slice(0, 20)}… (${raw.length} chars)` : raw}`, bytes: encoder.encode(replaceAt(doc, path, raw)) };
    }),
    fc.nat().map((p) => {
      const path = paths[1 + at(p, paths.length - 1)] ?? [];
      return { description: `remove ${name(path)}`, bytes: encoder.encode(path.length ? removeAt(doc, path) : '') };
    }),
    fc.nat().map((p) => {
      // A repeated key: JSON.parse keeps the last, a careless reader might keep the first.
      const keyed = paths.filter((path) => typeof path.at(-1) === 'string');
      const path = keyed[at(p, keyed.length)];
      const text = JSON.stringify(doc, null, 2);
      if (!path) return { description: 'unchanged', bytes: base };
      const key = JSON.stringify(path.at(-1));
      return { description: `repeat key ${name(path)}`, bytes: encoder.encode(text.replace(`${key}:`, `${key}: "repeated", ${key}:`)) };
    }),
  );
  return fc.oneof({ arbitrary: structural, weight: 2 }, { arbitrary: byteMutations(base), weight: 1 });
}

type ZipEntry = { name: string; content: Uint8Array };

const HOSTILE_NAMES = ['../escape.xml', '/absolute.xml', 'C:\\windows.xml', 'dir\\back.xml', '', 'a/../../b', 'xl/WORKSHEETS/SHEET1.XML', 'META-INF/MANIFEST.JSON', '\u202Egnp.exe', 'x'.repeat(300)];

const zipOp: fc.Arbitrary<{ describe: string; apply(entries: ZipEntry[]): ZipEntry[] }> = fc.oneof(
  fc.nat().map((p) => ({ describe: `remove entry #${p}`, apply: (e: ZipEntry[]) => e.filter((_, i) => i !== at(p, e.length)) })),
  fc.record({ p: fc.nat(), to: fc.nat() }).map(({ p, to }) => ({
    describe: `duplicate entry #${p} at #${to}`,
    apply: (e: ZipEntry[]) => {
      const copy = e[at(p, e.length)];
      return copy ? [...e.slice(0, at(to, e.length + 1)), copy, ...e.slice(at(to, e.length + 1))] : e;
    },
  })),
  fc.record({ p: fc.nat(), name: fc.constantFrom(...HOSTILE_NAMES) }).map(({ p, name }) => ({
    describe: `rename entry #${p} to ${JSON.stringify(name.slice(0, 40))}`,
    apply: (e: ZipEntry[]) => e.map((entry, i) => (i === at(p, e.length) ? { ...entry, name } : entry)),
  })),
  fc.record({ a: fc.nat(), b: fc.nat() }).map(({ a, b }) => ({
    describe: `swap entries #${a} and #${b}`,
    apply: (e: ZipEntry[]) => {
      const out = [...e];
      const i = at(a, e.length);
      const j = at(b, e.length);
      [out[i], out[j]] = [out[j]!, out[i]!];
      return out;
    },
  })),
  fc.record({ p: fc.nat(), ops: fc.array(byteOp, { minLength: 1, maxLength: 3 }) }).map(({ p, ops }) => ({
    describe: `entry #${p}: ${ops.map((o) => o.describe).join('; ')}`,
    apply: (e: ZipEntry[]) => e.map((entry, i) => (i === at(p, e.length) ? { ...entry, content: applyAll(entry.content, ops).bytes } : entry)),
  })),
);

/** ZIP-aware mutations (the archive rebuilt whole, checksums right), mixed with byte-level ones on the file. */
export function zipMutations(base: Uint8Array): fc.Arbitrary<Mutation> {
  const files = unzipSync(base);
  const entries: ZipEntry[] = Object.entries(files).map(([name, content]) => ({ name, content }));
  const rebuilt = fc.array(zipOp, { minLength: 1, maxLength: 3 }).map((ops) => {
    let list = entries;
    for (const op of ops) list = op.apply(list);
    // The first entry stays stored, as a package's mimetype must be; the rest deflated.
    const raw: RawEntry[] = list.map((e, i) => ({ name: e.name, content: e.content, method: i === 0 && e.name === 'mimetype' ? 0 : 8 }));
    return { description: ops.map((o) => o.describe).join('; '), bytes: buildZip({ entries: raw }) };
  });
  return fc.oneof({ arbitrary: rebuilt, weight: 3 }, { arbitrary: byteMutations(base), weight: 1 });
}
