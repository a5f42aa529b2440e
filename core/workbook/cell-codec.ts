// One column kind, both directions: how a model value is written into a cell, and how a cell read from any
// workbook (Excel, WPS, LibreOffice, the national template) becomes a model value. Keeping both in one place is
// what makes export → import give back the same catalog.
import type { TemplateParam } from '../i18n/text.ts';
import type { Basis } from '../model/catalog.ts';
import { BASIS_LEVELS } from '../model/enums.ts';
import { isBlank } from '../text/normalize.ts';
import type { CellValue } from '../xlsx/xlsx-writer.ts';
import { serialToIsoDate, type XlsxCell } from '../xlsx/xlsx-reader.ts';
import type { ColumnSpec } from './columns.ts';
import type { VocabularyLabels } from './vocabulary-labels.ts';

/** Why a cell could not be read; the variants of rule W01 in assets/rules/workbook-rules.json. */
export type DecodeProblem = 'notInList' | 'notBoolean' | 'notNumber' | 'notInteger' | 'precisionLost' | 'errorValue' | 'badSerialDate';

/** A cell that could not be read. Good values are returned bare: an import decodes millions of cells. */
export class CellProblem {
  constructor(
    readonly problem: DecodeProblem,
    readonly params: Record<string, TemplateParam>,
  ) {}
}

/** The cell's value, or why it could not be read; undefined for a blank cell. */
export type Decoded = CellProblem | string | number | boolean | string[] | Basis[] | { name: string; code?: string }[];

export interface CodecContext {
  labels: VocabularyLabels;
  date1904: boolean;
}

export const LIST_SEPARATOR = '；';
const LIST_SPLIT = /[；;\n]/u;
/** Excel keeps 15 significant digits: an 18-digit code typed as a number is already damaged in the file. */
const EXACT_DIGITS = 1e15;
const TRUE_WORDS = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓', '涉密', '有']);
const FALSE_WORDS = new Set(['否', 'n', 'no', 'false', '0', '×', '✗', '非涉密', '无']);

// ——— writing ———

/** The cell for a model value; undefined writes nothing. Strings stay strings, so identifiers keep their zeros. */
export function encodeValue(column: ColumnSpec, value: unknown, labels: VocabularyLabels): CellValue {
  if (value === undefined || value === null) return undefined;
  switch (column.kind) {
    case 'vocab':
      return labels.label(column.vocabulary!, value as string);
    case 'vocabList':
      return joinList((value as string[]).map((key) => labels.label(column.vocabulary!, key)));
    case 'list':
      return joinList(value as string[]);
    case 'boolean':
      return value ? '是' : '否';
    case 'date':
      // A valid date goes out as a real date; anything else stays the text the clerk typed, for the rules to flag.
      return isIsoDate(value as string) ? { date: value as string } : (value as string);
    case 'basis':
      return (value as Basis[]).map((b) => formatBasis(b, labels)).join('\n') || undefined;
    case 'matters':
      return joinList((value as { name: string; code?: string }[]).map((m) => (m.code ? `${m.name}（事项编码：${m.code}）` : m.name)));
    default:
      return value as string | number;
  }
}

function joinList(values: string[]): string | undefined {
  return values.length ? values.join(LIST_SEPARATOR) : undefined;
}

function formatBasis(b: Basis, labels: VocabularyLabels): string {
  return `《${b.title}》${b.docNo ? `（${b.docNo}）` : ''}${b.article ?? ''}${b.level ? `【${labels.label('basisLevel', b.level)}】` : ''}`;
}

// ——— reading ———

/** A cell's value for its column; undefined for a blank cell. Never throws. */
export function decodeCell(column: ColumnSpec, cell: XlsxCell | undefined, ctx: CodecContext): Decoded | undefined {
  if (!cell) return undefined;
  if (cell.kind === 'error') return fail('errorValue', { value: cell.text });
  switch (column.kind) {
    case 'number':
    case 'integer':
      return decodeNumber(column, cell);
    case 'boolean':
      return decodeBoolean(cell);
    case 'date':
      return decodeDate(cell, ctx.date1904);
    default: {
      const text = cellText(column, cell);
      if (text === undefined) return fail('precisionLost', { value: cell.text });
      if (isBlank(text)) return undefined;
      return decodeText(column, text, ctx.labels);
    }
  }
}

/** The text a cell shows, for text-like columns; undefined when a number has already lost digits. */
function cellText(column: ColumnSpec, cell: XlsxCell): string | undefined {
  if (cell.kind !== 'number' || cell.number === undefined) return cell.text;
  const n = cell.number;
  if ((column.kind === 'code' || column.kind === 'digits') && Number.isInteger(n) && Math.abs(n) >= EXACT_DIGITS) return undefined;
  let text = Number.isInteger(n) ? n.toFixed(0) : String(n);
  // A number formatted "000000" shows its leading zeros; so does a fixed-width code column.
  const zeros = /^0+$/.exec(cell.format?.code ?? '')?.[0].length ?? 0;
  const width = Math.max(zeros, column.digits ?? 0);
  if (Number.isInteger(n) && n >= 0) text = text.padStart(width, '0');
  return text;
}

function decodeText(column: ColumnSpec, text: string, labels: VocabularyLabels): Decoded {
  switch (column.kind) {
    case 'vocab': {
      const key = labels.keyOf(column.vocabulary!, text);
      return key === undefined ? notInList(column, text, labels) : key;
    }
    case 'vocabList': {
      const keys: string[] = [];
      for (const part of splitList(text)) {
        const key = labels.keyOf(column.vocabulary!, part);
        if (key === undefined) return notInList(column, part, labels);
        keys.push(key);
      }
      return keys;
    }
    case 'list':
      return splitList(text);
    case 'basis':
      return splitList(text).map((line) => parseBasis(line, labels));
    case 'matters':
      return splitList(text).map(parseMatter);
    default:
      return text;
  }
}

function splitList(text: string): string[] {
  return text
    .split(LIST_SPLIT)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const BASIS = /^《(.+?)》(?:（([^（）]*)）)?(.*?)(?:【([^【】]+)】)?$/u;

/** 《标题》（文号）第N条【层级】; a line without 《》 is taken as the title, so nothing the clerk wrote is lost. */
function parseBasis(line: string, labels: VocabularyLabels): Basis {
  const m = BASIS.exec(line);
  if (!m) return { title: line };
  const basis: Basis = { title: m[1]! };
  if (m[2]) basis.docNo = m[2];
  if (m[3]) basis.article = m[3];
  const level = m[4] ? labels.keyOf('basisLevel', m[4]) : undefined;
  if (level && (BASIS_LEVELS as readonly string[]).includes(level)) basis.level = level as Basis['level'];
  else if (m[4]) basis.article = `${basis.article ?? ''}【${m[4]}】`;
  return basis;
}

const MATTER = /^(.*?)（事项编码[:：]\s*([^（）]*)）$/u;

function parseMatter(text: string): { name: string; code?: string } {
  const m = MATTER.exec(text);
  return m && m[1] ? { name: m[1], code: m[2]! } : { name: text };
}

function decodeNumber(column: ColumnSpec, cell: XlsxCell): Decoded | undefined {
  let n: number;
  if (cell.kind === 'number' && cell.number !== undefined) n = cell.number;
  else {
    const text = cell.text.normalize('NFKC').trim();
    if (text === '') return undefined;
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/u.test(text)) return fail('notNumber', { value: cell.text });
    n = Number(text);
  }
  if (column.kind === 'integer' && (!Number.isInteger(n) || n < 0)) return fail('notInteger', { value: cell.text });
  return n;
}


function decodeBoolean(cell: XlsxCell): Decoded | undefined {
  if (cell.kind === 'boolean') return cell.text === 'TRUE';
  if (cell.text === '是') return true;
  if (cell.text === '否') return false;
  const word = cell.text.normalize('NFKC').trim().toLowerCase();
  if (word === '') return undefined;
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return fail('notBoolean', { value: cell.text });
}

/**
 * Dates: a number is an Excel serial day whatever its format says (WPS and Excel write the zh-CN built-in date
 * formats 27–36/50–58 without a format entry); text is kept as typed, and the date rule says what is wrong with it.
 */
function decodeDate(cell: XlsxCell, date1904: boolean): Decoded | undefined {
  if (cell.kind === 'number' && cell.number !== undefined) {
    const iso = serialToIsoDate(cell.number, date1904);
    return iso ? iso : fail('badSerialDate', { value: cell.text });
  }
  if (cell.kind === 'date') return cell.text.slice(0, 10);
  return isBlank(cell.text) ? undefined : cell.text;
}

function notInList(column: ColumnSpec, text: string, labels: VocabularyLabels): Decoded {
  return fail('notInList', { value: text, allowed: labels.labels(column.vocabulary!).join('、') });
}

function fail(problem: DecodeProblem, params: Record<string, TemplateParam>): CellProblem {
  return new CellProblem(problem, params);
}

/** A real calendar date that a spreadsheet can hold as a date (Excel's dates start in 1900). */
export function isIsoDate(text: string): boolean {
  if (!/^(19|[2-9]\d)\d{2}-\d{2}-\d{2}$/u.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}
