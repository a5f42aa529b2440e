// R03: a provider's resource names are unique once spaces, full/half width and punctuation are ignored.
import { normalizeName } from '../../text/normalize.ts';
import type { RuleCheck } from '../types.ts';

export const nameUniquePerProvider: RuleCheck = {
  id: 'R03',
  catalog(c, _ctx, emit) {
    const seen = new Map<string, number>();
    c.resources.forEach((r, i) => {
      if (!r.name) return;
      const name = normalizeName(r.name);
      if (!name) return;
      const key = `${(r.providerCode ?? r.providerName ?? '').trim().toUpperCase()}\u0000${name}`;
      const prev = seen.get(key);
      if (prev === undefined) seen.set(key, i);
      else emit({ path: `resources[${i}].name`, resourceIndex: i, variant: 'duplicate', params: { name: r.name, other: prev + 1, otherName: c.resources[prev]!.name! } });
    });
  },
};
