// Application settings as key/value pairs (language, last workspace, window state …): JSON values only, so they
// survive any schema change unchanged.
import type { JsonValue } from '../../../core/crypto/canonical-json.ts';
import { mapQuotaError } from './quota.ts';
import type { StorageContext } from './storage-context.ts';

export async function getSetting(ctx: StorageContext, key: string): Promise<JsonValue | undefined> {
  return (await ctx.db.settings.get(key))?.value;
}

export async function setSetting(ctx: StorageContext, key: string, value: JsonValue): Promise<void> {
  await mapQuotaError(() => ctx.db.settings.put({ key, value }));
}

export async function deleteSetting(ctx: StorageContext, key: string): Promise<void> {
  await ctx.db.settings.delete(key);
}
