// The shape of assets/rules/rules.json and workbook-rules.json. The rule ids are keys the schema requires
// (core/model/rule-ids.ts), so an asset that drops, adds or misspells a rule fails its check.
import { Type, type Static } from '@sinclair/typebox';
import { LocalTextSchema } from '../i18n/local-text-schema.ts';
import { CitationRefSchema } from '../regulations/citation-schema.ts';
import { CatalogRuleIdSchema, SeveritySchema, WorkbookRuleIdSchema } from '../model/rule-ids.ts';

const strict = { additionalProperties: false } as const;

export const RuleVariantSchema = Type.Object(
  {
    message: LocalTextSchema,
    hint: LocalTextSchema,
    /**
     * At most this severe, whatever the rule's or the profile's severity: a variant that only suspects a problem
     * (R07's unknown format type, most often a spelling the list lacks; R02's 4–5 digit sequence) must not block packaging.
     */
    severity: Type.Optional(SeveritySchema),
  },
  strict,
);

const ruleFields = {
  title: LocalTextSchema,
  severity: SeveritySchema,
  variants: Type.Record(Type.String({ pattern: '^[a-zA-Z]+$' }), RuleVariantSchema, { minProperties: 1, additionalProperties: false }),
};
export const RuleTextSchema = Type.Object(ruleFields, strict);
/** A workbook finding cites the same way for every profile, so its citations live with its texts. */
export const WorkbookRuleTextSchema = Type.Object({ ...ruleFields, citations: Type.Array(CitationRefSchema) }, strict);

export const RulesAssetSchema = Type.Object({ rules: Type.Record(CatalogRuleIdSchema, RuleTextSchema, strict) }, strict);
export const WorkbookRulesAssetSchema = Type.Object({ rules: Type.Record(WorkbookRuleIdSchema, WorkbookRuleTextSchema, strict) }, strict);

export type RuleVariant = Static<typeof RuleVariantSchema>;
export type RuleText = Static<typeof RuleTextSchema>;
export type WorkbookRuleText = Static<typeof WorkbookRuleTextSchema>;
