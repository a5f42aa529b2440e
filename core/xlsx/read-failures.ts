// Why a workbook could not be read. Reading never throws on what is in the file: every refusal is one of these
// reasons with a bilingual message (Chinese first) that says what is wrong, where, and what the clerk can do —
// usually "open it in Excel or WPS and save it as .xlsx", which repairs or converts most of what is refused here.
import type { Failure } from '../i18n/refusal.ts';
import { fillLocal, type LocalText, type TemplateParam } from '../i18n/text.ts';
import { displayName } from '../zip/failures.ts';

export type WorkbookFailureReason =
  | 'notZip'
  | 'legacyXls'
  | 'encrypted'
  | 'damaged'
  | 'malformedZip'
  | 'outsideGrid'
  | 'invalidText'
  | 'notWorkbook'
  | 'unsupportedZip'
  | 'fileTooLarge'
  | 'partTooLarge'
  | 'tooManyRows'
  | 'tooManyStrings'
  | 'cellTooLong'
  | 'malformedXml'
  | 'cancelled';

export interface WorkbookFailure extends Failure<WorkbookFailureReason> {
  /** The part of the .xlsx concerned, e.g. "xl/worksheets/sheet2.xml". */
  part?: string;
  /** The sheet's name as the clerk sees it on its tab. */
  sheet?: string;
  /** 1-based row number in the sheet. */
  row?: number;
}

/** Where a failure is; each field is given only when known. */
export interface FailureWhere {
  part?: string;
  sheet?: string;
  row?: number;
}

const SAVE_AS_XLSX = {
  zh: '请在 Excel 或 WPS 中打开它，另存为“Excel 工作簿 (*.xlsx)”后再导入。',
  en: 'Open it in Excel or WPS, save it as "Excel Workbook (*.xlsx)", and import that file.',
};

const TEXT: Readonly<Record<WorkbookFailureReason, LocalText>> = {
  notZip: {
    zh: `文件不是 .xlsx 工作簿（不是 ZIP 格式：可能是改了扩展名的 .csv、网页或文本文件，也可能下载不完整）。${SAVE_AS_XLSX.zh}`,
    en: `The file is not an .xlsx workbook (it is not a ZIP file: perhaps a renamed .csv, web page or text file, or an incomplete download). ${SAVE_AS_XLSX.en}`,
  },
  legacyXls: {
    zh: `这是旧版 Excel 文件（.xls，Excel 97–2003 格式），Mulu 只读取 .xlsx。${SAVE_AS_XLSX.zh}`,
    en: `This is a legacy Excel file (.xls, Excel 97–2003 format); Mulu reads .xlsx only. ${SAVE_AS_XLSX.en}`,
  },
  encrypted: {
    zh: '工作簿设有打开密码（已加密），无法读取。请在 Excel 或 WPS 中输入密码打开，删除打开密码（Excel：文件 → 信息 → 保护工作簿 → 用密码进行加密；WPS：文件 → 文档加密）后保存，再导入。',
    en: 'The workbook is protected by a password (encrypted) and cannot be read. Open it in Excel or WPS with the password, remove the password (Excel: File → Info → Protect Workbook → Encrypt with Password; WPS: File → Document Encryption), save it, and import it again.',
  },
  damaged: {
    zh: '工作簿文件已损坏{where}：{detail}。文件可能不完整（下载或拷贝中断）。请重新获取原文件；如果 Excel 或 WPS 仍能打开它，另存为 .xlsx 后再导入。',
    en: 'The workbook file is damaged{where}: {detail}. It may be incomplete (an interrupted download or copy). Get the original file again; if Excel or WPS can still open it, save it as .xlsx and import that.',
  },
  malformedZip: {
    zh: '工作簿的 ZIP 结构不合规范：{detail}。Excel 和 WPS 不会这样保存文件，它可能由其他程序生成或被改动过。如果 Excel 或 WPS 能打开它，另存为 .xlsx 后再导入。',
    en: 'The workbook’s ZIP structure is malformed: {detail}. Excel and WPS never save a file like this; another program made or altered it. If Excel or WPS can open it, save it as .xlsx and import that.',
  },
  invalidText: {
    zh: '{where}{detail}，内容无法按原样读取；为免文字被悄悄替换成“�”或残缺，未导入。请在 Excel 或 WPS 中检查该处文字，另存为 .xlsx 后再导入。',
    en: '{where} {detail}, so its text cannot be read as it is; it was not imported rather than have text silently replaced by "�" or broken. Check that text in Excel or WPS, save as .xlsx and import that.',
  },
  outsideGrid: {
    zh: '{where}超出了 Excel 表格的范围（最多 XFD 列、1048576 行）。Excel 和 WPS 不会写出这样的引用，文件可能由其他程序生成或被改动过；为免把内容读到别的单元格，未导入。',
    en: '{where} lies outside Excel’s grid (at most column XFD and row 1,048,576). Excel and WPS never write such a reference; another program made or altered the file. It was not imported, so that no value lands in another cell.',
  },
  notWorkbook: {
    zh: '文件不是 Excel 工作簿：{what}。{advice}',
    en: 'The file is not an Excel workbook: {what}. {advice}',
  },
  unsupportedZip: {
    zh: `工作簿使用了 Mulu 不支持的 ZIP 格式（{feature}）。${SAVE_AS_XLSX.zh}`,
    en: `The workbook uses a ZIP feature Mulu does not support ({feature}). ${SAVE_AS_XLSX.en}`,
  },
  fileTooLarge: {
    zh: '工作簿过大（{detail}），未予读取。请把数据拆分到几个工作簿中分批导入。',
    en: 'The workbook is too large ({detail}) and was not read. Split the data into several workbooks and import them one by one.',
  },
  partTooLarge: {
    zh: '工作簿中的部件“{part}”解压后过大（声明 {size} 字节，上限 {limit} 字节），未予读取。请把数据拆分到几个工作簿中分批导入。',
    en: 'Part "{part}" of the workbook is too large when uncompressed ({size} bytes declared; the limit is {limit}) and was not read. Split the data into several workbooks and import them one by one.',
  },
  tooManyRows: {
    zh: '工作表“{sheet}”中有内容的行超过 {limit} 行（读到第 {row} 行时停止），未予导入。一个县级目录约有 40 万行；请删除多余的行，或把数据拆分后分批导入。',
    en: 'Sheet "{sheet}" has more than {limit} rows with content (reading stopped at row {row}) and was not imported. A county catalog has about 400,000 rows; delete the surplus rows, or split the data and import it in parts.',
  },
  tooManyStrings: {
    zh: '工作簿中不同的文字（共享字符串）超过 {limit} 个，未予读取。请把数据拆分到几个工作簿中分批导入。',
    en: 'The workbook has more than {limit} distinct texts (shared strings) and was not read. Split the data into several workbooks and import them one by one.',
  },
  cellTooLong: {
    zh: '{where}的文字超过 {limit} 个字符（Excel 单元格的上限），未予读取。请缩短后再导入。',
    en: '{where} has more than {limit} characters (the most an Excel cell can hold) and was not read. Shorten it and import again.',
  },
  malformedXml: {
    zh: '工作簿部件“{part}”{sheet}的 XML 格式错误（{position}{detail}）。文件可能已损坏，或由不兼容的程序生成；如果 Excel 或 WPS 能打开它，另存为 .xlsx 后再导入。',
    en: 'Part "{part}"{sheet} of the workbook is not well-formed XML ({position}{detail}). The file may be damaged or written by an incompatible program; if Excel or WPS can open it, save it as .xlsx and import that.',
  },
  cancelled: {
    zh: '已取消读取工作簿。',
    en: 'Reading the workbook was cancelled.',
  },
};

/**
 * Builds the failure. Part and sheet names, in `where` and in the `part` and `sheet` parameters, come from the
 * file and are shown through displayName (control and direction characters escaped, long names shortened).
 */
export function workbookFailure(reason: WorkbookFailureReason, params: Readonly<Record<string, TemplateParam>> = {}, where: FailureWhere = {}): WorkbookFailure {
  const shown = { ...params };
  for (const key of ['part', 'sheet'] as const) {
    const value = shown[key];
    if (typeof value === 'string') shown[key] = displayName(value);
  }
  const failure: WorkbookFailure = { ok: false, reason, message: fillLocal(TEXT[reason], shown) };
  if (where.part !== undefined) failure.part = displayName(where.part);
  if (where.sheet !== undefined) failure.sheet = displayName(where.sheet);
  if (where.row !== undefined) failure.row = where.row;
  return failure;
}

/** "（部件“xl/workbook.xml”）" for the damaged message; empty for the file as a whole. */
export function inPart(part: string | undefined): LocalText {
  if (part === undefined) return { zh: '', en: '' };
  const shown = displayName(part);
  return { zh: `（部件“${shown}”）`, en: ` (part "${shown}")` };
}

/** "（工作表“资源”）" after a part name; empty when the part is not a sheet. */
export function ofSheet(sheet: string | undefined): LocalText {
  if (sheet === undefined) return { zh: '', en: '' };
  const shown = displayName(sheet);
  return { zh: `（工作表“${shown}”）`, en: ` (sheet "${shown}")` };
}

/** The file is damaged: `detail` says how, `where` where (the part is named in the message too). */
export function damagedFailure(detail: LocalText, where: FailureWhere = {}): WorkbookFailure {
  return workbookFailure('damaged', { where: inPart(where.part), detail }, where);
}

export const WORKBOOK_FAILURE_REASONS = Object.keys(TEXT) as readonly WorkbookFailureReason[];
