// R01: the national mandatory metadata (2017 guideline core set); R20: what a jurisdiction's own
// regulation adds to it (e.g. 使用要求 in Anhui Art. 13, 安全级别 in Chongqing Art. 11).
import type { Resource } from '../../model/catalog.ts';
import { isBlank } from '../../text/normalize.ts';
import { isFieldEmpty } from '../fields.ts';
import type { RuleCheck } from '../types.ts';

export const NATIONAL_FIELDS = [
  'classification',
  'name',
  'code',
  'providerName',
  'providerCode',
  'abstract',
  'formatCategory',
  'shareType',
  'shareMethodCategory',
  'openType',
  'updateCycle',
  'publishDate',
] as const;
const NATIONAL = new Set<string>(NATIONAL_FIELDS);

/** Mandatory only in some situations: 格式类型 unless the format is described in words; 共享方式类型 on the platform. */
export function conditionallyRequired(r: Resource, field: string): boolean {
  if (field === 'formatType') return r.formatCategory !== 'selfDescribing' && r.formatCategory !== 'other';
  if (field === 'shareMethodType') return r.shareMethodCategory === 'platform';
  return false;
}
export const CONDITIONAL_FIELDS = ['formatType', 'shareMethodType'] as const;

export const requiredFields: RuleCheck = {
  id: 'R01',
  resource(r, ctx, emit) {
    const required = ctx.profile.requiredContent;
    for (const field of NATIONAL_FIELDS) {
      if (isFieldEmpty(r, field)) emit({ path: field, variant: 'missing', params: { field: ctx.fieldLabel(field) }, citations: required.get(field) });
    }
    for (const field of CONDITIONAL_FIELDS) {
      if (conditionallyRequired(r, field) && isFieldEmpty(r, field)) {
        emit({ path: field, variant: 'missing', params: { field: ctx.fieldLabel(field) }, citations: required.get(field) });
      }
    }
    const items = r.items;
    if (items.length === 0) emit({ path: 'items', variant: 'noItems' });
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (isBlank(item.name)) emit({ path: `items[${i}].name`, variant: 'missing', params: { field: ctx.fieldLabel('items.name') } });
      if (item.dataType === undefined) emit({ path: `items[${i}].dataType`, variant: 'missing', params: { field: ctx.fieldLabel('items.dataType') } });
    }
  },
};

export const jurisdictionRequiredContent: RuleCheck = {
  id: 'R20',
  resource(r, ctx, emit) {
    for (const [field, citations] of ctx.profile.requiredContent) {
      if (NATIONAL.has(field) || conditionallyRequired(r, field) || !isFieldEmpty(r, field)) continue;
      // 自描述格式 and 其他 have no format types to pick; R07 asks for a description instead.
      if (field === 'formatType') continue;
      emit({ path: field, variant: 'missing', params: { field: ctx.fieldLabel(field) }, citations });
    }
  },
};
