// A closed list of strings as a schema whose Static<> is the union of its values. Typed as a tuple of literals
// (not an array) so that Type.Record keyed by it yields one property per value.
import { Type, type TLiteral, type TUnion } from '@sinclair/typebox';

export type TLiteralTuple<T extends readonly string[]> = { -readonly [I in keyof T]: TLiteral<T[I]> };

export const literalUnion = <const T extends readonly string[]>(values: T): TUnion<TLiteralTuple<T>> =>
  Type.Union(values.map((v) => Type.Literal(v))) as TUnion<TLiteralTuple<T>>;
