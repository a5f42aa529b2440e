// The XML event parser under the workbook reader, a streaming scanner made for workbook parts. saxes, the strict
// XML 1.0 parser it replaced, is the oracle: on any well-formed document, cut into chunks anywhere, both give the
// same elements, attributes and text. Malformed input is refused with a line and column, whatever the chunking.
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { MAX_ATTRIBUTES_PER_TAG, XmlEventParser, XmlSyntaxError } from '../../../../core/xlsx/xml-events.ts';

type Event = ['open', string, Record<string, string>] | ['close', string] | ['text', string];

/** Adjacent text events joined and empty ones dropped: where a text node is split is not part of the contract. */
function push(events: Event[], event: Event): void {
  const last = events.at(-1);
  if (event[0] === 'text' && event[1] === '') return;
  if (event[0] === 'text' && last?.[0] === 'text') last[1] += event[1];
  else events.push(event);
}

/** saxes's events, less the white space it reports outside the root element (which XmlEventParser skips). */
function viaSaxes(xml: string): Event[] {
  const events: Event[] = [];
  const parser = new SaxesParser({ xmlns: false });
  let depth = 0;
  parser.on('opentag', (tag) => void (depth++, push(events, ['open', tag.name, { ...tag.attributes }])));
  parser.on('closetag', (tag) => void (depth--, push(events, ['close', tag.name])));
  parser.on('text', (text) => depth > 0 && push(events, ['text', text]));
  parser.on('cdata', (text) => push(events, ['text', text]));
  parser.write(xml).close();
  return events;
}

/** Parses `xml` written in chunks of the given sizes (cycled); the events, or the syntax error. */
function parse(xml: string, sizes: readonly number[] = [xml.length || 1], maxPendingChars = 1 << 20): Event[] | XmlSyntaxError {
  const events: Event[] = [];
  const parser = new XmlEventParser(
    {
      open: (name, attributes) => push(events, ['open', name, Object.fromEntries(attributes.entries())]),
      close: (name) => push(events, ['close', name]),
      text: (text) => push(events, ['text', text]),
    },
    maxPendingChars,
  );
  try {
    for (let at = 0, i = 0; at < xml.length; at += sizes[i++ % sizes.length]!) parser.write(xml.slice(at, at + sizes[i % sizes.length]!));
    parser.end();
    return events;
  } catch (error) {
    if (error instanceof XmlSyntaxError) return error;
    throw error;
  }
}

function syntaxError(result: Event[] | XmlSyntaxError): XmlSyntaxError {
  if (!(result instanceof XmlSyntaxError)) throw new Error(`expected a syntax error, got ${JSON.stringify(result)}`);
  return result;
}

// ——— well-formed documents ———

const names = fc.constantFrom('a', 'row', 'c', 'x:row', 'si', 't', '数据');
/** Pieces of raw character data: references of every kind, line ends, tabs, quotes, CJK, astral and C1 characters. */
const dataPieces = ['中文', 'abc', ' ', '\n', '\r\n', '\r', '\t', '&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&#20013;', '&#x4E2D;', '&#x80;', '&#x9F;', '&#128512;', '&#x1F600;', '&#13;', '&#10;', '&#9;', '>', '😀', '\u0085', '_x000D_'];
const rawText = fc.array(fc.constantFrom(...dataPieces, "'", '"'), { minLength: 1, maxLength: 6 }).map((p) => p.join(''));
const attribute = fc.tuple(
  fc.constantFrom('r', 's', 't', 'r:id', 'xml:space', 'val'),
  fc.constantFrom('"', "'"),
  fc.array(fc.constantFrom(...dataPieces), { maxLength: 4 }),
  fc.constantFrom('=', ' = ', '\n=\t'),
);
/** White space XML allows between the attributes, before ">" and "/>", and after an end tag's name. */
const space = fc.constantFrom('', '', ' ', '\r\n\t');
const cdata = fc.array(fc.constantFrom('<', '&', '中', '\r\n', '\r', '>', 'x', ']'), { maxLength: 5 }).map((p) => `<![CDATA[${p.join('').replace(/]+>/g, '>')}]]>`);
const misc = fc.constantFrom('<!-- 注释 -->', '<?pi 数据 ?>', '<?target?>');

const { element } = fc.letrec<{ element: string; node: string }>((tie) => ({
  element: fc
    .tuple(names, fc.uniqueArray(attribute, { selector: ([n]) => n, maxLength: 3 }), fc.array(tie('node'), { maxLength: 4, depthIdentifier: 'xml' }), fc.boolean(), space, space)
    .map(([name, attributes, children, empty, before, after]) => {
      const open = `<${name}${attributes.map(([n, q, v, eq]) => ` ${n}${eq}${q}${v.join('')}${q}`).join('')}${before}`;
      return children.length === 0 && empty ? `${open}/>` : `${open}>${children.join('')}</${name}${after}>`;
    }),
  node: fc.oneof({ maxDepth: 4, depthIdentifier: 'xml', withCrossShrink: true }, rawText, tie('element'), cdata, misc),
}));

/** A document, and where its root element ends. */
const document = fc
  .tuple(fc.boolean(), fc.constantFrom('', '\n', '\r\n  ', '<!-- 前 -->\n'), element, fc.constantFrom('', '\n', ' <!-- 后 --> ', '<?after?>\n'))
  .map(([declaration, before, root, after]) => {
    const prolog = `${declaration ? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' : ''}${before}`;
    return { xml: prolog + root + after, rootEnd: prolog.length + root.length };
  });
const chunkSizes = fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 });

describe('well-formed XML', () => {
  it('gives what saxes gives, in whatever chunks the document arrives', () => {
    fc.assert(
      fc.property(document, chunkSizes, ({ xml }, sizes) => {
        expect(parse(xml, sizes)).toEqual(viaSaxes(xml));
      }),
      { numRuns: 1000 },
    );
  });

  it('decodes references as XML does, not as HTML does (no Windows-1252 for &#x80;–&#x9F;)', () => {
    expect(parse('<a b="&#x80;&#9;&#10;">&#x80;&#128;&#x9F;</a>')).toEqual([['open', 'a', { b: '\u0080\t\n' }], ['text', '\u0080\u0080\u009F'], ['close', 'a']]);
  });

  it('normalizes line ends in text and white space in attribute values', () => {
    expect(parse('<a b="1\r\n2\t3\n4">x\r\ny\rz</a>')).toEqual([['open', 'a', { b: '1 2 3 4' }], ['text', 'x\ny\nz'], ['close', 'a']]);
    // A CR LF cut between two chunks is still one line end.
    expect(parse('<a>x\r\ny</a>', [5])).toEqual([['open', 'a', {}], ['text', 'x\ny'], ['close', 'a']]);
  });
});

// ——— malformed documents ———

describe('malformed XML', () => {
  it.each([
    ['a mismatched end tag', '<a><b></a>', 'does not match'],
    ['an end tag without a start tag', '<a></a></b>', 'without a start tag'],
    ['an element after the root', '<a/><b/>', 'after the root'],
    ['text after the root', '<a/>x', 'outside the root'],
    ['text before the root', 'x<a/>', 'outside the root'],
    ['CDATA after the root', '<a/><![CDATA[x]]>', 'outside the root'],
    ['no root element', '<?xml version="1.0"?>\n', 'no root'],
    ['an unclosed element', '<a><b/>', 'ends inside element <a>'],
    ['an unterminated comment', '<a><!-- ', 'ends inside a comment'],
    ['an unterminated CDATA section', '<a><![CDATA[x', 'ends inside a CDATA section'],
    ['an entity declared in a DOCTYPE', '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', 'DOCTYPE'],
    ['an undeclared entity', '<a>&nbsp;</a>', 'unknown entity'],
    ['a reference without its semicolon', '<a>&amp</a>', 'unknown entity'],
    ['a bare ampersand', '<a>R&D</a>', 'unknown entity'],
    ['a reference to a character XML excludes', '<a>&#0;</a>', 'unknown entity'],
    ['a reference to a surrogate', '<a>&#xD800;</a>', 'unknown entity'],
    ['a reference beyond Unicode', '<a b="&#x110000;"/>', 'unknown entity'],
    ['a name inherited by every object', '<a>&constructor;</a>', 'unknown entity'],
    ['a "<" in text', '<a>1 < 2</a>', '"<"'],
    ['a "<" in an attribute value', '<a b="1<2"/>', '"<"'],
    ['an unquoted attribute value', '<a b=1/>', 'no quoted value'],
    ['an attribute without a value', '<a b/>', 'no quoted value'],
    ['a repeated attribute', '<a b="1" b="2"/>', 'repeated'],
    ['attributes without white space between them', '<a b="1"c="2"/>', 'no white space between attributes'],
    ['an attribute without a name', '<a ="1"/>', 'without a name'],
    ['a "/" inside a tag', '<a / >', '"/" not followed by ">"'],
    ['more than a name in an end tag', '<a></a b>', 'more than a name'],
    ['an end tag naming a longer element', '<a></ab>', 'does not match'],
    ['a "<" before something that cannot start a name', '<a><1/></a>', '"<"'],
    ['a tag cut short at the end', '<a><b c="1"', 'ends inside a tag'],
    ['a control character', '<a>\u0001</a>', 'U+0001'],
    ['a non-character', '<a b="\uFFFE"/>', 'U+FFFE'],
  ])('refuses %s, in any chunks', (_, xml, says) => {
    expect(() => viaSaxes(xml)).toThrow(); // saxes refuses it as well
    for (const size of [xml.length, 1, 2, 3]) expect(syntaxError(parse(xml, [size])).detail.en).toContain(says);
  });

  it('refuses a DOCTYPE even when nothing uses it, as OPC requires (saxes would accept it)', () => {
    for (const size of [1, 100]) expect(syntaxError(parse('<?xml version="1.0"?>\n<!DOCTYPE worksheet>\n<worksheet/>', [size])).detail.en).toContain('DOCTYPE');
  });

  it('tells the line and column of the problem', () => {
    const failed = syntaxError(parse('<a>\n<b>\n</c></b></a>'));
    expect([failed.line, failed.column]).toEqual([3, 3]);
    expect(failed.message).toBe('3:3: end tag </c> does not match start tag <b>');
    expect(failed.detail.zh).toBe('结束标记 </c> 与开始标记 <b> 不匹配');
  });

  it('refuses every document cut short before its root element ends', () => {
    fc.assert(
      fc.property(document, chunkSizes, fc.nat(), ({ xml, rootEnd }, sizes, at) => {
        expect(parse(xml.slice(0, at % rootEnd), sizes)).toBeInstanceOf(XmlSyntaxError);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses a document with one end tag dropped, or two swapped', () => {
    fc.assert(
      fc.property(document, fc.nat(), fc.boolean(), ({ xml }, pick, swap) => {
        const ends = [...xml.matchAll(/<\/([^\s>]+)[^>]*>/g)];
        fc.pre(ends.length >= 2);
        const [one, other] = [ends[pick % ends.length]!, ends[(pick + 1) % ends.length]!];
        fc.pre(!swap || one[1] !== other[1]); // the same name swapped changes nothing
        const [first, second] = one.index < other.index ? [one, other] : [other, one];
        const changed = swap
          ? xml.slice(0, first.index) + second[0] + xml.slice(first.index + first[0].length, second.index) + first[0] + xml.slice(second.index + second[0].length)
          : xml.slice(0, one.index) + xml.slice(one.index + one[0].length);
        expect(parse(changed)).toBeInstanceOf(XmlSyntaxError);
      }),
      { numRuns: 500 },
    );
  });
});

describe('any input at all', () => {
  /** Pieces that make scanners stumble: every markup opener, quotes, references, line ends, CJK. */
  const pieces = ['<', '>', '</', '/>', '<!--', '-->', '<![CDATA[', ']]>', '<?', '?>', '<!', '=', '"', "'", ' ', '\r', '\n', '&', ';', '&#x41;', 'a', 'b', 'x:c', '中', '/'];
  const input = fc.oneof(
    fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join('')),
    // Well-formed documents with one piece inserted somewhere.
    fc.tuple(document, fc.nat(), fc.constantFrom(...pieces)).map(([{ xml }, at, piece]) => xml.slice(0, at % (xml.length + 1)) + piece + xml.slice(at % (xml.length + 1))),
  );

  it('gives the same events, or refuses with the same reason, however it is cut into chunks; never throws anything else', () => {
    fc.assert(
      fc.property(input, chunkSizes, (xml, sizes) => {
        const whole = parse(xml);
        const chunked = parse(xml, sizes);
        if (whole instanceof XmlSyntaxError) expect(syntaxError(chunked).detail).toEqual(whole.detail);
        else expect(chunked).toEqual(whole);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the bound on one token', () => {
  const CAP = 1000;
  /** The bound is checked after each chunk, so a token is refused once it is longer than the bound at a chunk's end. */
  const over = 'x'.repeat(2 * CAP);

  it.each([
    ['a text node', `<a>${over}</a>`],
    ['an attribute value', `<a b="${over}"/>`],
    ['a comment', `<a><!--${over}--></a>`],
    ['a tag name', `<a><${over}/></a>`],
    ['a CDATA section', `<a><![CDATA[${over}]]></a>`],
  ])('refuses %s longer than the bound, arriving in small chunks', (_, xml) => {
    expect(syntaxError(parse(xml, [64], CAP)).detail.en).toBe(`more than ${CAP} characters without markup`);
  });

  it('lets any number of tokens through as long as each is shorter than the bound', () => {
    const within = 'x'.repeat(CAP - 20);
    const xml = `<a b="${within}">${`<c>${within}</c><!--${within}-->`.repeat(50)}</a>`;
    const events = parse(xml, [64], CAP);
    expect(events).toEqual(viaSaxes(xml));
  });
});

describe('many attributes on one tag', () => {
  const tagWith = (n: number, repeat?: string) => `<row ${Array.from({ length: n }, (_, i) => `a${i}="${i}"`).join(' ')}${repeat ? ` ${repeat}="x"` : ''}/>`;

  it('refuses more than MAX_ATTRIBUTES_PER_TAG, in Chinese (50,000 once took ~37 s)', () => {
    const error = syntaxError(parse(tagWith(50_000), [16 * 1024]));
    expect(error.detail.zh).toContain(`属性超过 ${MAX_ATTRIBUTES_PER_TAG} 个`);
  });

  it('finds a repeated name among as many attributes as allowed', () => {
    for (let k = 0; k < 20; k++) expect(syntaxError(parse(tagWith(MAX_ATTRIBUTES_PER_TAG - 1, 'a3'))).detail.zh).toContain('属性 a3 重复');
    const events = parse(tagWith(MAX_ATTRIBUTES_PER_TAG));
    expect(Array.isArray(events) && events[0]![0] === 'open' && Object.keys(events[0]![2] as object).length).toBe(MAX_ATTRIBUTES_PER_TAG);
  });
});
