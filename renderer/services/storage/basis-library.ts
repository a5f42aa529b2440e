// The basis library: 依据 entries (law or regulation, 文号, 条款) a department cites again and again, kept once each
// so the resource form and the 变更说明 can pick them instead of retyping.
import type { Basis } from '../../../core/model/catalog.ts';
import { normalizeName } from '../../../core/text/normalize.ts';
import { mapQuotaError } from './quota.ts';
import type { BasisRow } from './rows.ts';
import type { StorageContext } from './storage-context.ts';

/** One line for lists and the audit log: 《title》 docNo article. */
export function basisText(b: Basis): string {
  return [b.title, b.docNo, b.article].filter(Boolean).join(' ');
}

/** The same basis typed twice (full-width brackets, spaces) has one key. */
export function basisKey(b: Basis): string {
  return [b.title, b.docNo ?? '', b.article ?? ''].map(normalizeName).join('|');
}

/** Adds the basis, or updates the entry with the same key (e.g. its level was filled in). */
export async function saveBasis(ctx: StorageContext, basis: Basis): Promise<BasisRow> {
  const { db } = ctx;
  const key = basisKey(basis);
  return mapQuotaError(() =>
    db.transaction('rw', db.basis, async () => {
      const existing = await db.basis.where('key').equals(key).first();
      const row = { key, basis, savedAt: ctx.now() };
      if (existing) {
        await db.basis.put({ ...row, id: existing.id });
        return { ...row, id: existing.id };
      }
      return { ...row, id: await db.basis.add(row) };
    }),
  );
}

/** Entries in title order; with `query`, those whose title, 文号 or 条款 contain it (normalised). */
export async function listBasis(ctx: StorageContext, query = ''): Promise<BasisRow[]> {
  const needle = normalizeName(query);
  const rows = await ctx.db.basis.toArray();
  return rows.filter((r) => needle === '' || r.key.includes(needle)).sort((a, b) => a.basis.title.localeCompare(b.basis.title, 'zh-CN'));
}

export async function deleteBasis(ctx: StorageContext, id: number): Promise<void> {
  await ctx.db.basis.delete(id);
}
