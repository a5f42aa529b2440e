// Contradictory share attributes for the same data: resources judged the same data (one-source.ts) that one unit
// shares unconditionally and another conditionally or not at all. The evidence lists each unit's share type and the
// basis it cites, so the authority can see which basis holds (Anhui Art. 22: a restricted class needs a basis).
import type { Resource } from '../model/catalog.ts';
import { partyOf } from './attributed-resource.ts';
import { newConflict, type Conflict } from './conflict.ts';
import type { SameDataGroup } from './one-source.ts';

const SHARE_TEXT: Readonly<Record<NonNullable<Resource['shareType']>, { zh: string; en: string }>> = {
  unconditional: { zh: '无条件共享', en: 'unconditional' },
  conditional: { zh: '有条件共享', en: 'conditional' },
  none: { zh: '不予共享', en: 'not shared' },
};
const EVIDENCE = { zh: '同一数据的共享类型不一致：{sides}', en: 'the same data has different share types: {sides}' };

export function shareContradictions(groups: readonly SameDataGroup[]): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const group of groups) {
    const typed = group.entries.filter((e) => e.resource.shareType !== undefined);
    if (new Set(typed.map((e) => e.resource.shareType)).size < 2) continue;
    const side = (lang: 'zh' | 'en') =>
      typed
        .map(({ unit, resource }) => {
          const basis = (resource.shareBasis ?? []).map((b) => `${b.title}${b.article ?? ''}`).join(lang === 'zh' ? '、' : ', ');
          const type = SHARE_TEXT[resource.shareType!][lang];
          return lang === 'zh' ? `${unit.name}「${resource.name ?? resource.code ?? ''}」${type}（依据：${basis || '未填写'}）` : `${unit.name} "${resource.name ?? resource.code ?? ''}" ${type} (basis: ${basis || 'none given'})`;
        })
        .join(lang === 'zh' ? '；' : '; ');
    conflicts.push(newConflict('shareContradiction', group.key, typed.map(partyOf), EVIDENCE, { sides: { zh: side('zh'), en: side('en') } }));
  }
  return conflicts;
}
