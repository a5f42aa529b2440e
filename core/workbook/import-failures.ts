// Why a workbook could not be imported at all: the reader's refusals (WorkbookFailure has the same shape) and the
// layout's. Unlike findings, these leave nothing behind: no partial catalog.
import type { Failure } from '../i18n/refusal.ts';
import { fillLocal, type LocalText, type TemplateParam } from '../i18n/text.ts';
import type { WorkbookFailureReason } from '../xlsx/xlsx-reader.ts';

export type ImportFailureReason = WorkbookFailureReason | 'noResourceSheet' | 'noItemSheet' | 'missingColumns';

export interface ImportFailure extends Failure<ImportFailureReason> {
  sheet?: string;
  part?: string;
  row?: number;
}

const TEXT: Record<'noResourceSheet' | 'noItemSheet' | 'missingColumns', LocalText> = {
  noResourceSheet: {
    zh: '工作簿中找不到信息资源表：没有哪个工作表的表头同时含有「信息资源名称」和其他目录列（在前 {rows} 行中查找）。请使用 Mulu 模板（mulu template）或国家目录模板，表头不要改名。',
    en: 'No resources sheet found: no sheet has a header (within its first {rows} rows) with "信息资源名称" (resource name) and other catalog columns. Use the Mulu template (mulu template) or the national template and keep the headers.',
  },
  noItemSheet: {
    zh: '工作簿中找不到信息项表：需要一个表头含「信息资源代码」和「信息项名称」的工作表（或在资源表的每一行填写信息项，即国家模板的一行一信息项格式）。',
    en: 'No data items sheet found: a sheet whose header has "信息资源代码" (resource code) and "信息项名称" (item name) is needed, or the one-row-per-item national layout.',
  },
  missingColumns: {
    zh: '工作表「{sheet}」缺少必需的列：{columns}。导入需要这些列才能把信息项对应到资源。',
    en: 'Sheet "{sheet}" lacks required columns: {columns}. Import needs them to attach data items to their resources.',
  },
};

export function importFailure(
  reason: keyof typeof TEXT,
  params: Record<string, TemplateParam> & { sheet?: string } = {},
): ImportFailure {
  const failure: ImportFailure = { ok: false, reason, message: fillLocal(TEXT[reason], params) };
  if (params.sheet) failure.sheet = params.sheet;
  return failure;
}
