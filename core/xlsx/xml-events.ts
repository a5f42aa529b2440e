// Well-formed XML as events, for the workbook reader: a streaming scanner made for what workbook parts contain.
// It finds markup with indexOf and reads a tag in one pass, so it does far less per character than a general
// tokenizer driven one character at a time (saxes, then htmlparser2's, were each the largest cost of a county
// import: docs/decisions/0003-own-xml-scanner.md). It keeps what a strict XML 1.0 parser guarantees and refuses the rest:
// - elements nest (every end tag closes the element open last; none is left open at the end: a truncated part is
//   an error), one root element, nothing but comments, processing instructions and white space around it;
// - text and attribute values are decoded: the five predefined entities and character references to XML
//   characters, anything else is an error; line ends are normalized (CR LF and CR to LF), and so is white space in
//   attribute values, as XML specifies; "<" and characters XML excludes (controls other than tab and line ends,
//   U+FFFE, U+FFFF) are errors;
// - attributes are quoted, separated by white space and not repeated; "/" in a tag only as its end ("/>");
//   an end tag holds its name and nothing but white space after it;
// - a DOCTYPE or any other <!…> declaration is an error: OPC forbids DTDs (ECMA-376 Part 2 §8.1.4, M1.18), so
//   no entity is ever expanded ("billion laughs") and nothing external is fetched;
// - the characters held for one token (a text node, a tag with its attributes, a comment…) are bounded, so a
//   hostile part with a gigantic unterminated token fails instead of exhausting memory.
// Not checked, as they change nothing a handler receives: which characters names use beyond their first, "]]>" in
// text, "--" in a comment, the target of a processing instruction.
import type { LocalText } from '../i18n/text.ts';
import { displayName } from '../zip/failures.ts';

/**
 * A start tag's attributes, decoded. The parser fills the same instance for every tag, so it is valid only during
 * the open() call that receives it: a county workbook has some 11 million tags, and a fresh object for each, its
 * properties added under names read from the input, cost a tenth of the import in generic property stores and
 * garbage collection.
 */
export interface Attributes {
  get(name: string): string | undefined;
  /** Every attribute as [name, value], in document order (a new array). */
  entries(): [string, string][];
}

/**
 * No workbook part needs more attributes on one tag than this (a root element with its namespace declarations has
 * a few dozen at most); beyond it a tag is refused, so a hostile part cannot make one tag arbitrarily costly.
 */
export const MAX_ATTRIBUTES_PER_TAG = 1000;

/** Up to this many attributes the duplicate check scans the list (cheapest for the usual 1–3); beyond, an index. */
const SCANNED_ATTRIBUTES = 8;

class AttributeList implements Attributes {
  private readonly names: string[] = [];
  private readonly values: string[] = [];
  private count = 0;
  /** Name → position, built only for a tag with many attributes, so a repeated name is found in constant time. */
  private index: Map<string, number> | undefined;

  get length(): number {
    return this.count;
  }

  get(name: string): string | undefined {
    if (this.index) {
      const i = this.index.get(name);
      return i === undefined ? undefined : this.values[i];
    }
    for (let i = 0; i < this.count; i++) if (this.names[i] === name) return this.values[i];
    return undefined;
  }

  entries(): [string, string][] {
    return this.names.slice(0, this.count).map((name, i) => [name, this.values[i]!]);
  }

  clear(): void {
    this.count = 0;
    this.index = undefined;
  }

  /** False, and nothing added, when the tag already has an attribute of this name. */
  add(name: string, value: string): boolean {
    if (this.get(name) !== undefined) return false;
    if (this.count === SCANNED_ATTRIBUTES && !this.index) {
      this.index = new Map();
      for (let i = 0; i < this.count; i++) this.index.set(this.names[i]!, i);
    }
    this.index?.set(name, this.count);
    this.names[this.count] = name;
    this.values[this.count++] = value;
    return true;
  }
}

export interface XmlEvents {
  open(name: string, attributes: Attributes): void;
  /** Also right after open() for an empty-element tag (<c r="A1"/>). */
  close(name: string): void;
  /** A text node or CDATA section, decoded; adjacent ones may arrive as separate calls. */
  text(text: string): void;
}

/** Thrown by write() and end() at the first thing that is not well-formed: where (1-based) and what. */
export class XmlSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly detail: LocalText,
  ) {
    super(`${line}:${column}: ${detail.en}`);
  }
}

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const BANG = 0x21;
const DOUBLE_QUOTE = 0x22;
const AMP = 0x26;
const SINGLE_QUOTE = 0x27;
const SLASH = 0x2f;
const COLON = 0x3a;
const LT = 0x3c;
const EQUALS = 0x3d;
const GT = 0x3e;
const QUESTION = 0x3f;
const UNDERSCORE = 0x5f;

const COMMENT_OPEN = '<!--';
const CDATA_OPEN = '<![CDATA[';

/** What a piece of character data is, which decides how it is decoded. */
type Content = 'text' | 'attribute' | 'cdata';

const PREDEFINED = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

/** Returned by the markup readers when the markup goes on beyond the input written so far. */
const INCOMPLETE = -1;

const STRAY_LT: LocalText = { zh: '文字或属性值中有“<”', en: 'a "<" in text or an attribute value' };

export class XmlEventParser {
  /**
   * Input not yet consumed: at most one markup token cut by the end of a chunk, then the next chunk. It starts at
   * absolute position `dataStart`; text is taken out of it at once (into `text`), so it never holds a text node.
   */
  private data = '';
  private dataStart = 0;
  private written = 0;
  /** Lines before `dataStart`, and where the last of them starts, for positions in messages. */
  private linesBefore = 0;
  private lineStartBefore = 0;

  private readonly stack: string[] = [];
  private rootSeen = false;
  private readonly attributes = new AttributeList();
  /** Raw text gathered since the last markup (it may span chunks), and where it starts; -1 when there is none. */
  private text = '';
  private textStart = -1;
  /** Whether `text` has nothing to decode (no references, CRs or characters to refuse). */
  private textPlain = true;

  constructor(
    private readonly events: XmlEvents,
    private readonly maxPendingChars: number,
  ) {}

  write(chunk: string): void {
    if (!chunk.length) return;
    this.written += chunk.length;
    this.data = this.data.length ? this.data + chunk : chunk;
    this.consume(this.scan());
    const heldFrom = this.textStart >= 0 ? this.textStart : this.dataStart;
    if (this.written - heldFrom > this.maxPendingChars) {
      this.fail(this.written, { zh: `超过 ${this.maxPendingChars} 个字符中没有任何标记`, en: `more than ${this.maxPendingChars} characters without markup` });
    }
  }

  end(): void {
    if (this.data.length) this.unterminated();
    this.flushText();
    const open = this.stack.at(-1);
    if (open !== undefined) this.fail(this.written, { zh: `内容不完整：元素 <${displayName(open)}> 没有结束`, en: `the content ends inside element <${displayName(open)}>` });
    if (!this.rootSeen) this.fail(this.written, { zh: '没有根元素', en: 'no root element' });
  }

  /** Reads text and whole markup tokens from `data`; returns where the first incomplete token starts. */
  private scan(): number {
    const { data } = this;
    const length = data.length;
    let at = 0;
    while (at < length) {
      if (data.charCodeAt(at) !== LT) {
        // One pass finds the text's end and whether it needs decoding at all (most cell values do not).
        let end = at;
        let plain = true;
        for (let c; end < length && (c = data.charCodeAt(end)) !== LT; end++) if (!isPlain(c, 'text')) plain = false;
        this.gatherText(at, end, plain);
        at = end;
        continue;
      }
      const next = this.markup(data, at);
      if (next === INCOMPLETE) break;
      at = next;
    }
    return at;
  }

  /** The markup token at `at` (a "<"): handled, and the position after it; or INCOMPLETE. */
  private markup(data: string, at: number): number {
    if (at + 1 >= data.length) return INCOMPLETE;
    switch (data.charCodeAt(at + 1)) {
      case SLASH:
        return this.endTag(data, at);
      case QUESTION: {
        const end = data.indexOf('?>', at + 2);
        if (end < 0) return INCOMPLETE;
        this.flushText();
        return end + 2;
      }
      case BANG:
        return this.declaration(data, at);
      default:
        return this.startTag(data, at);
    }
  }

  private startTag(data: string, at: number): number {
    const length = data.length;
    if (!isNameStart(data.charCodeAt(at + 1))) this.fail(this.position(at), STRAY_LT);
    let i = at + 2;
    let c = 0;
    while (i < length && !isWhiteSpace((c = data.charCodeAt(i))) && c !== GT && c !== SLASH) i++;
    if (i >= length) return INCOMPLETE;
    this.flushText();
    if (this.rootSeen && !this.stack.length) this.fail(this.position(at), { zh: '根元素之后还有元素', en: 'an element after the root element' });
    const name = slice(data, at + 1, i);
    const attributes = this.attributes;
    attributes.clear();
    for (;;) {
      const spaced = isWhiteSpace(c);
      while (isWhiteSpace(c)) {
        if (++i >= length) return INCOMPLETE;
        c = data.charCodeAt(i);
      }
      if (c === GT) {
        this.rootSeen = true;
        this.stack.push(name);
        this.events.open(name, attributes);
        return i + 1;
      }
      if (c === SLASH) {
        if (i + 1 >= length) return INCOMPLETE;
        if (data.charCodeAt(i + 1) !== GT) this.fail(this.position(i), { zh: `标记 <${displayName(name)}> 中的“/”后面不是“>”`, en: `a "/" not followed by ">" in tag <${displayName(name)}>` });
        this.rootSeen = true;
        this.events.open(name, attributes);
        this.events.close(name);
        return i + 2;
      }
      if (!spaced) this.fail(this.position(i), { zh: `标记 <${displayName(name)}> 的属性之间缺少空白`, en: `no white space between attributes of tag <${displayName(name)}>` });
      i = this.attribute(data, i, name);
      if (i === INCOMPLETE) return INCOMPLETE;
      c = data.charCodeAt(i);
    }
  }

  /** The attribute starting at `at`, added to the list; the position after its closing quote, or INCOMPLETE. */
  private attribute(data: string, at: number, tag: string): number {
    const length = data.length;
    let i = at;
    let c = data.charCodeAt(i);
    // The usual shape in a sheet, r="A1": a one-character name, "=", a double quote.
    if (c < 0x80 && isNameStart(c) && data.charCodeAt(i + 1) === EQUALS && data.charCodeAt(i + 2) === DOUBLE_QUOTE) return this.attributeValue(data, at, i + 2, ASCII_CHARACTERS[c]!, tag);
    while (c !== EQUALS && !isWhiteSpace(c) && c !== GT && c !== SLASH) {
      if (++i >= length) return INCOMPLETE;
      c = data.charCodeAt(i);
    }
    const name = slice(data, at, i);
    if (!name) this.fail(this.position(at), { zh: `标记 <${displayName(tag)}> 中有一个属性缺少名称`, en: `an attribute without a name in tag <${displayName(tag)}>` });
    while (isWhiteSpace(c)) {
      if (++i >= length) return INCOMPLETE;
      c = data.charCodeAt(i);
    }
    if (c === EQUALS) {
      do {
        if (++i >= length) return INCOMPLETE;
        c = data.charCodeAt(i);
      } while (isWhiteSpace(c));
    }
    if (c !== DOUBLE_QUOTE && c !== SINGLE_QUOTE) {
      this.fail(this.position(at), { zh: `属性 ${displayName(name)} 的值没有加引号`, en: `attribute ${displayName(name)} has no quoted value` });
    }
    return this.attributeValue(data, at, i, name, tag);
  }

  /** The quoted value at `quote` of the attribute `name` (which starts at `at`), added to the list; as attribute(). */
  private attributeValue(data: string, at: number, quote: number, name: string, tag: string): number {
    const length = data.length;
    const q = data.charCodeAt(quote);
    let close = quote + 1;
    let plain = true;
    for (let c; close < length && (c = data.charCodeAt(close)) !== q; close++) if (!isPlain(c, 'attribute')) plain = false;
    if (close + 1 >= length) return INCOMPLETE;
    const raw = slice(data, quote + 1, close);
    if (this.attributes.length >= MAX_ATTRIBUTES_PER_TAG) {
      this.fail(this.position(at), {
        zh: `标记 <${displayName(tag)}> 的属性超过 ${MAX_ATTRIBUTES_PER_TAG} 个，不是工作簿应有的内容`,
        en: `tag <${displayName(tag)}> has more than ${MAX_ATTRIBUTES_PER_TAG} attributes, which no workbook part has`,
      });
    }
    if (!this.attributes.add(name, plain ? raw : this.decode(raw, this.position(quote + 1), 'attribute'))) {
      this.fail(this.position(at), { zh: `属性 ${displayName(name)} 重复`, en: `attribute ${displayName(name)} is repeated` });
    }
    return close + 1;
  }

  private endTag(data: string, at: number): number {
    const end = data.indexOf('>', at + 2);
    if (end < 0) return INCOMPLETE;
    this.flushText();
    // Compared in place with the element open last, which is then the name reported: no string made per end tag.
    const open = this.stack.pop();
    let i = at + 2;
    const after = open === undefined ? -1 : i + open.length;
    if (open !== undefined && data.startsWith(open, i) && (after === end || isWhiteSpace(data.charCodeAt(after)))) i = after;
    else {
      while (i < end && !isWhiteSpace(data.charCodeAt(i))) i++;
      const name = displayName(data.slice(at + 2, i));
      if (open === undefined) this.fail(this.position(at + 2), { zh: `多余的结束标记 </${name}>`, en: `end tag </${name}> without a start tag` });
      this.fail(this.position(at + 2), { zh: `结束标记 </${name}> 与开始标记 <${displayName(open)}> 不匹配`, en: `end tag </${name}> does not match start tag <${displayName(open)}>` });
    }
    for (; i < end; i++) {
      if (!isWhiteSpace(data.charCodeAt(i))) this.fail(this.position(i), { zh: `结束标记 </${displayName(open)}> 中名称后有多余内容`, en: `more than a name in end tag </${displayName(open)}>` });
    }
    this.events.close(open);
    return end + 1;
  }

  /** "<!": a comment or a CDATA section; anything else (DOCTYPE, ENTITY…) is refused. */
  private declaration(data: string, at: number): number {
    if (data.startsWith(COMMENT_OPEN, at)) {
      const end = data.indexOf('-->', at + COMMENT_OPEN.length);
      if (end < 0) return INCOMPLETE;
      this.flushText();
      return end + 3;
    }
    if (data.startsWith(CDATA_OPEN, at)) {
      const start = at + CDATA_OPEN.length;
      const end = data.indexOf(']]>', start);
      if (end < 0) return INCOMPLETE;
      this.flushText();
      if (!this.stack.length) this.fail(this.position(at), { zh: '根元素之外有 CDATA', en: 'CDATA outside the root element' });
      const text = this.decode(data.slice(start, end), this.position(start), 'cdata');
      if (text) this.events.text(text);
      return end + 3;
    }
    const rest = data.slice(at, at + CDATA_OPEN.length);
    if (COMMENT_OPEN.startsWith(rest) || CDATA_OPEN.startsWith(rest)) return INCOMPLETE;
    this.fail(this.position(at), { zh: '含有 DOCTYPE 或其他 <!…> 声明（Office Open XML 不允许）', en: 'a DOCTYPE or other <!…> declaration (not allowed in Office Open XML)' });
  }

  /** The input ended inside a markup token. */
  private unterminated(): never {
    const { data } = this;
    const what: LocalText = data.startsWith(COMMENT_OPEN)
      ? { zh: '注释', en: 'comment' }
      : data.startsWith(CDATA_OPEN)
        ? { zh: 'CDATA 段', en: 'CDATA section' }
        : { zh: '标记', en: 'tag' };
    this.fail(this.dataStart, { zh: `内容不完整：${what.zh}没有结束`, en: `the content ends inside a ${what.en}` });
  }

  // ——— helpers ———

  private gatherText(start: number, end: number, plain: boolean): void {
    if (this.textStart < 0) {
      this.textStart = this.position(start);
      this.text = slice(this.data, start, end);
      this.textPlain = plain;
    } else {
      this.text += this.data.slice(start, end);
      this.textPlain &&= plain;
    }
  }

  /** The text gathered since the last markup, decoded and reported; outside the root it may only be white space. */
  private flushText(): void {
    if (this.textStart < 0) return;
    const [raw, start] = [this.text, this.textStart];
    this.text = '';
    this.textStart = -1;
    if (!this.stack.length) {
      if (!/^[ \t\r\n]*$/.test(raw)) this.fail(start, { zh: '根元素之外有文字', en: 'text outside the root element' });
      return;
    }
    this.events.text(this.textPlain ? raw : this.decode(raw, start, 'text'));
  }

  /**
   * Character data as XML defines it. The loop passes over ordinary characters without building anything, so text
   * without references, CRs or (in attributes) tabs and line feeds comes back as the same string.
   */
  private decode(raw: string, at: number, content: Content): string {
    let out = '';
    let from = 0;
    for (let i = 0; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      if (isPlain(c, content)) continue;
      if (c === CR || c === LF || c === TAB) {
        // Line ends become LF; in attribute values, every white space character a space (XML 1.0 §2.11, §3.3.3).
        out += raw.slice(from, i) + (content === 'attribute' ? ' ' : '\n');
        if (c === CR && raw.charCodeAt(i + 1) === LF) i++;
        from = i + 1;
      } else if (c === AMP && content !== 'cdata') {
        const semicolon = raw.indexOf(';', i);
        const character = semicolon < 0 ? undefined : reference(raw.slice(i + 1, semicolon));
        if (character === undefined) {
          const shownRef = displayName(raw.slice(i, semicolon < 0 ? i + 12 : Math.min(semicolon + 1, i + 12)));
          this.fail(at + i, { zh: `无法识别的实体或字符引用“${shownRef}”`, en: `unknown entity or character reference "${shownRef}"` });
        }
        out += raw.slice(from, i) + character;
        i = semicolon;
        from = i + 1;
      } else if (c === LT && content !== 'cdata') {
        this.fail(at + i, STRAY_LT);
      } else if (c !== AMP && c !== LT) {
        this.fail(at + i, { zh: `含有 XML 不允许的字符 U+${hex(c)}`, en: `character U+${hex(c)}, which XML does not allow` });
      }
    }
    return from === 0 ? raw : out + raw.slice(from);
  }

  /** The absolute position of an index into `data`. */
  private position(index: number): number {
    return this.dataStart + index;
  }

  /** Drops the input before `index` (all handled), counting its lines for positions in messages. */
  private consume(index: number): void {
    const { data } = this;
    for (let nl = data.indexOf('\n'); nl >= 0 && nl < index; nl = data.indexOf('\n', nl + 1)) {
      this.linesBefore++;
      this.lineStartBefore = this.dataStart + nl + 1;
    }
    this.data = index === data.length ? '' : data.slice(index);
    this.dataStart += index;
  }

  /** Positions before the input still held (text that began in an earlier chunk) are told as its start. */
  private fail(at: number, detail: LocalText): never {
    const within = Math.max(0, Math.min(at - this.dataStart, this.data.length));
    let [line, lineStart] = [this.linesBefore, this.lineStartBefore];
    for (let nl = this.data.indexOf('\n'); nl >= 0 && nl < within; nl = this.data.indexOf('\n', nl + 1)) {
      line++;
      lineStart = this.dataStart + nl + 1;
    }
    throw new XmlSyntaxError(line + 1, this.dataStart + within - lineStart + 1, detail);
  }
}

/** The one-character ASCII strings, made once: most names and many values in a sheet are one character (c, v, r, s, t; s="1", t="s"). */
const ASCII_CHARACTERS = Array.from({ length: 0x80 }, (_, code) => String.fromCharCode(code));

/** data.slice(start, end), without a new string for one ASCII character. */
function slice(data: string, start: number, end: number): string {
  if (end - start === 1) {
    const c = data.charCodeAt(start);
    if (c < 0x80) return ASCII_CHARACTERS[c]!;
  }
  return data.slice(start, end);
}

/** A character that stands for itself in this content: not a reference, a line end to normalize or one to refuse. */
function isPlain(c: number, content: Content): boolean {
  return c > LT ? c < 0xfffe : c >= 0x20 ? c !== AMP && c !== LT : (c === LF || c === TAB) && content !== 'attribute';
}

function isWhiteSpace(c: number): boolean {
  return c === SPACE || c === LF || c === TAB || c === CR;
}

/** What may begin an XML name: ASCII letters, "_", ":", and (unchecked in detail) anything beyond ASCII. */
function isNameStart(c: number): boolean {
  return ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === UNDERSCORE || c === COLON || c >= 0x80;
}

/** The character a reference's name (between "&" and ";") stands for, or undefined if it is not one. */
function reference(name: string): string | undefined {
  if (name.charCodeAt(0) !== 0x23) return PREDEFINED.get(name);
  const code = /^#[0-9]+$/.test(name) ? parseInt(name.slice(1), 10) : /^#x[0-9A-Fa-f]+$/.test(name) ? parseInt(name.slice(2), 16) : NaN;
  return isXmlChar(code) ? String.fromCodePoint(code) : undefined;
}

/** XML 1.0 Char (§2.2). */
function isXmlChar(code: number): boolean {
  return code === TAB || code === LF || code === CR || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

function hex(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}
