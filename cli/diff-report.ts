// `mulu diff` output: the resource-level changes grouped by kind, in Chinese or English, or as JSON.
import type { Lang } from '../core/i18n/text.ts';
import { CHANGE_KINDS, catalogsDiffer, type CatalogDiff, type ResourceChange } from '../core/package/catalog-diff.ts';
import { CHANGE_KIND_TEXT, type ChangeEntry } from '../core/package/change-list.ts';

/**
 * The 变更说明 the newer side signed, by code, when it is an incremental package: shown with each change so the
 * receiver sees why, on what basis and from which 变更之日 (to check the update's timeliness).
 */
export type SignedNotes = ReadonlyMap<string, Pick<ChangeEntry, 'reason' | 'basis' | 'basisChangedOn'>>;
import { escapeInline } from './terminal-text.ts';

/** One side of the comparison, as the command read it. */
export interface DiffSide {
  path: string;
  kind: 'package' | 'catalog' | 'workbook';
  catalogVersion: number | undefined;
  packageId?: string;
}

const MARK = { added: '+', changed: '~', withdrawn: '-' } as const;

export function formatDiffText(diff: CatalogDiff, sides: { old: DiffSide; new: DiffSide }, lang: Lang, notes?: SignedNotes): string {
  const zh = lang === 'zh';
  const count = (kind: ResourceChange['kind']) => diff.changes.filter((c) => c.kind === kind).length;
  const lines = [
    zh ? '目录差异' : 'Catalog differences',
    `  ${zh ? '旧：' : 'old: '}${sideLabel(sides.old, lang)}`,
    `  ${zh ? '新：' : 'new: '}${sideLabel(sides.new, lang)}`,
    zh
      ? `新增 ${count('added')} 条 · 变更 ${count('changed')} 条 · 撤销 ${count('withdrawn')} 条 · 未变 ${diff.unchanged} 条`
      : `${count('added')} added · ${count('changed')} changed · ${count('withdrawn')} withdrawn · ${diff.unchanged} unchanged`,
  ];
  for (const kind of CHANGE_KINDS) {
    const group = diff.changes.filter((c) => c.kind === kind);
    if (group.length === 0) continue;
    lines.push('', `${CHANGE_KIND_TEXT[kind][lang]}${zh ? `（${group.length}）` : ` (${group.length})`}`);
    for (const c of group) {
      lines.push(`  ${MARK[kind]} ${escapeInline(c.code)}  ${escapeInline(c.name || (zh ? '（未命名）' : '(unnamed)'))}`);
      if (c.fields) lines.push(`      ${zh ? '字段：' : 'fields: '}${c.fields.join(zh ? '、' : ', ')}${c.items ? itemText(c.items, lang) : ''}`);
      const note = notes?.get(c.code);
      if (note) lines.push(`      ${escapeInline(noteText(note, lang))}`);
    }
  }
  if (diff.catalogFields.length) {
    lines.push('', `${zh ? '目录级字段：' : 'catalog fields: '}${diff.catalogFields.join(zh ? '、' : ', ')}`);
  }
  lines.push('', catalogsDiffer(diff) ? (zh ? '两份目录不同。' : 'The catalogs differ.') : zh ? '两份目录的资源、部门和规则配置相同（版本号、时间等记录性字段不计）。' : 'The catalogs have the same resources, department and profile (version, time and other bookkeeping aside).');
  return `${lines.join('\n')}\n`;
}

export function diffJson(diff: CatalogDiff, sides: { old: DiffSide; new: DiffSide }, notes?: SignedNotes): string {
  const changes = diff.changes.map((c) => {
    const note = notes?.get(c.code);
    return note ? { ...c, note: { reason: note.reason, basis: note.basis, ...(note.basisChangedOn !== undefined && { basisChangedOn: note.basisChangedOn }) } } : c;
  });
  return `${JSON.stringify({ differ: catalogsDiffer(diff), old: sides.old, new: sides.new, unchanged: diff.unchanged, catalogFields: diff.catalogFields, changes }, null, 2)}\n`;
}

function noteText(note: NonNullable<ReturnType<SignedNotes['get']>>, lang: Lang): string {
  const zh = lang === 'zh';
  const basis = note.basis.map((b) => [b.title, b.docNo, b.article].filter(Boolean).join(' ')).join(zh ? '；' : '; ');
  return [
    `${zh ? '变更说明：' : 'note: '}${note.reason}`,
    `${zh ? '依据：' : 'basis: '}${basis || (zh ? '（未写明）' : '(none given)')}`,
    ...(note.basisChangedOn !== undefined ? [`${zh ? '变更之日：' : 'changed on: '}${note.basisChangedOn}`] : []),
  ].join(zh ? '；' : '; ');
}

function sideLabel(side: DiffSide, lang: Lang): string {
  const version = side.catalogVersion ?? '—';
  if (side.kind === 'catalog') return lang === 'zh' ? `${side.path}（目录文件，版本 ${version}）` : `${side.path} (catalog file, version ${version})`;
  if (side.kind === 'workbook') return lang === 'zh' ? `${side.path}（工作簿，版本 ${version}）` : `${side.path} (workbook, version ${version})`;
  return lang === 'zh'
    ? `${side.path}（目录包 ${side.packageId ?? ''}，版本 ${version}；未验证签名）`
    : `${side.path} (package ${side.packageId ?? ''}, version ${version}; signature not verified)`;
}

function itemText(items: NonNullable<ResourceChange['items']>, lang: Lang): string {
  if (items.reordered) return lang === 'zh' ? '（信息项顺序调整）' : ' (items reordered)';
  return lang === 'zh'
    ? `（信息项：新增 ${items.added}，删除 ${items.removed}，修改 ${items.changed}）`
    : ` (items: ${items.added} added, ${items.removed} removed, ${items.changed} changed)`;
}
