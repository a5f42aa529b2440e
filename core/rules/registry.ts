// Every check Mulu knows. Which of them run, and how severe they are, is the profile's business.
import type { RuleCheck } from './types.ts';
import { jurisdictionRequiredContent, requiredFields } from './checks/required-fields.ts';
import { resourceCode } from './checks/resource-code.ts';
import { nameUniquePerProvider } from './checks/name-unique.ts';
import { shareCondition } from './checks/share-condition.ts';
import { notSharedNotOpened } from './checks/not-shared-not-opened.ts';
import { openCondition } from './checks/open-condition.ts';
import { formatConsistency } from './checks/format.ts';
import { shareMethodConsistency } from './checks/share-method.ts';
import { updateCycleNote } from './checks/update-cycle.ts';
import { publishDate } from './checks/publish-date.ts';
import { creditCodeChecksum, creditCodeOrgCheck } from './checks/credit-codes.ts';
import { itemNamesUnique, itemTypeAndLength } from './checks/data-items.ts';
import { relatedCodes } from './checks/related-codes.ts';
import { secretExcluded } from './checks/secret.ts';
import { surveyFigures } from './checks/survey.ts';
import { itemShareConsistency } from './checks/item-share-consistency.ts';
import { dataGradeExposure } from './checks/data-grade.ts';
import { departmentDetails, divisionCode } from './checks/department.ts';
import { shareBasis } from './checks/share-basis.ts';
import { shareReview } from './checks/share-review.ts';
import { notOpenReason } from './checks/not-open-reason.ts';
import { basicDataShared } from './checks/basic-data-shared.ts';
import { personIdentifiers } from './checks/person-identifiers.ts';
import { applicationMaterials } from './checks/application-materials.ts';
import { machineReadable } from './checks/machine-readable.ts';
import { oneSource } from './checks/one-source.ts';
import { platformSharing } from './checks/platform-sharing.ts';
import { workSecretExcluded } from './checks/work-secret.ts';
import { leadCollector } from './checks/lead-collector.ts';
import { unconditionalWithoutConditions } from './checks/unconditional-conditions.ts';
import { registrationRequired } from './checks/registration.ts';
import { classificationValidity } from './checks/classification.ts';
import { controlCharacters } from './checks/control-characters.ts';
import { needs } from './checks/needs.ts';
import { supplementary } from './checks/supplementary.ts';

export const RULE_CHECKS: readonly RuleCheck[] = [
  requiredFields,
  resourceCode,
  nameUniquePerProvider,
  shareCondition,
  notSharedNotOpened,
  openCondition,
  formatConsistency,
  shareMethodConsistency,
  updateCycleNote,
  publishDate,
  creditCodeChecksum,
  itemNamesUnique,
  itemTypeAndLength,
  relatedCodes,
  secretExcluded,
  surveyFigures,
  itemShareConsistency,
  dataGradeExposure,
  divisionCode,
  jurisdictionRequiredContent,
  shareBasis,
  shareReview,
  notOpenReason,
  basicDataShared,
  personIdentifiers,
  applicationMaterials,
  machineReadable,
  oneSource,
  creditCodeOrgCheck,
  departmentDetails,
  platformSharing,
  workSecretExcluded,
  leadCollector,
  unconditionalWithoutConditions,
  registrationRequired,
  classificationValidity,
  controlCharacters,
  needs,
  supplementary,
];
