// Any JavaScript string must survive the writer's XML: well-formed for a strict XML 1.0 parser, and given back
// exactly by the OOXML ST_Xstring rule (_xHHHH_ is the UTF-16 unit HHHH), which is how Excel reads cell text.
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { escapeXmlAttribute, escapeXmlText, textElement } from '../../../../core/xlsx/xml-escape.ts';

/** Parses a tiny document strictly; returns the attribute `a` of <x> and the text of <t>. */
function parse(xml: string): { attribute: string | undefined; text: string } {
  const parser = new SaxesParser();
  let attribute: string | undefined;
  let text = '';
  let inT = false;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    if (tag.name === 'x') attribute = tag.attributes.a as string;
    if (tag.name === 't') inT = true;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 't') inT = false;
  });
  parser.on('text', (t) => {
    if (inT) text += t;
  });
  parser.write(xml).close();
  return { attribute, text };
}

/** The reader's side of ST_Xstring, written from the spec rather than from the writer. */
const decodeXstring = (s: string) => s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

// Every UTF-16 unit (lone surrogates included), astral characters, and the sequences the escape must not confuse.
const unit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.constantFrom('_x', '_x0041_', '_x005F_', '_X00ff_', '_xD800_', '&amp;', ']]>', '\r\n', ' ', '\t', '\n', '数据'),
);
const anyText = fc.string({ unit, maxLength: 40 });

describe('XML escaping (ST_Xstring)', () => {
  it('gives back any text exactly through a strict XML parser and _xHHHH_ decoding', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parse(`<x a="${escapeXmlAttribute(text)}">${textElement(text)}</x>`);
        expect(decodeXstring(parsed.text)).toBe(text);
        expect(decodeXstring(parsed.attribute!)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes characters XML cannot hold as _xHHHH_ and protects a literal _xHHHH_', () => {
    expect(escapeXmlText('a\u0000b\u001Fc\uFFFEd\uD800')).toBe('a_x0000_b_x001F_c_xFFFE_d_xD800_');
    expect(escapeXmlText('_x0041_')).toBe('_x005F_x0041_');
    expect(escapeXmlText('_x004_ and _xZZZZ_')).toBe('_x004_ and _xZZZZ_');
    expect(escapeXmlText('😀 <&> "q"')).toBe('😀 &lt;&amp;&gt; "q"');
  });

  it('keeps edge whitespace with xml:space="preserve" and only then', () => {
    expect(textElement(' a')).toBe('<t xml:space="preserve"> a</t>');
    expect(textElement('a\n')).toBe('<t xml:space="preserve">a\n</t>');
    expect(textElement('a b')).toBe('<t>a b</t>');
    // U+3000 (ideographic space) is not XML whitespace: no parser trims it.
    expect(textElement('\u3000a')).toBe('<t>\u3000a</t>');
  });
});
