// The assessment sheet (考核: 安徽 第四十二条, 泗县 第四十一条、第四十三条, 吉林 第四十七条、第四十八条): per unit of the county,
// from the county catalog `mulu aggregate` wrote —
//   - completeness: of every resource's mandatory fields (the national core set, the conditional ones where they
//     apply, and what the profile adds: core/rules/checks/required-fields.ts), the share filled in;
//   - share and open ratios: resources shared (无条件 + 有条件) or open (无条件 + 有条件), over all its resources;
//   - timeliness: its report status against the round's deadline in working days (report-status.ts), when a
//     deadline is given or the profile has an annual one;
//   - returned resources: counted from the receipts' per-resource decisions, when the caller has them.
// What the input does not allow is not guessed: it is listed in `notComputed`. Pure; the xlsx is
// assessment-workbook.ts.
import type { LocalText } from '../i18n/text.ts';
import type { Catalog, Resource } from '../model/catalog.ts';
import type { Profile } from '../profiles/profile.ts';
import { conditionallyRequired, CONDITIONAL_FIELDS, NATIONAL_FIELDS } from '../rules/checks/required-fields.ts';
import { isFieldEmpty } from '../rules/fields.ts';
import { readAttribution } from './attribution.ts';
import type { WorkingDayCalendar } from '../calendar/working-days.ts';
import { reportStatuses, type ReportRound, type RosterUnitRef, type UnitReportRecord, type UnitReportStatus } from './report-status.ts';

export const ASSESSMENT_FORMAT = 'mulu.assessment';
export const ASSESSMENT_VERSION = 1;

export interface TypeCounts {
  unconditional: number;
  conditional: number;
  none: number;
  /** (unconditional + conditional) / resources; null without resources. */
  ratio: number | null;
}

export interface UnitAssessment {
  unit: RosterUnitRef;
  resources: number;
  completeness: { filled: number; required: number; ratio: number | null };
  share: TypeCounts;
  open: TypeCounts;
  /** Timeliness, when the round is known. */
  report?: UnitReportStatus;
  /** Resources returned by the county's review, when receipts were given. */
  returned?: number;
  /** In the county catalog but not in the roster given. */
  notInRoster?: true;
}

export interface Assessment {
  format: typeof ASSESSMENT_FORMAT;
  version: typeof ASSESSMENT_VERSION;
  profile: string;
  county: { name: string; uscc: string };
  due: string | null;
  units: UnitAssessment[];
  /** What could not be computed from the input, and why. */
  notComputed: LocalText[];
}

export interface AssessmentInput {
  county: Catalog;
  profile: Profile;
  /** The units the county expects; by default those the catalog holds resources of. */
  roster?: readonly RosterUnitRef[];
  /** The reporting round (deadline, today, calendar); without it timeliness is not computed. */
  round?: ReportRound;
  /** Returned resources per unit USCC, from the receipts' decisions; without it they are not computed. */
  returned?: ReadonlyMap<string, number>;
  /** When each unit's package was last returned as a whole (receipt-returns.ts): it then awaits a new report. */
  returnedAt?: ReadonlyMap<string, string>;
}

export const NOT_COMPUTED = {
  timeliness: {
    zh: '及时性：未给出本轮报送期限，规则配置也没有年度更新期限，未计算。',
    en: 'timeliness: no reporting deadline was given and the profile has no annual one, so it was not computed.',
  },
  returned: {
    zh: '退回资源数：输入中没有回执的逐条审核决定（县级汇总目录只含已采用的资源），未计算。',
    en: 'returned resources: the input holds no receipts with per-resource decisions (the county catalog holds only accepted resources), so they were not computed.',
  },
} as const satisfies Record<string, LocalText>;

/** The round's deadline: the one given, else the profile's annual full update in today's year, else none (not computed). */
export function assessmentRound(profile: Profile, today: string, calendar: WorkingDayCalendar, deadline?: string): ReportRound | undefined {
  const annual = profile.deadlines.annualFullUpdateDue;
  const due = deadline ?? (annual ? `${today.slice(0, 4)}-${annual}` : undefined);
  return due === undefined ? undefined : { due, today, calendar };
}

export function assessCounty(input: AssessmentInput): Assessment {
  const { county, profile } = input;
  const byUnit = new Map<string, { unit: RosterUnitRef; resources: Resource[]; record: UnitReportRecord }>();
  const recordOf = (uscc: string): UnitReportRecord => {
    const returnedAt = input.returnedAt?.get(uscc);
    return returnedAt === undefined ? {} : { returnedAt };
  };
  for (const unit of input.roster ?? []) byUnit.set(unit.uscc, { unit, resources: [], record: recordOf(unit.uscc) });
  const rostered = new Set(byUnit.keys());
  for (const resource of county.resources) {
    const a = readAttribution(resource);
    if (!a) continue;
    let entry = byUnit.get(a.unit.uscc);
    if (!entry) byUnit.set(a.unit.uscc, (entry = { unit: { name: a.unit.name, uscc: a.unit.uscc, divisionCode: a.unit.divisionCode }, resources: [], record: recordOf(a.unit.uscc) }));
    entry.resources.push(resource);
    entry.record.accepted ??= { version: a.version, at: a.date };
  }
  const entries = [...byUnit.values()];
  const statuses = input.round ? reportStatuses(entries.map((e) => e.unit), new Map(entries.map((e) => [e.unit.uscc, e.record])), input.round) : undefined;
  const units = entries.map(
    (e, i): UnitAssessment => ({
      unit: e.unit,
      resources: e.resources.length,
      completeness: completeness(e.resources, profile),
      share: typeCounts(e.resources, (r) => r.shareType),
      open: typeCounts(e.resources, (r) => r.openType),
      ...(statuses && { report: statuses[i]! }),
      ...(input.returned && { returned: input.returned.get(e.unit.uscc) ?? 0 }),
      ...(input.roster && !rostered.has(e.unit.uscc) && { notInRoster: true as const }),
    }),
  );
  return {
    format: ASSESSMENT_FORMAT,
    version: ASSESSMENT_VERSION,
    profile: profile.id,
    county: { name: county.department.name, uscc: county.department.uscc },
    due: input.round?.due ?? null,
    units,
    notComputed: [...(input.round ? [] : [NOT_COMPUTED.timeliness]), ...(input.returned ? [] : [NOT_COMPUTED.returned])],
  };
}

/** The mandatory fields of one resource under the profile, as rules R01 and R20 read them. */
function requiredFieldsOf(r: Resource, profile: Profile): string[] {
  const fields = new Set<string>(NATIONAL_FIELDS);
  for (const f of CONDITIONAL_FIELDS) if (conditionallyRequired(r, f)) fields.add(f);
  // 格式类型 is asked for only where a format type can be picked (R20 leaves the rest to R07).
  for (const f of profile.requiredContent.keys()) if (f !== 'formatType') fields.add(f);
  return [...fields];
}

function completeness(resources: readonly Resource[], profile: Profile): UnitAssessment['completeness'] {
  let required = 0;
  let filled = 0;
  for (const r of resources) {
    for (const f of requiredFieldsOf(r, profile)) {
      required++;
      if (!isFieldEmpty(r, f)) filled++;
    }
  }
  return { filled, required, ratio: required === 0 ? null : filled / required };
}

function typeCounts(resources: readonly Resource[], type: (r: Resource) => string | undefined): TypeCounts {
  const counts = { unconditional: 0, conditional: 0, none: 0 };
  for (const r of resources) {
    const t = type(r);
    if (t === 'unconditional' || t === 'conditional' || t === 'none') counts[t]++;
  }
  return { ...counts, ratio: resources.length === 0 ? null : (counts.unconditional + counts.conditional) / resources.length };
}
