// A unit's last accepted version: what the county catalog holds of each unit and what its next package must
// continue. It comes either from a package verified in this aggregation (the package itself is the chain base) or
// from the previous county catalog (only what that catalog recorded: county-base.ts).
import type { Catalog } from '../model/catalog.ts';
import type { ChainBase, RecordedBase } from '../package/verify-increment.ts';
import type { Attribution } from './attribution.ts';

export interface AcceptedVersion extends Attribution {
  /** The unit's catalog as accepted (its own ids and extensions). */
  catalog: Catalog;
  /** What the unit's next package is checked against (core/package/verify-increment.ts chainFailure). */
  chainBase: ChainBase | RecordedBase;
  /** True when it was carried over from the previous county catalog (--base), not received now. */
  carried: boolean;
}
