// Escaping text for SpreadsheetML. Besides the five XML specials, a cell may hold characters XML 1.0 cannot carry
// at all (C0 controls, U+FFFE/U+FFFF, lone surrogates, e.g. from a paste out of a legacy system). OOXML's ST_Xstring
// writes those as _xHHHH_, and a literal "_xHHHH_" in the data gets its underscore escaped as _x005F_ so that a
// reader does not decode it; Excel writes and reads the same. Nothing the caller gave is lost or replaced.

// In a /u regex [\uD800-\uDFFF] matches only lone surrogates: a valid pair is one code point.
const TEXT_SPECIALS = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]|_(?=x[0-9A-Fa-f]{4}_)/gu;
// Attribute values are whitespace-normalised by XML parsers, so tab, CR and LF go out as character references.
const ATTRIBUTE_SPECIALS = /[&<>"\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]|_(?=x[0-9A-Fa-f]{4}_)/gu;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  // A literal CR in XML text is read back as LF (end-of-line normalisation); a reference keeps it.
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
  _: '_x005F_',
};

function escapeOne(char: string): string {
  return ENTITIES[char] ?? `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
}

/** Text content of an element (<t>, <formula1>, <definedName>). */
export function escapeXmlText(text: string): string {
  return text.replace(TEXT_SPECIALS, escapeOne);
}

/** A value inside double quotes. */
export function escapeXmlAttribute(text: string): string {
  return text.replace(ATTRIBUTE_SPECIALS, escapeOne);
}

/** Excel trims leading and trailing whitespace of <t> unless told to keep it. */
const EDGE_WHITESPACE = /^[ \t\n\r]|[ \t\n\r]$/;

/** A <t> element for a string item (shared string or comment text). */
export function textElement(text: string): string {
  const open = EDGE_WHITESPACE.test(text) ? '<t xml:space="preserve">' : '<t>';
  return `${open}${escapeXmlText(text)}</t>`;
}
