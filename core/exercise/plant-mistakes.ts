// Planting an exercise's mistakes: the sample generator's mistakes (core/sample/mistakes.ts), one per resource, on
// resources picked by the seed, the kinds taken in turn so each chosen kind is planted about as often. A mutation
// that the profile's rules do not notice on a resource (a 字符型 length on a resource with no 字符型 item) is undone
// and the kind tried on the next resource. Each planted mistake keeps the findings it caused and the resource's
// fields before and after: the answer key (answer-key.ts).
import { copyJson } from '../format/json-copy.ts';
import type { JsonValue } from '../crypto/canonical-json.ts';
import { jsonEqual } from '../format/json-equal.ts';
import type { Catalog, Resource } from '../model/catalog.ts';
import type { RuleEngine } from '../rules/engine.ts';
import { MISTAKES, type SampleMistake } from '../sample/mistakes.ts';
import { Random } from '../sample/random.ts';
import { findingKey, gradedFindings, keyText, type FindingKey } from './finding-keys.ts';

export interface PlantOptions {
  count: number;
  /** Kinds of MISTAKES to plant; every kind when empty. */
  kinds: readonly string[];
  seed: number;
  engine: RuleEngine;
}

/** A resource field's value; null where the field is absent. */
export type FieldValues = Record<string, JsonValue | null>;

export interface PlantedMistake {
  /** 1, 2, … in catalog order, as the trainer reads them out. */
  n: number;
  kind: string;
  resourceId: string;
  resourceCode: string | null;
  resourceName: string | null;
  /** The findings the mistake caused: it is fixed when none of them is left. */
  findings: FindingKey[];
  /** The changed fields as they were (the clean values) and as planted. */
  clean: FieldValues;
  planted: FieldValues;
}

/** Resources a kind is tried on before it is given up (纸质资源 is an error under no profile shipped). */
const GIVE_UP_AFTER = 8;

/** Every kind an exercise can plant. */
export const MISTAKE_KINDS: readonly string[] = MISTAKES.map((m) => m.kind);

export function mistakeKind(kind: string): SampleMistake | undefined {
  return MISTAKES.find((m) => m.kind === kind);
}

export function plantMistakes(source: Catalog, options: PlantOptions): { catalog: Catalog; planted: PlantedMistake[] } {
  const unknown = options.kinds.find((k) => !mistakeKind(k));
  if (unknown !== undefined) throw new RangeError(`plantMistakes: unknown mistake kind "${unknown}"`);
  const rng = new Random(options.seed);
  const catalog = copyJson(source);
  let kinds = rng.sample(options.kinds.length ? options.kinds.map((k) => mistakeKind(k)!) : MISTAKES, MISTAKES.length);
  const candidates = rng.sample(
    catalog.resources.map((_, i) => i),
    catalog.resources.length,
  );
  const { engine } = options;
  let cross = keysOf(gradedFindings(engine.validateCrossRecord(catalog)), catalog);
  const found: Omit<PlantedMistake, 'n'>[] = [];
  let turn = 0;
  let tries = 0;
  while (found.length < options.count && candidates.length > 0 && kinds.length > 0) {
    const mistake = kinds[turn % kinds.length]!;
    const index = candidates[0]!;
    const original = catalog.resources[index]!;
    const before = new Set([...cross, ...keysOf(gradedFindings(engine.validateResource(original, `resources[${index}]`, index)), catalog)]);
    const changed = copyJson(original);
    catalog.resources[index] = changed;
    mistake.apply(changed, rng, catalog, index);
    const crossAfter = keysOf(gradedFindings(engine.validateCrossRecord(catalog)), catalog);
    const after = [...crossAfter, ...keysOf(gradedFindings(engine.validateResource(changed, `resources[${index}]`, index)), catalog)];
    const caused = after.filter((k) => !before.has(k));
    if (caused.length === 0) {
      catalog.resources[index] = original;
      // Not noticed here: try the kind on the next resource, and give the kind up after GIVE_UP_AFTER tries.
      candidates.push(candidates.shift()!);
      if (++tries >= Math.min(candidates.length, GIVE_UP_AFTER)) {
        kinds = kinds.filter((k) => k !== mistake);
        tries = 0;
      }
      continue;
    }
    candidates.shift();
    cross = crossAfter;
    tries = 0;
    turn++;
    const fields = changedFields(original, changed);
    found.push({
      kind: mistake.kind,
      resourceId: changed.id,
      resourceCode: changed.code ?? null,
      resourceName: changed.name ?? null,
      findings: [...new Set(caused)].map(parseKey),
      clean: pick(original, fields),
      planted: pick(changed, fields),
    });
  }
  const order = new Map(catalog.resources.map((r, i) => [r.id, i]));
  found.sort((a, b) => order.get(a.resourceId)! - order.get(b.resourceId)!);
  return { catalog, planted: found.map((m, i) => ({ n: i + 1, ...m })) };
}

function keysOf(findings: ReturnType<typeof gradedFindings>, catalog: Catalog): string[] {
  return findings.map((f) => keyText(findingKey(f, catalog)));
}

function parseKey(text: string): FindingKey {
  const [ruleId, resourceId, ...path] = text.split('|');
  return { ruleId: ruleId as FindingKey['ruleId'], resourceId: resourceId || null, path: path.join('|') };
}

function changedFields(a: Resource, b: Resource): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Resource>;
  return [...keys].filter((k) => !jsonEqual(a[k], b[k])).sort();
}

function pick(r: Resource, fields: readonly string[]): FieldValues {
  const values = r as unknown as Record<string, JsonValue | undefined>;
  return Object.fromEntries(fields.map((f) => [f, values[f] ?? null]));
}
