// The shape of assets/templates/lists.json: each list's sheet name, empty-list line and columns, and per profile the
// lists it asks for, its wording and what it leaves out. Checked when loaded, like the other assets.
import { Type, type Static } from '@sinclair/typebox';
import { LocalTextSchema } from '../i18n/local-text-schema.ts';
import { ACQUISITION_METHODS } from '../model/enums.ts';
import { literalUnion } from '../model/literal-union.ts';
import { CitationRefSchema } from '../regulations/citation-schema.ts';
import { ColumnSpecSchema } from '../workbook/columns-schema.ts';

export const LIST_IDS = ['shared', 'open', 'negative', 'responsibility', 'supplementary', 'needs'] as const;
/** The lists a catalog's resources make; the 需求清单 (`needs`) is its own record, present where the catalog holds needs. */
export const DERIVED_LIST_IDS = ['shared', 'open', 'negative', 'responsibility', 'supplementary'] as const satisfies readonly (typeof LIST_IDS)[number][];
export type ListId = (typeof LIST_IDS)[number];

const strict = { additionalProperties: false } as const;
const ListIdSchema = literalUnion(LIST_IDS);
const perList = <T extends Parameters<typeof Type.Record>[1]>(value: T) => Type.Partial(Type.Record(ListIdSchema, value, strict));

const ListSpecSchema = Type.Object({ sheet: LocalTextSchema, empty: LocalTextSchema, columns: Type.Array(ColumnSpecSchema, { minItems: 1 }) }, strict);

const ProfileListsSchema = Type.Object(
  {
    lists: Type.Optional(Type.Array(literalUnion(DERIVED_LIST_IDS), { uniqueItems: true })),
    sheets: Type.Optional(perList(LocalTextSchema)),
    /** Column titles a profile words differently, by the column's field. */
    headers: Type.Optional(perList(Type.Record(Type.String({ minLength: 1 }), LocalTextSchema))),
    exclude: Type.Optional(perList(Type.Object({ acquisition: Type.Array(literalUnion(ACQUISITION_METHODS), { minItems: 1 }), citations: Type.Array(CitationRefSchema, { minItems: 1 }) }, strict))),
  },
  strict,
);

export const ListsAssetSchema = Type.Object(
  {
    scopes: Type.Object({ resource: LocalTextSchema, item: LocalTextSchema }, strict),
    lists: Type.Record(ListIdSchema, ListSpecSchema, strict),
    profiles: Type.Record(Type.String({ minLength: 1 }), ProfileListsSchema),
  },
  strict,
);

export type ListsAsset = Static<typeof ListsAssetSchema>;
