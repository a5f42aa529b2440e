// R01: the national mandatory metadata (2017 guideline core set); R20: what a jurisdiction's own
// regulation adds to it (e.g. 使用要求 in Anhui Art. 13, 安全级别 in Chongqing Art. 11).
import type { Resource } from '../../model/catalog.ts';
import { isBlank } from '../../text/normalize.ts';
import { isFieldEmpty } from '../fields.ts';
import type { RuleCheck, RuleContext } from '../types.ts';

const NATIONAL_FIELDS = [
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

/** Fields that are mandatory only in some situations, decided per resource. */
function conditionallyRequired(r: Resource): string[] {
  const out: string[] = [];
  if (r.formatCategory !== 'selfDescribing' && r.formatCategory !== 'other') out.push('formatType');
  if (r.shareMethodCategory === 'platform') out.push('shareMethodType');
  return out;
}

function nationalSet(r: Resource): Set<string> {
  return new Set<string>([...NATIONAL_FIELDS, ...conditionallyRequired(r)]);
}

export const requiredFields: RuleCheck = {
  id: 'R01',
  resource(r, ctx: RuleContext, emit) {
    for (const field of nationalSet(r)) {
      if (!isFieldEmpty(r, field)) continue;
      emit({ path: field, variant: 'missing', params: { field: ctx.fieldLabel(field) }, citations: ctx.profile.requiredContent.get(field) });
    }
    if (r.items.length === 0) emit({ path: 'items', variant: 'noItems' });
    for (let i = 0; i < r.items.length; i++) {
      const item = r.items[i]!;
      if (isBlank(item.name)) emit({ path: `items[${i}].name`, variant: 'missing', params: { field: ctx.fieldLabel('items.name') } });
      if (item.dataType === undefined) emit({ path: `items[${i}].dataType`, variant: 'missing', params: { field: ctx.fieldLabel('items.dataType') } });
    }
  },
};

export const jurisdictionRequiredContent: RuleCheck = {
  id: 'R20',
  resource(r, ctx, emit) {
    if (ctx.profile.requiredContent.size === 0) return;
    const national = nationalSet(r);
    for (const [field, citations] of ctx.profile.requiredContent) {
      if (national.has(field) || !isFieldEmpty(r, field)) continue;
      emit({ path: field, variant: 'missing', params: { field: ctx.fieldLabel(field) }, citations });
    }
  },
};
