// Jurisdiction profiles are data (assets/profiles/*.json). A profile names the profile it extends and
// adds vocabulary, required catalog content, accepted basis levels, deadlines and per-rule settings.
// Resolving walks the chain from national down, so a county profile is its province plus its own rules.
import type { BasisLevel, ShareType, Severity, VocabularyName } from '../model/enums.ts';
import { checkedAsset } from '../model/checked-asset.ts';
import { VOCABULARY } from '../model/vocabulary.ts';
import { RefusalError } from '../i18n/refusal.ts';
import type { LocalText } from '../i18n/text.ts';
import { resolveCitation, type Citation, type CitationRef } from '../regulations/citations.ts';
import type { CatalogRuleId } from '../model/rule-ids.ts';
import { ProfileSchema, type ProfileData, type ProfileRuleSetting } from './profile-schema.ts';

export type { ProfileData, ProfileRuleSetting } from './profile-schema.ts';
import { ClassificationTree } from '../codes/classification.ts';
import type { CodeScheme } from '../codes/code-scheme.ts';
import national from '../../assets/profiles/national.json';
import anhui from '../../assets/profiles/anhui.json';
import sixian from '../../assets/profiles/sixian.json';
import yangzhou from '../../assets/profiles/yangzhou.json';
import shanxi from '../../assets/profiles/shanxi.json';
import chongqing from '../../assets/profiles/chongqing.json';
import nanjing from '../../assets/profiles/nanjing.json';
import jilin from '../../assets/profiles/jilin.json';

export interface RuleSetting {
  severity?: Severity;
  citations: Citation[];
}

export interface Profile {
  id: string;
  name: LocalText;
  description?: LocalText;
  /** Profile ids from national down to this one. */
  chain: string[];
  vocabulary: Record<VocabularyName, Record<string, LocalText>>;
  /** Field path → the citations that make it required (beyond the national mandatory set). */
  requiredContent: Map<string, Citation[]>;
  /** Accepted basis levels per restricted share type: the intersection along the chain (every level applies). */
  acceptedBasisLevels: Partial<Record<ShareType, BasisLevel[]>>;
  basisCitations: Citation[];
  deadlines: { catalogUpdateWorkingDays?: number; reportWorkingDays?: number; annualFullUpdateDue?: string | null; citations: Citation[]; lateCitations: Citation[] };
  /** Absent where no regulation asks for the basis of a change. */
  changeBasis?: { severity: Severity; citations: Citation[] };
  rules: Map<CatalogRuleId, RuleSetting>;
  /** National tree plus every node the chain adds. */
  classification: ClassificationTree;
  /** The resolved code scheme, with where it comes from (printed in docs/rules.md). */
  codeScheme: CodeScheme & { source: LocalText; citations: Citation[] };
}

const PROFILE_DATA: readonly ProfileData[] = Object.entries({ national, anhui, sixian, yangzhou, shanxi, chongqing, nanjing, jilin }).map(([file, data]) =>
  checkedAsset(ProfileSchema, data, `assets/profiles/${file}.json`),
);
const byId = new Map(PROFILE_DATA.map((p) => [p.id, p]));

export const PROFILE_IDS: readonly string[] = PROFILE_DATA.map((p) => p.id);

/** A profile id nobody ships (a typo in --profile, a package from a newer Mulu): the action is refused. */
export class UnknownProfileError extends RefusalError<'unknownProfile'> {
  constructor(readonly profileId: string) {
    super('unknownProfile', {
      zh: `未知的规则配置「${profileId}」，可用：${PROFILE_IDS.join('、')}`,
      en: `unknown profile "${profileId}"; available: ${PROFILE_IDS.join(', ')}`,
    });
  }
}

function cite(refs: readonly CitationRef[] | undefined, where: string): Citation[] {
  return (refs ?? []).map((r) => {
    const c = resolveCitation(r);
    if (!c) throw new Error(`profile ${where}: citation ${r.doc} ${r.article} is not in assets/regulations`);
    return c;
  });
}

function addUnique(list: Citation[], more: readonly Citation[]): Citation[] {
  const out = [...list];
  for (const c of more) if (!out.some((o) => o.doc === c.doc && o.article === c.article)) out.push(c);
  return out;
}

function chainOf(id: string): ProfileData[] {
  const chain: ProfileData[] = [];
  for (let cur: string | undefined = id; cur; ) {
    const p = byId.get(cur);
    if (!p) throw new UnknownProfileError(cur);
    if (chain.includes(p)) throw new Error(`profile ${id}: circular extends`);
    chain.unshift(p);
    cur = p.extends;
  }
  return chain;
}

function completeScheme(s: Partial<Profile['codeScheme']>, id: string): Profile['codeScheme'] {
  if (!s.departmentItem || !s.departmentNumberWidth || !s.source) throw new Error(`profile ${id}: codeScheme needs departmentItem, departmentNumberWidth and source (national.json sets them)`);
  return { departmentItem: s.departmentItem, departmentNumberWidth: s.departmentNumberWidth, sequenceWidth: s.sequenceWidth ?? undefined, source: s.source, citations: s.citations ?? [] };
}

const cache = new Map<string, Profile>();

export function loadProfile(id: string): Profile {
  const hit = cache.get(id);
  if (hit) return hit;
  const chain = chainOf(id);
  const self = chain[chain.length - 1]!;
  const vocabulary = JSON.parse(JSON.stringify(VOCABULARY)) as Profile['vocabulary'];
  const requiredContent = new Map<string, Citation[]>();
  const acceptedBasisLevels: Profile['acceptedBasisLevels'] = {};
  let basisCitations: Citation[] = [];
  const deadlines: Profile['deadlines'] = { citations: [], lateCitations: [] };
  const rules = new Map<CatalogRuleId, RuleSetting>();
  let changeBasis: Profile['changeBasis'];
  let codeScheme: Partial<Profile['codeScheme']> = { citations: [] };

  for (const p of chain) {
    if (p.changeBasis) changeBasis = { severity: p.changeBasis.severity, citations: addUnique(changeBasis?.citations ?? [], cite(p.changeBasis.citations, `${p.id} changeBasis`)) };
    if (p.codeScheme) {
      const { citations, ...rest } = p.codeScheme;
      // A profile that says only where its scheme comes from keeps its parent's citations only if it cites none.
      codeScheme = { ...codeScheme, ...rest, citations: citations ? cite(citations, `${p.id} codeScheme`) : codeScheme.citations };
    }
    for (const [vocab, labels] of Object.entries(p.vocabulary ?? {})) {
      const target = vocabulary[vocab as VocabularyName];
      for (const [key, label] of Object.entries(labels)) target[key] = { ...target[key], ...label };
    }
    if (p.requiredContent) {
      const cs = cite(p.requiredContent.citations, p.id);
      for (const f of p.requiredContent.fields) requiredContent.set(f, addUnique(requiredContent.get(f) ?? [], cs));
    }
    if (p.acceptedBasisLevels) {
      for (const share of ['conditional', 'none'] as const) {
        const levels = p.acceptedBasisLevels[share];
        if (!levels) continue;
        const prev = acceptedBasisLevels[share];
        acceptedBasisLevels[share] = prev ? prev.filter((l) => levels.includes(l)) : [...levels];
      }
      basisCitations = addUnique(basisCitations, cite(p.acceptedBasisLevels.citations, p.id));
    }
    if (p.deadlines) {
      const { citations, lateCitations, ...rest } = p.deadlines;
      Object.assign(deadlines, rest);
      deadlines.citations = addUnique(deadlines.citations, cite(citations, p.id));
      deadlines.lateCitations = addUnique(deadlines.lateCitations, cite(lateCitations, p.id));
    }
    for (const [ruleId, s] of Object.entries(p.rules ?? {}) as [CatalogRuleId, ProfileRuleSetting][]) {
      if (s.enabled === false) {
        rules.delete(ruleId);
        continue;
      }
      const prev = rules.get(ruleId);
      rules.set(ruleId, {
        severity: s.severity ?? prev?.severity,
        citations: addUnique(prev?.citations ?? [], cite(s.citations, `${p.id} ${ruleId}`)),
      });
    }
  }

  const profile: Profile = {
    id: self.id,
    name: self.name,
    description: self.description,
    chain: chain.map((p) => p.id),
    vocabulary,
    requiredContent,
    acceptedBasisLevels,
    basisCitations,
    deadlines,
    ...(changeBasis && { changeBasis }),
    rules,
    classification: ClassificationTree.national(chain.flatMap((p) => p.classification ?? [])),
    codeScheme: completeScheme(codeScheme, self.id),
  };
  cache.set(id, profile);
  return profile;
}

export function listProfiles(): { id: string; name: LocalText; divisions: readonly string[] }[] {
  return PROFILE_DATA.map((p) => ({ id: p.id, name: p.name, divisions: p.divisions ?? [] }));
}

/** Whether the profile is written for this division: it names none (the national one) or one the code lies in. */
export function coversDivision(profileId: string, divisionCode: string): boolean {
  const divisions = byId.get(profileId)?.divisions;
  return !divisions?.length || divisions.some((d) => divisionCode.startsWith(d));
}

/** The profile written most closely for a division (the longest division code it lies in), else the national one. */
export function profileForDivision(divisionCode: string): string {
  let best: { id: string; width: number } = { id: 'national', width: 0 };
  for (const p of PROFILE_DATA) {
    for (const d of p.divisions ?? []) if (divisionCode.startsWith(d) && d.length > best.width) best = { id: p.id, width: d.length };
  }
  return best.id;
}
