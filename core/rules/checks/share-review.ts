// R22: restricted share attributes are reviewed and settled by the data authority (Shanxi Art. 12);
// the review is recorded on the resource as a status.
import type { RuleCheck } from '../types.ts';

export const shareReview: RuleCheck = {
  id: 'R22',
  resource(r, ctx, emit) {
    if (r.shareType !== 'conditional' && r.shareType !== 'none') return;
    const status = r.shareReview?.status ?? 'notRequired';
    const shareType = ctx.label('shareType', r.shareType);
    if (status === 'rejected') emit({ path: 'shareReview.status', variant: 'rejected', params: { shareType } });
    else if (status !== 'approved') emit({ path: 'shareReview.status', variant: 'notReviewed', params: { shareType, status: ctx.label('reviewStatus', status) } });
  },
};
