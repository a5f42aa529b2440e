// The shape of a jurisdiction profile (assets/profiles/*.json); profile.ts resolves a chain of them into a Profile.
import { Type, type Static } from '@sinclair/typebox';
import { LocalTextSchema } from '../i18n/local-text-schema.ts';
import { literalUnion } from '../model/literal-union.ts';
import { BASIS_LEVELS } from '../model/enums.ts';
import { VocabularyAssetSchema } from '../model/vocabulary-schema.ts';
import { ClassificationNodeSchema } from '../codes/classification-schema.ts';
import { CitationRefSchema } from '../regulations/citation-schema.ts';
import { CatalogRuleIdSchema, SeveritySchema } from '../model/rule-ids.ts';

const strict = { additionalProperties: false } as const;
const opt = Type.Optional;
const citations = Type.Array(CitationRefSchema);

export const ProfileRuleSettingSchema = Type.Object({ enabled: opt(Type.Boolean()), severity: opt(SeveritySchema), citations: opt(citations) }, strict);

/** Labels a profile rewords (Jilin says 授权共享): per vocabulary, some of its keys. */
const vocabularyOverrides = Type.Partial(Type.Mapped(Type.KeyOf(VocabularyAssetSchema), () => Type.Record(Type.String(), LocalTextSchema)), strict);

const basisLevels = Type.Array(literalUnion(BASIS_LEVELS));

export const ProfileSchema = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z]+$' }),
    extends: opt(Type.String()),
    name: LocalTextSchema,
    description: opt(LocalTextSchema),
    /** The divisions (2-digit province, 4-digit city, 6-digit county codes) whose departments the profile is written for. */
    divisions: opt(Type.Array(Type.String({ pattern: '^\\d{2}(\\d{2}){0,2}$' }))),
    vocabulary: opt(vocabularyOverrides),
    requiredContent: opt(Type.Object({ fields: Type.Array(Type.String()), citations }, strict)),
    /** Accepted basis levels per restricted share type. */
    acceptedBasisLevels: opt(
      Type.Object({ conditional: opt(basisLevels), none: opt(basisLevels), citations: opt(citations) }, strict),
    ),
    deadlines: opt(
      Type.Object(
        {
          catalogUpdateWorkingDays: opt(Type.Integer({ minimum: 1 })),
          reportWorkingDays: opt(Type.Integer({ minimum: 1 })),
          annualFullUpdateDue: opt(Type.Union([Type.String({ pattern: '^\\d{2}-\\d{2}$' }), Type.Null()])),
          citations: opt(citations),
          /** Articles that make a late update or report a matter (Sixian Art. 43(一)), shown with late deadlines. */
          lateCitations: opt(citations),
        },
        strict,
      ),
    ),
    /**
     * Whether a change note must give its legal basis (变更依据: Anhui Art. 15 has it reported with the updated
     * catalog), and how much a note without one matters: `error` refuses packing, `warning` is said and packing goes on.
     */
    changeBasis: opt(Type.Object({ severity: SeveritySchema, citations: opt(citations) }, strict)),
    rules: opt(Type.Partial(Type.Record(CatalogRuleIdSchema, ProfileRuleSettingSchema, strict))),
    /** 项/目/细目 nodes the jurisdiction adds to the national classification tree. */
    classification: opt(Type.Array(ClassificationNodeSchema)),
    /** Which levels of the 分类码 name the region and the department (core/codes/code-scheme.ts); a child overrides fields. */
    codeScheme: opt(
      Type.Object(
        {
          departmentItem: opt(Type.String({ pattern: '^\\d{2}$' })),
          departmentNumberWidth: opt(Type.Integer({ minimum: 1 })),
          sequenceWidth: opt(Type.Integer({ minimum: 1 })),
          source: opt(LocalTextSchema),
          citations: opt(citations),
        },
        strict,
      ),
    ),
  },
  strict,
);

export type ProfileData = Static<typeof ProfileSchema>;
export type ProfileRuleSetting = Static<typeof ProfileRuleSettingSchema>;
