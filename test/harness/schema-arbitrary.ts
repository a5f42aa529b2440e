// fast-check arbitraries generated from the model's TypeBox schemas, so a field added to the model is generated
// without anyone copying it into a test. Hints replace the generator at a dotted path (`classification.class`,
// `items.length`) where a property wants values the schema cannot tell it about: codes, dates, edge numbers.
import fc from 'fast-check';
import { KindGuard, type Static, type TSchema } from '@sinclair/typebox';

export interface SchemaArbitraryOptions {
  /** Every string field without a hint. */
  string: fc.Arbitrary<string>;
  /** Every number field without a hint. */
  number: fc.Arbitrary<number>;
  /** Every integer field without a hint (kept within the schema's minimum and maximum). */
  integer: fc.Arbitrary<number>;
  /** Longest generated array or record, unless a hint says otherwise. */
  maxLength: number;
  hints?: Readonly<Record<string, fc.Arbitrary<unknown>>>;
}

function arbitraryAt(schema: TSchema, path: string, o: SchemaArbitraryOptions): fc.Arbitrary<unknown> {
  const hint = o.hints?.[path];
  if (hint) return hint;
  const child = (key: string) => (path ? `${path}.${key}` : key);
  if (KindGuard.IsLiteral(schema)) return fc.constant(schema.const);
  if (KindGuard.IsUnion(schema)) return fc.oneof(...schema.anyOf.map((s) => arbitraryAt(s, path, o)));
  if (KindGuard.IsString(schema)) return o.string;
  if (KindGuard.IsInteger(schema)) {
    const { minimum = -Infinity, maximum = Infinity } = schema;
    return o.integer.filter((n) => n >= minimum && n <= maximum);
  }
  if (KindGuard.IsNumber(schema)) return o.number;
  if (KindGuard.IsBoolean(schema)) return fc.boolean();
  if (KindGuard.IsArray(schema)) return fc.array(arbitraryAt(schema.items, path, o), { maxLength: o.maxLength });
  if (KindGuard.IsRecord(schema)) {
    const value = Object.values(schema.patternProperties)[0] as TSchema;
    return fc.dictionary(o.string, arbitraryAt(value, path, o), { maxKeys: o.maxLength });
  }
  if (KindGuard.IsObject(schema)) {
    const fields = Object.fromEntries(Object.entries(schema.properties).map(([key, s]) => [key, arbitraryAt(s, child(key), o)]));
    return fc.record(fields, { requiredKeys: schema.required ?? [] });
  }
  throw new Error(`no arbitrary for the schema at "${path}": ${JSON.stringify(schema)}`);
}

/** Values of the schema's type; the property names, optionality and closed lists all come from the schema. */
export function schemaArbitrary<T extends TSchema>(schema: T, options: SchemaArbitraryOptions): fc.Arbitrary<Static<T>> {
  return arbitraryAt(schema, '', options) as fc.Arbitrary<Static<T>>;
}
