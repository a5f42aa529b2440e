// R03: a provider's resource names are unique once spaces, full/half width and punctuation are ignored.
import { normalizeName } from '../../text/normalize.ts';
import { providerKeys } from '../derived.ts';
import type { RuleCheck } from '../types.ts';

export const nameUniquePerProvider: RuleCheck = {
  id: 'R03',
  catalog(c, _ctx, emit) {
    const byProvider = new Map<string, Map<string, number>>();
    const providers = providerKeys(c);
    c.resources.forEach((r, i) => {
      if (!r.name) return;
      const name = normalizeName(r.name);
      if (!name) return;
      const provider = providers[i]!;
      let seen = byProvider.get(provider);
      if (!seen) byProvider.set(provider, (seen = new Map()));
      const prev = seen.get(name);
      if (prev === undefined) seen.set(name, i);
      else emit({ path: `resources[${i}].name`, resourceIndex: i, variant: 'duplicate', params: { name: r.name, other: prev + 1, otherName: c.resources[prev]!.name! } });
    });
  },
};
