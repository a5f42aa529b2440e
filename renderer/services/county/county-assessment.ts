// The 考核 sheet of a county workspace (core/county/assessment.ts): per roster unit, from each unit's latest package
// that passed verification in the inbox, reviewed or not (the assessment measures what the units reported and when;
// read back from the bytes it kept), the working-day calendar with the clerk's corrections,
// the profile's annual deadline and the receipts the county issued (county-receipts.ts). Read on the page: the
// packages are only unzipped and parsed, not verified again (they verified when received).
import { assessCounty, assessmentRound, type Assessment } from '../../../core/county/assessment.ts';
import type { AcceptedVersion } from '../../../core/county/accepted-version.ts';
import { buildCountyCatalog } from '../../../core/county/county-catalog.ts';
import { returnsFromReceipts } from '../../../core/county/receipt-returns.ts';
import { loadProfile } from '../../../core/profiles/profile.ts';
import { beijingDate } from '../../../core/time/beijing-time.ts';
import { fileNamePart } from '../package/package-plan.ts';
import { HOLIDAY_CALENDAR_SETTING, readUserCalendar, workingDayCalendar } from '../calendar/holiday-calendar.ts';
import { latestAccepted, listInbox } from '../storage/inbox.ts';
import { listRoster } from '../storage/roster.ts';
import type { WorkspaceRow } from '../storage/rows.ts';
import { getSetting } from '../storage/settings.ts';
import type { StorageContext } from '../storage/storage-context.ts';
import { countyReceipts } from './county-receipts.ts';
import { heldVersion } from './inbox-job.ts';

export interface CountyAssessment {
  assessment: Assessment;
  /** Receipts counted; 0 means returned resources were not computed. */
  receipts: number;
}

export async function assessCountyWorkspace(ctx: StorageContext, workspace: WorkspaceRow, now: Date): Promise<CountyAssessment> {
  const [roster, inbox, receipts, calendar] = await Promise.all([
    listRoster(ctx, workspace.id),
    listInbox(ctx, workspace.id),
    countyReceipts(ctx, workspace.id),
    getSetting(ctx, HOLIDAY_CALENDAR_SETTING),
  ]);
  const versions: AcceptedVersion[] = [];
  for (const row of latestAccepted(inbox).values()) {
    const version = await heldVersion({ file: row.verdict.file, bytes: row.bytes });
    if (version) versions.push(version);
  }
  const profile = loadProfile(workspace.profileId);
  const county = buildCountyCatalog(versions, { profile: profile.id, department: workspace.department, catalogVersion: 1, updatedAt: now.toISOString() });
  const round = assessmentRound(profile, beijingDate(now), workingDayCalendar(readUserCalendar(calendar)));
  const returns = receipts.length ? returnsFromReceipts(receipts) : undefined;
  const assessment = assessCounty({
    county,
    profile,
    roster: roster.map(({ unit }) => ({ name: unit.name, uscc: unit.uscc, divisionCode: unit.divisionCode })),
    ...(round && { round }),
    ...(returns && { returned: returns.returned, returnedAt: returns.returnedAt }),
  });
  return { assessment, receipts: receipts.length };
}

/** 泗县数据资源管理局-考核表-20261207.xlsx: the authority, then the sheet and the Beijing day, safe for a save dialog. */
export const assessmentFileName = (authority: string, now: Date): string => `${fileNamePart(authority)}-考核表-${beijingDate(now).replaceAll('-', '')}.xlsx`;
