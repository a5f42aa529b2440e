// Importing a catalog from a workbook: Mulu's own two-sheet template (资源 + 信息项 joined by 信息资源代码) or the
// national one-row-per-item layout. The result is a whole catalog plus findings with cells, or a failure and
// nothing: the caller commits the catalog only after a dry run has been shown and confirmed.
import { classificationPrefix } from '../codes/classification.ts';
import { departmentSubCatalogs } from '../codes/code-scheme.ts';
import { parseResourceCode, ResourceCodeAllocator } from '../codes/resource-code.ts';
import { CATALOG_FORMAT, CATALOG_FORMAT_VERSION, type Catalog, type DataItem, type Department, type Need, type Resource } from '../model/catalog.ts';
import { loadProfile, PROFILE_IDS, type Profile } from '../profiles/profile.ts';
import type { Finding } from '../rules/types.ts';
import { isBlank } from '../text/normalize.ts';
import { openWorkbook, type ReadSheetOptions, type SheetInfo, type WorkbookFailure, type WorkbookLimits, type XlsxRow, type XlsxWorkbook } from '../xlsx/xlsx-reader.ts';
import { CellProblem, decodeCell, type CodecContext } from './cell-codec.ts';
import { columnHeader, type ColumnSpec } from './columns.ts';
import { fieldBelow, fieldSetter, getField, setField, type FieldSetter } from './field-path.ts';
import { importFailure, type ImportFailure } from './import-failures.ts';
import { departmentField, HEADER_SEARCH_ROWS, planWorkbook, type TablePlan, type WorkbookPlan } from './sheet-layout.ts';
import type { SourceMap } from './source-map.ts';
import { vocabularyLabels } from './vocabulary-labels.ts';
import { workbookFinding, type FindingSubject } from './workbook-findings.ts';
import { parseJsonText } from '../format/json-text.ts';

export interface ImportProgress {
  /** 0–1 over the whole import. */
  fraction: number;
  sheet?: string;
}

export interface ImportOptions extends Pick<ReadSheetOptions, 'signal' | 'yieldControl'> {
  /** Rule profile; overrides the one recorded in a Mulu workbook. Default: the workbook's, else national. */
  profile?: string;
  /**
   * Overrides the 单位信息 sheet. Also the provider of every resource when the sheet has no provider columns
   * (the national template, filled in by one department, has none).
   */
  department?: Department;
  limits?: Partial<WorkbookLimits>;
  onProgress?: (progress: ImportProgress) => void;
  /**
   * Reads the 需求清单 sheet (core/lists/needs-workbook.ts, which sits above this folder) so that the needs are in the
   * catalog before the rules run; without it a workbook's needs are not read.
   */
  readNeeds?: (workbook: XlsxWorkbook, profile: Profile) => Promise<{ ok: true; needs?: Need[]; findings: Finding[] } | WorkbookFailure>;
}

export interface ImportStats {
  layout: 'template' | 'national';
  sheets: { resources: string; items: string };
  resources: number;
  items: number;
}

export interface ImportedCatalog {
  ok: true;
  catalog: Catalog;
  /** Problems of the workbook itself (W01–W09), each with its cell. The catalog rules are the caller's next step. */
  findings: Finding[];
  sourceMap: SourceMap;
  stats: ImportStats;
  profile: Profile;
}

export type ImportResult = ImportedCatalog | ImportFailure;

/** Headers shown in W-findings: the column's Chinese name. */
const fieldName = (c: ColumnSpec) => c.header.zh;

/** Hidden rows listed by number in the W03 notice. */
const HIDDEN_ROWS_SHOWN = 5;

export async function importWorkbook(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const opened = await openWorkbook(bytes, options.limits ? { limits: options.limits } : {});
  if (!opened.ok) return opened;
  const workbook = opened.workbook;

  const sniffed: { sheet: SheetInfo; rows: XlsxRow[] }[] = [];
  for (const sheet of workbook.sheets) {
    const rows: XlsxRow[] = [];
    const read = await workbook.readSheet(sheet, (row) => (rows.push(row), rows.length >= HEADER_SEARCH_ROWS ? 'stop' : undefined), {
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (!read.ok) return read;
    sniffed.push({ sheet, rows });
  }
  const plan = planWorkbook(sniffed);
  if (!plan.resources) return importFailure('noResourceSheet', { rows: HEADER_SEARCH_ROWS });
  if (plan.resources.role === 'resources' && !plan.items) return importFailure('noItemSheet');
  const missing = missingKeyColumns(plan);
  if (missing) return missing;

  const metadata = readMetadata(plan);
  const profileId = options.profile ?? (metadata.profile && PROFILE_IDS.includes(metadata.profile) ? metadata.profile : 'national');
  const profile = loadProfile(profileId);
  const importer = new Importer({ labels: vocabularyLabels(profile), date1904: workbook.date1904 });

  const department = options.department ?? importer.readDepartment(plan);
  importer.department = department;
  importer.ownSubCatalogs = departmentSubCatalogs(department, profile.codeScheme) ?? [];
  const tables = plan.items ? [plan.resources, plan.items] : [plan.resources];
  for (const [i, table] of tables.entries()) {
    const read = await importer.readTable(workbook, table, {
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.yieldControl ? { yieldControl: options.yieldControl } : {}),
      onProgress: (done, total) => options.onProgress?.({ fraction: (i + (total ? done / total : 1)) / tables.length, sheet: table.sheet.name }),
    });
    if (!read.ok) return read;
  }
  const resources = importer.finish();
  if (metadata.unsafeVersion && plan.metadata) {
    const { row, value } = metadata.unsafeVersion;
    importer.findings.push(workbookFinding('W01', 'versionTooLarge', { sheet: plan.metadata.sheet.name, row, column: 1 }, { path: 'catalogVersion' }, { value }));
  }

  const catalog: Catalog = {
    format: CATALOG_FORMAT,
    version: CATALOG_FORMAT_VERSION,
    profile: profileId,
    ...(metadata.catalogVersion !== undefined ? { catalogVersion: metadata.catalogVersion } : {}),
    ...(metadata.updatedAt ? { updatedAt: metadata.updatedAt } : {}),
    department,
    resources,
  };
  if (options.readNeeds) {
    const read = await options.readNeeds(workbook, profile);
    if (!read.ok) return read;
    if (read.needs) catalog.needs = read.needs;
    importer.findings.push(...read.findings);
  }
  // The recorded high-water marks are kept as they are; without them, the codes in use are the best record.
  const sequences = metadata.codeSequences ?? new ResourceCodeAllocator({}, resources.map((r) => r.code)).snapshot();
  if (Object.keys(sequences).length) catalog.codeSequences = sequences;

  let items = 0;
  for (const r of resources) items += r.items.length;
  return {
    ok: true,
    catalog,
    findings: importer.findings,
    sourceMap: importer.sourceMap,
    profile,
    stats: {
      layout: plan.items ? 'template' : 'national',
      sheets: { resources: plan.resources.sheet.name, items: (plan.items ?? plan.resources).sheet.name },
      resources: resources.length,
      items,
    },
  };
}

function missingKeyColumns(plan: WorkbookPlan): ImportFailure | undefined {
  const required: [TablePlan | undefined, string[]][] = plan.items
    ? [
        [plan.resources, ['name', 'code']],
        [plan.items, ['resourceCode', 'items.name']],
      ]
    : [[plan.resources, ['name', 'items.name']]];
  for (const [table, fields] of required) {
    if (!table) continue;
    const present = new Set([...table.header.columns.values()].map((c) => c.field));
    const absent = fields.filter((f) => !present.has(f));
    if (absent.length) return importFailure('missingColumns', { sheet: table.sheet.name, columns: absent.map(headerOf).join('、') });
  }
  return undefined;
}

const headerOf = (field: string) => `「${columnHeader(field)}」`;

interface WorkbookMetadata {
  profile?: string;
  catalogVersion?: number;
  /** A catalogVersion beyond 2^53 − 1, where it was found: not imported (verify could never accept it). */
  unsafeVersion?: { row: number; value: string };
  updatedAt?: string;
  codeSequences?: Record<string, number>;
}

/** Mulu's hidden `_mulu` sheet: what a catalog carries that has no column (written by export-workbook.ts). */
function readMetadata(plan: WorkbookPlan): WorkbookMetadata {
  const out: WorkbookMetadata = {};
  for (const row of plan.metadata?.rows ?? []) {
    const key = row.cells[0]?.text;
    const value = row.cells[1]?.text ?? '';
    if (key === 'profile') out.profile = value;
    else if (key === 'catalogVersion' && /^\d+$/u.test(value)) {
      if (Number.isSafeInteger(Number(value))) out.catalogVersion = Number(value);
      else out.unsafeVersion = { row: row.number, value };
    }
    else if (key === 'updatedAt' && value) out.updatedAt = value;
    else if (key === 'codeSequences') out.codeSequences = parseSequences(value);
  }
  return out;
}

function parseSequences(text: string): Record<string, number> | undefined {
  try {
    const parsed = parseJsonText(text);
    const value = parsed.ok ? parsed.value : undefined;
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const entries = Object.entries(value as Record<string, unknown>);
    return entries.every(([, n]) => Number.isInteger(n) && (n as number) >= 0) ? (value as Record<string, number>) : undefined;
  } catch {
    return undefined;
  }
}

interface Building {
  resource: Resource;
  /** 1-based row of the resource (its first row in the national layout). */
  row: number;
  /** Cell texts of the resource columns on its first row, to spot rows that disagree (one-sheet layout). */
  firstTexts?: Map<number, string>;
  reported?: Set<string>;
  openToPublic?: { value: boolean; text: string; column: number };
  reviewColumn?: number;
}

/** A header column ready for the row loop: where it is, what it holds, and how its value is stored. */
interface Placed {
  column: number;
  spec: ColumnSpec;
  /** The field below the row's object: `name` for `items.name`. */
  path: string;
  set: FieldSetter;
  isItem: boolean;
}

function place(columns: Map<number, ColumnSpec>): Placed[] {
  return [...columns]
    .sort(([a], [b]) => a - b)
    .map(([column, spec]) => {
      const isItem = spec.field.startsWith('items.');
      const path = isItem ? fieldBelow('items', spec.field) : spec.field;
      return { column, spec, path, set: spec.repeatable ? appender(path) : fieldSetter(path), isItem };
    });
}

/** A repeatable column's setter: each further column adds its levels after those already read. */
function appender(path: string): FieldSetter {
  return (target, value) => {
    const before = getField(target, path);
    setField(target, path, Array.isArray(before) ? [...(before as unknown[]), ...(value as unknown[])] : value);
  };
}

/**
 * 分类码 = 类(1) 项(2) 目(3), then the 细目: the department's own (its division and number, docs/code-scheme.md)
 * where the code carries them, the rest in steps of two digits (catalog-standard.md §3.1).
 */
function classificationOfCode(code: string | undefined, own: readonly string[]): Resource['classification'] | undefined {
  const prefix = code ? parseResourceCode(code)?.prefix : undefined;
  if (!prefix) return undefined;
  let rest = prefix.slice(6);
  const subCatalogs: string[] = [];
  if (own.length && rest.startsWith(own.join(''))) {
    subCatalogs.push(...own);
    rest = rest.slice(own.join('').length);
  }
  if (rest.length % 2) return undefined;
  subCatalogs.push(...(rest.match(/\d{2}/gu) ?? []));
  return { class: prefix[0]!, item: prefix.slice(1, 3), catalog: prefix.slice(3, 6), ...(subCatalogs.length ? { subCatalogs } : {}) };
}

class Importer {
  readonly findings: Finding[] = [];
  readonly sourceMap: SourceMap = { resourceSheet: '', resourceRows: [], itemSheet: '', itemRows: [], columns: new Map() };
  private readonly built: Building[] = [];
  private readonly byCode = new Map<string, number[]>();
  private readonly byId = new Map<string, number>();
  /** Codes that items were attached by: a repeated one among them makes the attachment a guess (W09). */
  private readonly joinedByCode = new Set<string>();
  private sheet = '';
  /** The items sheet's join columns, found once per table rather than once per row. */
  private join: { id?: Placed | undefined; code?: Placed | undefined } = {};
  /** The fields the resource sheet has a column for, and where its header is: what finish() may fill in. */
  private resourceTable?: { fields: Set<string>; sheet: string; row: number };
  /** The workspace's or the workbook's department: the provider when the sheet has no provider columns. */
  department?: Department;
  /** The department's own 细目 under the profile's code scheme, to split a code's 分类码 as it was formed. */
  ownSubCatalogs: readonly string[] = [];

  constructor(private readonly ctx: CodecContext) {}

  readDepartment(plan: WorkbookPlan): Department {
    const department: Department = { name: '', uscc: '', divisionCode: '' };
    if (!plan.department) return department;
    const sheet = plan.department.sheet.name;
    const rows = new Map<string, number>();
    for (const row of plan.department.rows) {
      const column = departmentField(row.cells[0]?.text);
      if (!column) continue;
      rows.set(column.field, row.number);
      const decoded = decodeCell(column, row.cells[1], this.ctx);
      if (decoded instanceof CellProblem) this.problem(decoded, column, { sheet, row: row.number, column: 1 }, { path: column.field });
      else if (decoded !== undefined) setField(department, fieldBelow('department', column.field), decoded);
    }
    this.sourceMap.department = { sheet, rows };
    return department;
  }

  async readTable(workbook: XlsxWorkbook, table: TablePlan, options: ReadSheetOptions) {
    const { sheet, header, role } = table;
    const columns = place(header.columns);
    this.sheet = sheet.name;
    this.join = { id: columns.find((c) => c.spec.field === 'resourceId'), code: columns.find((c) => c.spec.field === 'resourceCode') };
    if (role !== 'items') this.sourceMap.resourceSheet = sheet.name;
    if (role !== 'resources') this.sourceMap.itemSheet = sheet.name;
    this.sourceMap.columns.set(sheet.name, new Map(columns.map((c) => [c.spec.field, c.column])));
    for (const u of header.unknown) {
      this.findings.push(workbookFinding('W02', 'unknownColumn', { sheet: sheet.name, row: u.row, column: u.column }, { path: '' }, { sheet: sheet.name, header: u.text.replace(/\s+/gu, ' ') }));
    }
    if (role !== 'items') this.reportMissingColumns(table);
    const hidden: number[] = [];
    const read = await workbook.readSheet(
      sheet,
      (row) => {
        if (row.number < header.dataStart || isBlankRow(row, columns)) return;
        if (row.hidden) hidden.push(row.number);
        if (role === 'items') this.itemRow(row, columns);
        else if (role === 'resources') this.resourceRow(row, columns);
        else this.nationalRow(row, columns);
      },
      options,
    );
    if (read.ok && hidden.length) {
      const shown = hidden.slice(0, HIDDEN_ROWS_SHOWN).join('、');
      this.findings.push(workbookFinding('W03', 'hiddenRows', { sheet: sheet.name, row: hidden[0]! }, { path: '' }, { sheet: sheet.name, count: hidden.length, rows: shown }));
    }
    return read;
  }

  /** W06 for template columns a resource sheet lacks, once each: every resource's field will be empty. */
  private reportMissingColumns(table: TablePlan): void {
    const present = new Set([...table.header.columns.values()].map((c) => c.field));
    this.resourceTable = { fields: present, sheet: table.sheet.name, row: table.header.rows[0]! };
    const expected = ['code', 'providerName', 'providerCode', 'abstract', 'formatCategory', 'shareType', 'openType', 'updateCycle', 'publishDate'];
    const fromDepartment = { providerName: this.department?.name, providerCode: this.department?.uscc };
    for (const field of expected) {
      if (present.has(field) || (field === 'openType' && present.has('openToPublic'))) continue;
      if (!isBlank(fromDepartment[field as keyof typeof fromDepartment])) continue;
      this.findings.push(
        workbookFinding('W06', 'missingColumn', { sheet: table.sheet.name, row: table.header.rows[0]! }, { path: '' }, { sheet: table.sheet.name, field: columnHeader(field) }),
      );
    }
  }

  private newResource(row: number): Building {
    const b: Building = { resource: { id: '', items: [] }, row };
    this.built.push(b);
    this.sourceMap.resourceRows.push(row);
    this.sourceMap.itemRows.push([]);
    return b;
  }

  private subject(index: number, rest: string): FindingSubject {
    const r = this.built[index]?.resource;
    return { path: `resources[${index}]${rest ? `.${rest}` : ''}`, resourceIndex: index, ...(r?.code ? { resourceCode: r.code } : {}), ...(r?.name ? { resourceName: r.name } : {}) };
  }

  /** Decodes the resource columns of a row into `b`. */
  private fillResource(b: Building, index: number, row: XlsxRow, columns: readonly Placed[]): void {
    for (const c of columns) {
      if (c.isItem) continue;
      const decoded = decodeCell(c.spec, row.cells[c.column], this.ctx);
      if (decoded === undefined) continue;
      if (decoded instanceof CellProblem) {
        this.problem(decoded, c.spec, { sheet: this.sheet, row: row.number, column: c.column }, this.subject(index, c.spec.field));
        continue;
      }
      if (c.spec.field === 'openToPublic') b.openToPublic = { value: decoded as boolean, text: row.cells[c.column]!.text, column: c.column };
      else c.set(b.resource, decoded);
      if (c.spec.field.startsWith('shareReview.')) b.reviewColumn ??= c.column;
    }
  }

  private resourceRow(row: XlsxRow, columns: readonly Placed[]): void {
    const index = this.built.length;
    const b = this.newResource(row.number);
    this.fillResource(b, index, row, columns);
    const code = b.resource.code;
    if (code) this.byCode.set(code, [...(this.byCode.get(code) ?? []), index]);
    if (b.resource.id && !this.byId.has(b.resource.id)) this.byId.set(b.resource.id, index);
  }

  /** Items join their resource by the hidden internal id when Mulu wrote the file, else by 信息资源代码. */
  private itemRow(row: XlsxRow, columns: readonly Placed[]): void {
    const idColumn = this.join.id;
    const id = idColumn && row.cells[idColumn.column]?.text;
    const owner = id ? this.byId.get(id) : undefined;
    if (owner !== undefined) {
      this.addItem(owner, row, columns);
      return;
    }
    const codeColumn = this.join.code!;
    const decoded = decodeCell(codeColumn.spec, row.cells[codeColumn.column], this.ctx);
    const cellRef = { sheet: this.sheet, row: row.number, column: codeColumn.column };
    const code = typeof decoded === 'string' ? decoded : undefined;
    if (!code) {
      this.findings.push(workbookFinding('W04', 'noCode', cellRef, { path: '' }));
      return;
    }
    const owners = this.byCode.get(code);
    if (!owners) {
      this.findings.push(workbookFinding('W04', 'unknownResource', cellRef, { path: '' }, { code }));
      return;
    }
    this.joinedByCode.add(code);
    this.addItem(owners[0]!, row, columns);
  }

  private nationalRow(row: XlsxRow, columns: readonly Placed[]): void {
    const texts = new Map<number, string>();
    for (const c of columns) {
      if (c.isItem) continue;
      const text = row.cells[c.column]?.text.trim();
      if (text) texts.set(c.column, text);
    }
    let index = this.built.length - 1;
    const current = this.built[index];
    const key = (t: Map<number, string>, field: string) => {
      const column = columns.find((c) => c.spec.field === field)?.column;
      return column === undefined ? undefined : t.get(column);
    };
    const sameResource =
      current?.firstTexts && (texts.size === 0 || (key(texts, 'name') === key(current.firstTexts, 'name') && key(texts, 'code') === key(current.firstTexts, 'code')));
    if (!sameResource && texts.size > 0) {
      index = this.built.length;
      const b = this.newResource(row.number);
      b.firstTexts = texts;
      this.fillResource(b, index, row, columns);
    } else if (current && texts.size > 0) this.compareRepeated(current, index, texts, row.number, columns);
    if (!columns.some((c) => c.isItem && !isBlank(row.cells[c.column]?.text))) return;
    if (index < 0) {
      const column = columns.find((c) => c.spec.field === 'name')!.column;
      this.findings.push(workbookFinding('W04', 'noResource', { sheet: this.sheet, row: row.number, column }, { path: '' }, { row: row.number }));
      return;
    }
    this.addItem(index, row, columns);
  }

  /** A repeated resource row that says something else than the resource's first row: W05, once per field. */
  private compareRepeated(b: Building, index: number, texts: Map<number, string>, rowNumber: number, columns: readonly Placed[]): void {
    for (const [column, text] of texts) {
      const first = b.firstTexts!.get(column);
      if (first === text) continue;
      const spec = columns.find((c) => c.column === column)!.spec;
      b.reported ??= new Set();
      if (b.reported.has(spec.field)) continue;
      b.reported.add(spec.field);
      this.findings.push(
        workbookFinding('W05', 'conflict', { sheet: this.sheet, row: rowNumber, column }, this.subject(index, spec.field), {
          name: b.resource.name ?? '',
          first: b.row,
          row: rowNumber,
          field: fieldName(spec),
          a: first ?? '',
          b: text,
        }),
      );
    }
  }

  private addItem(index: number, row: XlsxRow, columns: readonly Placed[]): void {
    const resource = this.built[index]!.resource;
    const item: DataItem = { name: '' };
    const itemIndex = resource.items.length;
    for (const c of columns) {
      if (!c.isItem) continue;
      const decoded = decodeCell(c.spec, row.cells[c.column], this.ctx);
      if (decoded === undefined) continue;
      if (!(decoded instanceof CellProblem)) c.set(item, decoded);
      else this.problem(decoded, c.spec, { sheet: this.sheet, row: row.number, column: c.column }, this.subject(index, `items[${itemIndex}].${c.path}`));
    }
    resource.items.push(item);
    this.sourceMap.itemRows[index]!.push(row.number);
  }

  private problem(decoded: CellProblem, spec: ColumnSpec, at: { sheet: string; row: number; column: number }, subject: FindingSubject): void {
    this.findings.push(workbookFinding('W01', decoded.problem, at, subject, { field: fieldName(spec), ...decoded.params }));
  }

  /**
   * Values a sheet without their columns still determines (W10, one notice each): the classification, or only the
   * 细目, from the resource code; the provider from the department.
   */
  private inferMissingColumns(): void {
    const table = this.resourceTable;
    if (!table) return;
    const has = (field: string) => table.fields.has(field);
    const counts = { classificationFromCode: 0, subCatalogsFromCode: 0, providerFromDepartment: 0 };
    const noClassification = !has('classification.class') && !has('classification.item') && !has('classification.catalog');
    const { name = '', uscc = '' } = this.department ?? {};
    for (const { resource: r } of this.built) {
      const fromCode = classificationOfCode(r.code, this.ownSubCatalogs);
      if (noClassification && !r.classification && fromCode) {
        r.classification = fromCode;
        counts.classificationFromCode++;
      } else if (!has('classification.subCatalogs') && r.classification && fromCode?.subCatalogs && classificationPrefix(r.classification) === classificationPrefix({ ...fromCode, subCatalogs: [] })) {
        r.classification.subCatalogs = fromCode.subCatalogs;
        counts.subCatalogsFromCode++;
      }
      let provided = false;
      if (!has('providerName') && !isBlank(name) && r.providerName === undefined) [r.providerName, provided] = [name, true];
      if (!has('providerCode') && !isBlank(uscc) && r.providerCode === undefined) [r.providerCode, provided] = [uscc, true];
      if (provided) counts.providerFromDepartment++;
    }
    const where = { sheet: table.sheet, row: table.row };
    for (const [variant, count] of Object.entries(counts)) {
      if (count) this.findings.push(workbookFinding('W10', variant, where, { path: '' }, { sheet: table.sheet, count, name, uscc }));
    }
  }

  /** Completes every resource: ids, partial classifications and reviews, open type from 是否向社会开放, W09. */
  finish(): Resource[] {
    const ids = new Set<string>();
    const at = (b: Building, column?: number) => ({ sheet: this.sourceMap.resourceSheet, row: b.row, ...(column !== undefined ? { column } : {}) });
    for (const [index, b] of this.built.entries()) {
      const r = b.resource;
      // Columns fill the classification part by part; a missing part is an empty code for the rules to report.
      const c = r.classification as Partial<Resource['classification']> | undefined;
      if (c) r.classification = { ...c, class: c.class ?? '', item: c.item ?? '', catalog: c.catalog ?? '' };
      if (r.shareReview && !r.shareReview.status) {
        this.findings.push(workbookFinding('W07', 'reviewWithoutStatus', at(b, b.reviewColumn), this.subject(index, 'shareReview')));
        delete r.shareReview;
      }
      if (b.openToPublic && r.openType === undefined) {
        r.openType = !b.openToPublic.value ? 'none' : r.openCondition ? 'conditional' : 'unconditional';
        this.findings.push(
          workbookFinding('W08', 'openTypeFromFlag', at(b, b.openToPublic.column), this.subject(index, 'openType'), {
            value: b.openToPublic.text,
            openType: this.ctx.labels.label('openType', r.openType),
          }),
        );
      }
      r.id = uniqueId(r.id || `wb-${r.code ?? ''}-${b.row}`, ids);
    }
    this.inferMissingColumns();
    for (const [code, owners] of this.byCode) {
      if (owners.length < 2 || !this.joinedByCode.has(code)) continue;
      const first = this.built[owners[0]!]!;
      const rows = owners.map((i) => this.built[i]!.row).join('、');
      const column = this.sourceMap.columns.get(this.sourceMap.resourceSheet)?.get('code');
      this.findings.push(workbookFinding('W09', 'duplicateCode', at(first, column), this.subject(owners[0]!, 'code'), { code, rows, first: first.row }));
    }
    return this.built.map((b) => b.resource);
  }
}

/** Internal ids must be unique; a copied row brings its hidden id along, so later copies get a fresh one. */
function uniqueId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
  used.add(candidate);
  return candidate;
}

function isBlankRow(row: XlsxRow, columns: readonly Placed[]): boolean {
  for (const c of columns) if (!isBlank(row.cells[c.column]?.text)) return false;
  return true;
}
