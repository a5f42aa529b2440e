// R44: a resource within the scope of 授权运营 must be registered (公共数据资源登记管理暂行办法 Art. 5), and a
// registration ends in a 登记结果查询码 (Art. 13) valid for three years from the day it was issued (Art. 15).
// Findings say where the registration stands: never applied for, still in the procedure of Art. 8, ended
// (terminated, cancelled or revoked) while the resource is still in scope, or past its three years.
import type { RegistrationStatus } from '../../model/enums.ts';
import { isBlank } from '../../text/normalize.ts';
import { registrationValidUntil } from '../../registration/validity.ts';
import { resolveCitation, type Citation } from '../../regulations/citations.ts';
import type { RuleCheck } from '../types.ts';

const IN_PROGRESS: ReadonlySet<RegistrationStatus> = new Set(['applied', 'accepted', 'reviewed', 'publicized']);
const ENDED: ReadonlySet<RegistrationStatus> = new Set(['terminated', 'cancelled', 'revoked']);
// The validity article is added to an expiry finding whatever the profile cites for the rule as a whole.
const VALIDITY: Citation[] = [resolveCitation({ doc: 'registration2025', article: '第十五条' })!];

export const registrationRequired: RuleCheck = {
  id: 'R44',
  resource(r, ctx, emit) {
    if (!r.authorizedOperation) return;
    const reg = r.registration;
    const status = reg?.status;
    if (status && ENDED.has(status)) {
      emit({ path: 'registration.status', variant: 'ended', params: { status: ctx.label('registrationStatus', status) } });
      return;
    }
    if (reg?.code === undefined || isBlank(reg.code)) {
      if (status && IN_PROGRESS.has(status)) emit({ path: 'registration.code', variant: 'inProgress', params: { status: ctx.label('registrationStatus', status) } });
      else emit({ path: 'registration.code', variant: 'missing' });
      return;
    }
    const until = reg.codedOn ? registrationValidUntil(reg.codedOn) : undefined;
    if (until && until < ctx.today) {
      emit({
        path: 'registration.codedOn',
        variant: 'expired',
        params: { code: reg.code.trim(), codedOn: reg.codedOn!.trim(), until },
        citations: VALIDITY,
      });
    }
  },
};
