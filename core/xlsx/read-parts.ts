// Finding a workbook's parts the way OPC says to, not by their usual names: [Content_Types].xml says what each
// part is, _rels/.rels points to the main (officeDocument) part, and the main part's relationships point to the
// sheets, the shared strings and the styles. Targets may be relative ("worksheets/sheet1.xml") or absolute
// ("/xl/worksheets/sheet1.xml", which costs exceljs's streaming reader the real sheet names); sheet names come
// from workbook.xml, never from part names. Relationship types are matched by their last segment, so the Strict
// OOXML namespaces (purl.oclc.org) read like the Transitional ones.
import type { LocalText } from '../i18n/text.ts';
import { CATALOG_ENTRY, MANIFEST_ENTRY } from '../package/package-media-type.ts';
import { displayName } from '../zip/failures.ts';
import type { PartEntry, WorkbookArchive } from './read-archive.ts';
import { damagedFailure, workbookFailure, type WorkbookFailure } from './read-failures.ts';
import { HALT, isTrue, readXmlPart, type Attributes, type PartReadOptions, type Signal, type XmlHandler } from './read-xml.ts';
import type { SheetInfo } from './read-rows.ts';

export interface WorkbookParts {
  sheets: SheetInfo[];
  date1904: boolean;
  sharedStrings?: PartEntry;
  styles?: PartEntry;
}

const CONTENT_TYPES = '[Content_Types].xml';
const ROOT_RELS = '_rels/.rels';

const WORKBOOK_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  'application/vnd.ms-excel.sheet.macroenabled.main+xml',
  'application/vnd.ms-excel.template.macroenabled.main+xml',
  'application/vnd.ms-excel.addin.macroenabled.main+xml',
]);
const SHARED_STRINGS_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedstrings+xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

export async function findWorkbookParts(archive: WorkbookArchive, options: PartReadOptions): Promise<{ ok: true; parts: WorkbookParts } | WorkbookFailure> {
  const typesEntry = archive.part(CONTENT_TYPES);
  if (!typesEntry) return notOpenXml(archive);
  const types = new ContentTypesHandler();
  const typesRead = await readXmlPart(typesEntry, types, { part: typesEntry.name }, options);
  if (!typesRead.ok) return typesRead;

  const rootRels = await readRelationships(archive, ROOT_RELS, '', options);
  if (!rootRels.ok) return rootRels;
  const main = rootRels.relationships.find((r) => isType(r, 'officeDocument'))?.part ?? types.partOfType(WORKBOOK_TYPES);
  if (main === undefined) return notWorkbook(OTHER_ZIP);
  const kind = documentKind(types.typeOf(main));
  if (kind) return notWorkbook(kind);
  const mainEntry = archive.part(main);
  if (!mainEntry) return missingPart(main);

  const rels = await readRelationships(archive, relationshipsPart(main), main, options);
  if (!rels.ok) return rels;
  const workbook = new WorkbookHandler();
  const read = await readXmlPart(mainEntry, workbook, { part: mainEntry.name }, options);
  if (!read.ok) return read;
  if (!workbook.isWorkbook) return notWorkbook(OTHER_ZIP);

  const byId = new Map(rels.relationships.map((r) => [r.id, r]));
  const sheets: SheetInfo[] = [];
  for (const declared of workbook.sheets) {
    const rel = declared.relationshipId === undefined ? undefined : byId.get(declared.relationshipId);
    if (!rel) {
      const sheet = displayName(declared.name);
      return damagedFailure({ zh: `工作表“${sheet}”在工作簿的关系表中没有对应的部件`, en: `sheet "${sheet}" has no part in the workbook's relationships` }, { part: mainEntry.name });
    }
    // Chart sheets, dialog sheets and macro sheets hold no cells.
    if (!isType(rel, 'worksheet')) continue;
    const entry = archive.part(rel.part);
    if (!entry) return missingPart(rel.part);
    sheets.push({ name: declared.name, state: declared.state, index: sheets.length, part: entry.name });
  }

  const parts: WorkbookParts = { sheets, date1904: workbook.date1904 };
  // By relationship, else by content type: some writers list the part in [Content_Types].xml only.
  const sharedStrings = relatedPart(archive, rels.relationships, 'sharedStrings') ?? partOfType(archive, types, SHARED_STRINGS_TYPE);
  const styles = relatedPart(archive, rels.relationships, 'styles') ?? partOfType(archive, types, STYLES_TYPE);
  if (sharedStrings) parts.sharedStrings = sharedStrings;
  if (styles) parts.styles = styles;
  return { ok: true, parts };
}

function partOfType(archive: WorkbookArchive, types: ContentTypesHandler, type: string): PartEntry | undefined {
  const part = types.partOfType(new Set([type]));
  return part === undefined ? undefined : archive.part(part);
}

// ——— relationships ———

interface Relationship {
  id: string;
  type: string;
  /** The target as a part name (resolved, no leading "/"). */
  part: string;
}

async function readRelationships(
  archive: WorkbookArchive,
  relsPart: string,
  source: string,
  options: PartReadOptions,
): Promise<{ ok: true; relationships: Relationship[] } | WorkbookFailure> {
  const entry = archive.part(relsPart);
  if (!entry) return { ok: true, relationships: [] };
  const handler = new RelationshipsHandler(source);
  const read = await readXmlPart(entry, handler, { part: entry.name }, options);
  return read.ok ? { ok: true, relationships: handler.relationships } : read;
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
function relationshipsPart(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function isType(rel: Relationship, last: string): boolean {
  return rel.type.endsWith(`/${last}`);
}

function relatedPart(archive: WorkbookArchive, rels: readonly Relationship[], type: string): PartEntry | undefined {
  const rel = rels.find((r) => isType(r, type));
  return rel && archive.part(rel.part);
}

/**
 * A relationship target as a part name: relative to the source part's folder unless it starts with "/",
 * percent-escapes decoded, "." and ".." applied. Backslashes, which some writers use, count as "/".
 */
function resolveTarget(source: string, target: string): string {
  let path = target.replaceAll('\\', '/');
  try {
    path = decodeURIComponent(path);
  } catch {
    // a stray "%" is taken literally
  }
  const segments = path.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return segments.join('/');
}

class RelationshipsHandler implements XmlHandler {
  readonly relationships: Relationship[] = [];

  constructor(private readonly source: string) {}

  open(name: string, attributes: Attributes): Signal {
    if (name !== 'Relationship') return;
    const [id, type, target, mode] = [attributes.get('Id'), attributes.get('Type'), attributes.get('Target'), attributes.get('TargetMode')];
    // External targets (hyperlinks, linked files) are not parts of this file.
    if (id === undefined || type === undefined || target === undefined || mode?.toLowerCase() === 'external') return;
    this.relationships.push({ id, type, part: resolveTarget(this.source, target) });
  }

  close(): Signal {}
  text(): Signal {}
}

// ——— content types ———

class ContentTypesHandler implements XmlHandler {
  private readonly defaults = new Map<string, string>();
  /** Part name without the leading "/", lower-cased as OPC compares them → content type, lower-cased. */
  private readonly overrides = new Map<string, string>();

  open(name: string, attributes: Attributes): Signal {
    const type = attributes.get('ContentType')?.toLowerCase();
    if (type === undefined) return;
    const [extension, partName] = [attributes.get('Extension'), attributes.get('PartName')];
    if (name === 'Default' && extension !== undefined) this.defaults.set(extension.toLowerCase(), type);
    else if (name === 'Override' && partName !== undefined) this.overrides.set(resolveTarget('', partName).toLowerCase(), type);
  }

  close(): Signal {}
  text(): Signal {}

  typeOf(part: string): string | undefined {
    const override = this.overrides.get(part.toLowerCase());
    if (override !== undefined) return override;
    const dot = part.lastIndexOf('.');
    return dot < 0 ? undefined : this.defaults.get(part.slice(dot + 1).toLowerCase());
  }

  /** The first part declared with one of `types`. */
  partOfType(types: ReadonlySet<string>): string | undefined {
    for (const [part, type] of this.overrides) if (types.has(type)) return part;
    return undefined;
  }
}

// ——— workbook.xml ———

interface DeclaredSheet {
  name: string;
  state: SheetInfo['state'];
  relationshipId: string | undefined;
}

class WorkbookHandler implements XmlHandler {
  readonly sheets: DeclaredSheet[] = [];
  date1904 = false;
  isWorkbook = false;
  private root = true;

  open(name: string, attributes: Attributes): Signal {
    if (this.root) {
      this.root = false;
      this.isWorkbook = name === 'workbook';
      if (!this.isWorkbook) return HALT;
    }
    if (name === 'workbookPr') this.date1904 = isTrue(attributes.get('date1904'));
    else if (name === 'sheet') {
      const state = attributes.get('state');
      this.sheets.push({
        name: attributes.get('name') ?? '',
        state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
        relationshipId: relationshipId(attributes),
      });
    }
  }

  close(): Signal {}
  text(): Signal {}
}

/** r:id, under whatever prefix the writer bound to the relationships namespace. */
function relationshipId(attributes: Attributes): string | undefined {
  return attributes.entries().find(([key]) => key.endsWith(':id'))?.[1];
}

// ——— refusals ———

/** A type alias, not an interface, so that it can be passed as template parameters. */
type DocumentKind = { what: LocalText; advice: LocalText };

const CHOOSE_XLSX = { zh: '请选择 .xlsx 工作簿。', en: 'Choose an .xlsx workbook.' };
const OTHER_ZIP: DocumentKind = {
  what: { zh: '这是一个 ZIP 压缩包，其中没有 Excel 工作簿', en: 'it is a ZIP archive without an Excel workbook in it' },
  advice: CHOOSE_XLSX,
};

/**
 * What the main part is when its content type says it is another kind of document; undefined otherwise, and then
 * workbook.xml's root element decides (some writers declare it only as plain XML).
 */
function documentKind(type: string | undefined): DocumentKind | undefined {
  if (type === 'application/vnd.ms-excel.sheet.binary.macroenabled.main') {
    return {
      what: { zh: '这是 Excel 二进制工作簿（.xlsb）', en: 'it is an Excel binary workbook (.xlsb)' },
      advice: { zh: '请在 Excel 中打开它，另存为“Excel 工作簿 (*.xlsx)”后再导入。', en: 'Open it in Excel, save it as "Excel Workbook (*.xlsx)", and import that file.' },
    };
  }
  if (type?.includes('wordprocessingml')) return { what: { zh: '这是 Word 文档（.docx）', en: 'it is a Word document (.docx)' }, advice: CHOOSE_XLSX };
  if (type?.includes('presentationml')) return { what: { zh: '这是 PowerPoint 演示文稿（.pptx）', en: 'it is a PowerPoint presentation (.pptx)' }, advice: CHOOSE_XLSX };
  return undefined;
}

/** A ZIP without [Content_Types].xml: say what it is when it is something a clerk is likely to pick by mistake. */
function notOpenXml(archive: WorkbookArchive): WorkbookFailure {
  if (archive.part(MANIFEST_ENTRY) && archive.part(CATALOG_ENTRY)) {
    return notWorkbook({
      what: { zh: '这是 Mulu 目录包（已签名的 .zip），不是工作簿', en: 'it is a Mulu catalog package (a signed .zip), not a workbook' },
      advice: { zh: '目录包请用“验证目录包”功能打开（命令行：mulu verify）。', en: 'Open a package with "verify package" (command line: mulu verify).' },
    });
  }
  if (archive.part('mimetype') && archive.part('content.xml')) {
    return notWorkbook({
      what: { zh: '这是 OpenDocument 文件（如 .ods 表格）', en: 'it is an OpenDocument file (such as an .ods spreadsheet)' },
      advice: { zh: '请在 WPS 或 LibreOffice 中打开它，另存为 .xlsx 后再导入。', en: 'Open it in WPS or LibreOffice, save it as .xlsx, and import that file.' },
    });
  }
  return notWorkbook(OTHER_ZIP);
}

function notWorkbook(kind: DocumentKind): WorkbookFailure {
  return workbookFailure('notWorkbook', kind);
}

function missingPart(part: string): WorkbookFailure {
  const shown = displayName(part);
  return damagedFailure({ zh: `缺少部件“${shown}”`, en: `part "${shown}" is missing` });
}
