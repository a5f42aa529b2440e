// R21: 有条件共享 / 不予共享 carry a structured legal basis, of a level the jurisdiction accepts
// (Anhui Art. 22: 法律、行政法规或者党中央、国务院政策; Jilin Art. 25: 法律、法规、规章; …).
import type { BasisLevel } from '../../model/enums.ts';
import type { LocalText } from '../../i18n/text.ts';
import { isBlank } from '../../text/normalize.ts';
import type { RuleCheck, RuleContext } from '../types.ts';

function levelList(levels: readonly BasisLevel[] | undefined, ctx: RuleContext): LocalText {
  if (!levels) return { zh: '任一层级', en: 'any level' };
  const labels = levels.map((l) => ctx.label('basisLevel', l));
  return { zh: labels.map((l) => l.zh).join('、'), en: labels.map((l) => l.en).join(', ') };
}

export const shareBasis: RuleCheck = {
  id: 'R21',
  resource(r, ctx, emit) {
    if (r.shareType !== 'conditional' && r.shareType !== 'none') return;
    const accepted = ctx.profile.acceptedBasisLevels[r.shareType];
    const levels = levelList(accepted, ctx);
    const shareType = ctx.label('shareType', r.shareType);
    const bases = (r.shareBasis ?? []).filter((b) => !isBlank(b.title));
    if (bases.length === 0) {
      emit({ path: 'shareBasis', variant: 'missing', params: { shareType, levels }, citations: ctx.profile.basisCitations });
      return;
    }
    let acceptedFound = false;
    (r.shareBasis ?? []).forEach((b, i) => {
      if (isBlank(b.title)) return;
      const missing: string[] = [];
      if (!b.level) missing.push('层级');
      if (isBlank(b.article)) missing.push('条款');
      if (missing.length) {
        emit({
          path: `shareBasis[${i}]`,
          variant: 'incomplete',
          params: { title: b.title, missing: { zh: missing.join('和'), en: missing.map((m) => (m === '层级' ? 'level' : 'article')).join(' and ') } },
        });
      }
      if (!accepted || (b.level && accepted.includes(b.level))) acceptedFound = true;
    });
    if (!acceptedFound) {
      const first = bases[0]!;
      const i = (r.shareBasis ?? []).indexOf(first);
      emit({
        path: `shareBasis[${i}].level`,
        variant: 'level',
        params: { title: first.title, level: ctx.label('basisLevel', first.level), levels },
        citations: ctx.profile.basisCitations,
      });
    }
  },
};
