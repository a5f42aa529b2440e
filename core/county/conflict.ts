// A cross-unit conflict: what the county authority must settle between units (Anhui Art. 27, Sixian Art. 28: the
// departments consult first, then the authority coordinates). Each conflict names its kind, the units and
// resources involved, the evidence, the articles it rests on (as data, resolved like the rules' citations) and
// where it stands: 待协调 when found; 已协调 with the outcome and date, or 已提请上级协调, once the authority acts.
import { fillLocal, type LocalText, type TemplateParam } from '../i18n/text.ts';
import { resolveCitation, type Citation, type CitationRef } from '../regulations/citations.ts';

export const CONFLICT_KINDS = ['oneSource', 'codeCollision', 'sharedProvider', 'shareContradiction'] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

export const CONFLICT_KIND_TEXT: Readonly<Record<ConflictKind, LocalText>> = {
  oneSource: { zh: '一数一源：同一数据由多个单位编目', en: 'one data, one source: the same data catalogued by several units' },
  codeCollision: { zh: '资源代码冲突', en: 'resource code used by several units' },
  sharedProvider: { zh: '同一提供方被多个单位申报', en: 'the same provider claimed by several units' },
  shareContradiction: { zh: '同一数据的共享属性或依据矛盾', en: 'contradictory share type or basis for the same data' },
};

/** The articles each kind rests on; every kind is settled under Anhui 27 and Sixian 28. */
const SETTLEMENT: readonly CitationRef[] = [
  { doc: 'sixian', article: '第二十八条' },
  { doc: 'anhui', article: '第二十七条' },
];
export const CONFLICT_CITATIONS: Readonly<Record<ConflictKind, readonly CitationRef[]>> = {
  oneSource: [{ doc: 'sixian', article: '第十六条' }, { doc: 'anhui', article: '第十六条' }, ...SETTLEMENT],
  codeCollision: [{ doc: 'sixian', article: '第十五条' }, ...SETTLEMENT],
  sharedProvider: [{ doc: 'sixian', article: '第十五条' }, ...SETTLEMENT],
  shareContradiction: [{ doc: 'anhui', article: '第二十二条' }, ...SETTLEMENT],
};

export const CONFLICT_STATES = ['pending', 'resolved', 'escalated'] as const;
export type ConflictState = (typeof CONFLICT_STATES)[number];
export const CONFLICT_STATE_TEXT: Readonly<Record<ConflictState, LocalText>> = {
  pending: { zh: '待协调', en: 'awaiting coordination' },
  resolved: { zh: '已协调', en: 'coordinated' },
  escalated: { zh: '已提请上级协调', en: 'referred to the higher authority' },
};

export type ConflictStatus = { state: 'pending' } | { state: 'resolved'; outcome: string; date: string } | { state: 'escalated'; date?: string };

export interface ConflictUnit {
  name: string;
  uscc: string;
}

export interface ConflictParty {
  unit: ConflictUnit;
  /** The resource's id in the county catalog. */
  resourceId: string;
  code?: string;
  name?: string;
}

export interface Conflict {
  /** Stable for the same finding on the same data: the kind and what the resources were grouped by. */
  id: string;
  kind: ConflictKind;
  /** Distinct units, in the order their resources appear. */
  units: ConflictUnit[];
  parties: ConflictParty[];
  evidence: LocalText;
  status: ConflictStatus;
  citations: Citation[];
}

export function newConflict(kind: ConflictKind, key: string, parties: ConflictParty[], evidence: LocalText, params: Readonly<Record<string, TemplateParam>> = {}): Conflict {
  const units = new Map<string, ConflictUnit>();
  for (const p of parties) if (!units.has(p.unit.uscc)) units.set(p.unit.uscc, p.unit);
  return {
    id: `${kind}:${key}`,
    kind,
    units: [...units.values()],
    parties,
    evidence: fillLocal(evidence, params),
    status: { state: 'pending' },
    citations: CONFLICT_CITATIONS[kind].map((ref) => {
      const citation = resolveCitation(ref);
      if (!citation) throw new Error(`conflict citation ${ref.doc} ${ref.article} is not in assets/regulations`);
      return citation;
    }),
  };
}
