// The package-level parts of an .xlsx: relationships, document properties, workbook.xml and [Content_Types].xml.
import type { WrittenPart } from './write-zip.ts';
import { escapeXmlAttribute, escapeXmlText } from './xml-escape.ts';

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

const SPREADSHEET_ML = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
export const CONTENT_TYPE = {
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  coreProperties: 'application/vnd.openxmlformats-package.core-properties+xml',
  appProperties: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  workbook: `${SPREADSHEET_ML}.sheet.main+xml`,
  worksheet: `${SPREADSHEET_ML}.worksheet+xml`,
  comments: `${SPREADSHEET_ML}.comments+xml`,
  styles: `${SPREADSHEET_ML}.styles+xml`,
  sharedStrings: `${SPREADSHEET_ML}.sharedStrings+xml`,
} as const;

/** Content types given by file extension; every other part gets an Override. */
const DEFAULTS: ReadonlyArray<readonly [extension: string, contentType: string]> = [
  ['rels', CONTENT_TYPE.relationships],
  ['vml', CONTENT_TYPE.vml],
  ['xml', 'application/xml'],
];

export const REL_TYPE = {
  officeDocument: `${REL_NS}/officeDocument`,
  coreProperties: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  extendedProperties: `${REL_NS}/extended-properties`,
  worksheet: `${REL_NS}/worksheet`,
  styles: `${REL_NS}/styles`,
  sharedStrings: `${REL_NS}/sharedStrings`,
  comments: `${REL_NS}/comments`,
  vmlDrawing: `${REL_NS}/vmlDrawing`,
} as const;

export interface Relationship {
  type: string;
  target: string;
}

/** A .rels part; relationship ids are rId1, rId2, … in the order given. */
export function relationshipsXml(relationships: readonly Relationship[]): string {
  const items = relationships.map((r, i) => `<Relationship Id="rId${i + 1}" Type="${r.type}" Target="${escapeXmlAttribute(r.target)}"/>`);
  return `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_REL_NS}">${items.join('')}</Relationships>`;
}

/** _rels/.rels: the workbook and the two property parts. */
export function rootRelationshipsXml(): string {
  return relationshipsXml([
    { type: REL_TYPE.officeDocument, target: 'xl/workbook.xml' },
    { type: REL_TYPE.coreProperties, target: 'docProps/core.xml' },
    { type: REL_TYPE.extendedProperties, target: 'docProps/app.xml' },
  ]);
}

/** W3CDTF as Office writes it: date, time and a zone, optionally with fractions of a second. */
const W3CDTF = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export function corePropertiesXml(creator: string, modified: string): string {
  if (!W3CDTF.test(modified)) throw new RangeError(`modified must be an ISO time such as 2000-01-01T00:00:00Z, got '${modified}'`);
  const who = escapeXmlText(creator);
  return (
    XML_DECLARATION +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${who}</dc:creator><cp:lastModifiedBy>${who}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${modified}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${modified}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export function appPropertiesXml(): string {
  return `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Mulu</Application></Properties>`;
}

export interface WorkbookSheet {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  autoFilter: string | undefined;
}

/** xl/workbook.xml; sheet n (1-based) is relationship rIdn of the workbook. */
export function workbookXml(sheets: readonly WorkbookSheet[], activeTab: number): string {
  const sheetList = sheets.map(
    (sheet, i) => `<sheet name="${escapeXmlAttribute(sheet.name)}" sheetId="${i + 1}"${sheet.state === 'visible' ? '' : ` state="${sheet.state}"`} r:id="rId${i + 1}"/>`,
  );
  // Excel keeps each sheet's filter range in this hidden name as well as in <autoFilter>; write both, as Excel does.
  const filterNames = sheets.flatMap((sheet, i) =>
    sheet.autoFilter === undefined
      ? []
      : [`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeXmlText(`${quotedSheetName(sheet.name)}!${absoluteRange(sheet.autoFilter)}`)}</definedName>`],
  );
  return (
    XML_DECLARATION +
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<workbookPr/><bookViews><workbookView activeTab="${activeTab}"/></bookViews>` +
    `<sheets>${sheetList.join('')}</sheets>` +
    (filterNames.length ? `<definedNames>${filterNames.join('')}</definedNames>` : '') +
    '</workbook>'
  );
}

/** xl/_rels/workbook.xml.rels: the sheets (rId1…rIdN), then styles and shared strings. */
export function workbookRelationshipsXml(sheetCount: number): string {
  const sheets = Array.from({ length: sheetCount }, (_, i) => ({ type: REL_TYPE.worksheet, target: `worksheets/sheet${i + 1}.xml` }));
  return relationshipsXml([...sheets, { type: REL_TYPE.styles, target: 'styles.xml' }, { type: REL_TYPE.sharedStrings, target: 'sharedStrings.xml' }]);
}

/** [Content_Types].xml covering every part written (the file itself needs no entry). */
export function contentTypesXml(parts: readonly WrittenPart[]): string {
  const defaults = DEFAULTS.map(([extension, type]) => `<Default Extension="${extension}" ContentType="${type}"/>`);
  const defaultOf = new Map(DEFAULTS);
  const overrides = parts
    .filter((part) => defaultOf.get(part.name.slice(part.name.lastIndexOf('.') + 1)) !== part.contentType)
    .map((part) => `<Override PartName="/${escapeXmlAttribute(part.name)}" ContentType="${part.contentType}"/>`);
  return `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${defaults.join('')}${overrides.join('')}</Types>`;
}

/** 'Sheet'!… — always quoted, which Excel accepts for any name. */
function quotedSheetName(name: string): string {
  return `'${name.replaceAll("'", "''")}'`;
}

/** 'A2:Z20001' → '$A$2:$Z$20001'. */
function absoluteRange(range: string): string {
  return range.replace(/([A-Z]+)([0-9]+)/g, '$$$1$$$2');
}
