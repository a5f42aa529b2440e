// The shape of assets/regulations/*.json (documents and quoted articles) and of a citation reference in the
// profiles and workbook rules. citations.ts joins them into the Citation a finding carries.
import { Type, type Static } from '@sinclair/typebox';

const strict = { additionalProperties: false } as const;
const nullableString = Type.Union([Type.String(), Type.Null()]);

export const CitationRefSchema = Type.Object({ doc: Type.String({ minLength: 1 }), article: Type.String({ minLength: 1 }) }, strict);

export const CitationDocumentSchema = Type.Object(
  {
    id: Type.String({ minLength: 1 }),
    /** Absent for a regulation; standards.json marks national standards and platform practice. */
    kind: Type.Optional(Type.Union([Type.Literal('standard'), Type.Literal('practice')])),
    title: Type.String({ minLength: 1 }),
    docNo: nullableString,
    jurisdiction: Type.String(),
    status: nullableString,
    file: nullableString,
  },
  strict,
);

export const CitationArticleSchema = Type.Object(
  {
    doc: Type.String({ minLength: 1 }),
    article: Type.String({ minLength: 1 }),
    quote: Type.Optional(nullableString),
    summaryZh: Type.Optional(Type.String()),
    lang: Type.Optional(Type.String()),
    sourceLang: Type.Optional(Type.String()),
    source: Type.Optional(Type.String()),
    file: Type.Optional(nullableString),
  },
  strict,
);

export const CitationAssetSchema = Type.Object(
  { documents: Type.Array(CitationDocumentSchema), articles: Type.Array(CitationArticleSchema) },
  strict,
);

export type CitationRef = Static<typeof CitationRefSchema>;
