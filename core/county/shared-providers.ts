// The same provider claimed by two units: resources of both name one 统一社会信用代码 as their 提供方, so two units
// answer for one provider's data.
import { crossUnitGroups, partyOf, providerKey, type AttributedResource } from './attributed-resource.ts';
import { newConflict, type Conflict } from './conflict.ts';

const EVIDENCE = { zh: '提供方 {provider}（{code}）同时出现在 {counts} 的目录中', en: 'the provider {provider} ({code}) appears in the catalogs of {counts}' };

export function sharedProviders(entries: readonly AttributedResource[]): Conflict[] {
  const withCode = entries.filter((e) => e.resource.providerCode?.trim());
  return crossUnitGroups(withCode, providerKey).map(([code, group]) => {
    const perUnit = new Map<string, number>();
    for (const e of group) perUnit.set(e.unit.name, (perUnit.get(e.unit.name) ?? 0) + 1);
    const provider = group.find((e) => e.resource.providerName)?.resource.providerName ?? code;
    return newConflict('sharedProvider', code, group.map(partyOf), EVIDENCE, {
      provider,
      code,
      counts: { zh: [...perUnit].map(([u, n]) => `${u}（${n} 条）`).join('、'), en: [...perUnit].map(([u, n]) => `${u} (${n})`).join(', ') },
    });
  });
}
