// The cross-unit checks on a county catalog: every kind of conflict (conflict.ts), each found by grouping resources
// on a key (code, provider, normalised name, item signature), never by comparing every pair of resources.
import type { Catalog } from '../model/catalog.ts';
import { attributedResources } from './attributed-resource.ts';
import { codeCollisions } from './code-collisions.ts';
import type { Conflict } from './conflict.ts';
import { oneSourceConflicts } from './one-source.ts';
import { shareContradictions } from './share-contradictions.ts';
import { sharedProviders } from './shared-providers.ts';

export function crossUnitConflicts(county: Catalog): Conflict[] {
  const entries = attributedResources(county);
  const oneSource = oneSourceConflicts(entries);
  return [...oneSource.conflicts, ...shareContradictions(oneSource.groups), ...codeCollisions(entries), ...sharedProviders(entries)];
}
