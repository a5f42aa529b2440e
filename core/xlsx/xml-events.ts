// Well-formed XML as events, over htmlparser2's tokenizer. The tokenizer finds the markup with a fraction of the
// garbage saxes makes (on a county workbook's items sheet, 0.84 GB allocated instead of 3.05 GB, and a third less
// time: docs/architecture.md, "Workbooks"), but it is made for HTML and forgives anything; this layer keeps what a
// strict XML 1.0 parser guarantees for what a workbook part may contain, and refuses the rest:
// - elements nest (every end tag closes the element open last; none is left open at the end: a truncated part is
//   an error), one root element, nothing but comments, processing instructions and white space around it;
// - text and attribute values are decoded here, not by the tokenizer (whose HTML rules map &#x80; to "€" and
//   &#0; to U+FFFD): the five predefined entities and character references to XML characters, anything else is an
//   error; line ends are normalized (CR LF and CR to LF), and so is white space in attribute values, as XML
//   specifies; "<" and characters XML excludes (controls other than tab and line ends, U+FFFE, U+FFFF) are errors;
// - attributes are quoted and not repeated;
// - a DOCTYPE or any other <!…> declaration is an error: OPC forbids DTDs (ECMA-376 Part 2 §8.1.4, M1.18), so
//   no entity is ever expanded ("billion laughs") and nothing external is fetched;
// - the characters held for one token (a text node, a tag with its attributes, a comment…) are bounded, so a
//   hostile part with a gigantic unterminated token fails instead of exhausting memory.
// Not checked, as they change nothing a handler receives: which characters names use, anything after the name in an
// end tag, "]]>" in text, "--" in a comment.
import { QuoteType, Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import type { LocalText } from '../i18n/text.ts';
import { displayName } from '../package/zip-failures.ts';

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

class AttributeList implements Attributes {
  private readonly names: string[] = [];
  private readonly values: string[] = [];
  private count = 0;

  get(name: string): string | undefined {
    for (let i = 0; i < this.count; i++) if (this.names[i] === name) return this.values[i];
    return undefined;
  }

  entries(): [string, string][] {
    return this.names.slice(0, this.count).map((name, i) => [name, this.values[i]!]);
  }

  clear(): void {
    this.count = 0;
  }

  /** False, and nothing added, when the tag already has an attribute of this name. */
  add(name: string, value: string): boolean {
    if (this.get(name) !== undefined) return false;
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
const AMP = 0x26;
const LT = 0x3c;

/** What a piece of character data is, which decides how it is decoded. */
type Content = 'text' | 'attribute' | 'cdata';

const PREDEFINED = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

export class XmlEventParser implements TokenizerCallbacks {
  private readonly tokenizer = new Tokenizer({ xmlMode: true, decodeEntities: false }, this);
  /** What has been written and not yet dropped; the tokenizer reports absolute positions into it. */
  private readonly buffers: string[] = [];
  private bufferOffset = 0;
  private written = 0;
  /** Everything before this position has been reported (or skipped); what follows is held for the current token. */
  private released = 0;

  /** The chunk being parsed, and the line count before it, for positions in messages. */
  private chunk = '';
  private chunkStart = 0;
  private linesBefore = 0;
  private lineStartBefore = 0;

  private readonly stack: string[] = [];
  private rootSeen = false;
  private tagName = '';
  private readonly attributes = new AttributeList();
  private attributeName = '';
  private attributeStart = 0;
  private attributeValue = '';
  private valueStart = -1;
  /** Raw text gathered since the last markup (it may span chunks), and where it starts; -1 when there is none. */
  private text = '';
  private textStart = -1;

  constructor(
    private readonly events: XmlEvents,
    private readonly maxPendingChars: number,
  ) {}

  write(chunk: string): void {
    if (!chunk.length) return;
    this.passChunk();
    this.buffers.push(chunk);
    this.chunk = chunk;
    this.chunkStart = this.written;
    this.written += chunk.length;
    this.tokenizer.write(chunk);
    if (this.written - this.released > this.maxPendingChars) {
      this.fail(this.written, { zh: `超过 ${this.maxPendingChars} 个字符中没有任何标记`, en: `more than ${this.maxPendingChars} characters without markup` });
    }
  }

  end(): void {
    this.passChunk();
    this.tokenizer.end();
  }

  // ——— tokenizer callbacks (positions are absolute; `end` is exclusive for ranges, the index of ">" otherwise) ———

  ontext(start: number, end: number): void {
    if (this.textStart < 0) {
      this.textStart = start;
      this.text = this.slice(start, end);
    } else this.text += this.slice(start, end);
  }

  onopentagname(start: number, end: number): void {
    this.flushText();
    if (this.rootSeen && !this.stack.length) this.fail(start, { zh: '根元素之后还有元素', en: 'an element after the root element' });
    this.tagName = this.slice(start, end);
    this.attributes.clear();
  }

  onattribname(start: number, end: number): void {
    this.attributeName = this.slice(start, end);
    this.attributeStart = start;
    this.attributeValue = '';
    this.valueStart = -1;
  }

  onattribdata(start: number, end: number): void {
    if (this.valueStart < 0) this.valueStart = start;
    this.attributeValue += this.slice(start, end);
  }

  onattribend(quote: QuoteType): void {
    const name = this.attributeName;
    if (quote !== QuoteType.Double && quote !== QuoteType.Single) {
      this.fail(this.attributeStart, { zh: `属性 ${displayName(name)} 的值没有加引号`, en: `attribute ${displayName(name)} has no quoted value` });
    }
    if (!this.attributes.add(name, this.decode(this.attributeValue, this.valueStart, 'attribute'))) {
      this.fail(this.attributeStart, { zh: `属性 ${displayName(name)} 重复`, en: `attribute ${displayName(name)} is repeated` });
    }
  }

  onopentagend(end: number): void {
    this.released = end + 1;
    this.rootSeen = true;
    this.stack.push(this.tagName);
    this.events.open(this.tagName, this.attributes);
  }

  onselfclosingtag(end: number): void {
    this.released = end + 1;
    this.rootSeen = true;
    this.events.open(this.tagName, this.attributes);
    this.events.close(this.tagName);
  }

  onclosetag(start: number, end: number): void {
    this.flushText();
    const name = this.slice(start, end);
    const open = this.stack.pop();
    if (open === undefined) this.fail(start, { zh: `多余的结束标记 </${displayName(name)}>`, en: `end tag </${displayName(name)}> without a start tag` });
    else if (open !== name) this.fail(start, { zh: `结束标记 </${displayName(name)}> 与开始标记 <${displayName(open)}> 不匹配`, en: `end tag </${displayName(name)}> does not match start tag <${displayName(open)}>` });
    this.released = end;
    this.events.close(name);
  }

  oncdata(start: number, end: number, endOffset: number): void {
    this.flushText();
    this.unterminated(start, end, { zh: 'CDATA 段', en: 'CDATA section' });
    if (!this.stack.length) this.fail(start, { zh: '根元素之外有 CDATA', en: 'CDATA outside the root element' });
    this.released = end + 1;
    const text = this.decode(this.slice(start, end - endOffset), start, 'cdata');
    if (text) this.events.text(text);
  }

  oncomment(start: number, end: number): void {
    this.flushText();
    this.unterminated(start, end, { zh: '注释', en: 'comment' });
    this.released = end + 1;
  }

  onprocessinginstruction(start: number, end: number): void {
    this.flushText();
    this.released = end + 1;
  }

  ondeclaration(start: number): void {
    this.fail(start - 2, { zh: '含有 DOCTYPE 或其他 <!…> 声明（Office Open XML 不允许）', en: 'a DOCTYPE or other <!…> declaration (not allowed in Office Open XML)' });
  }

  onend(): void {
    this.flushText();
    const open = this.stack.at(-1);
    if (open !== undefined) this.fail(this.written, { zh: `内容不完整：元素 <${displayName(open)}> 没有结束`, en: `the content ends inside element <${displayName(open)}>` });
    if (!this.rootSeen) this.fail(this.written, { zh: '没有根元素', en: 'no root element' });
  }

  /** Not called: entities are decoded here (decodeEntities is off). */
  ontextentity(): void {}
  onattribentity(): void {}

  // ——— helpers ———

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
    this.events.text(this.decode(raw, start, 'text'));
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
      if (c > LT ? c < 0xfffe : c >= 0x20 ? c !== AMP && c !== LT : (c === LF || c === TAB) && content !== 'attribute') continue;
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
        this.fail(at + i, { zh: '文字或属性值中有“<”', en: 'a "<" in text or an attribute value' });
      } else if (c !== AMP && c !== LT) {
        this.fail(at + i, { zh: `含有 XML 不允许的字符 U+${hex(c)}`, en: `character U+${hex(c)}, which XML does not allow` });
      }
    }
    return from === 0 ? raw : out + raw.slice(from);
  }

  /** A comment or CDATA section still open when the input ended: the part was cut short. */
  private unterminated(start: number, end: number, what: LocalText): void {
    if (end >= this.written) this.fail(start, { zh: `内容不完整：${what.zh}没有结束`, en: `the content ends inside a ${what.en}` });
  }

  /**
   * The text between two absolute positions. Positions only grow, so the chunks before the one where the text
   * starts are dropped, and so are those it spans (as htmlparser2's own Parser does).
   */
  private slice(start: number, end: number): string {
    if (start === end) return '';
    const { buffers } = this;
    while (start - this.bufferOffset >= buffers[0]!.length) this.bufferOffset += buffers.shift()!.length;
    let text = buffers[0]!.slice(start - this.bufferOffset, end - this.bufferOffset);
    while (end - this.bufferOffset > buffers[0]!.length) {
      this.bufferOffset += buffers.shift()!.length;
      text += buffers[0]!.slice(0, end - this.bufferOffset);
    }
    return text;
  }

  /** Counts the lines of the chunk just parsed, so that a position in the next one can be told as line and column. */
  private passChunk(): void {
    const { chunk } = this;
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', nl + 1)) {
      this.linesBefore++;
      this.lineStartBefore = this.chunkStart + nl + 1;
    }
    this.chunk = '';
    this.chunkStart = this.written;
  }

  /** Positions before the current chunk (a token that began in an earlier one) are told as the chunk's start. */
  private fail(at: number, detail: LocalText): never {
    const within = Math.max(0, Math.min(at - this.chunkStart, this.chunk.length));
    let [line, lineStart] = [this.linesBefore, this.lineStartBefore];
    for (let nl = this.chunk.indexOf('\n'); nl >= 0 && nl < within; nl = this.chunk.indexOf('\n', nl + 1)) {
      line++;
      lineStart = this.chunkStart + nl + 1;
    }
    throw new XmlSyntaxError(line + 1, this.chunkStart + within - lineStart + 1, detail);
  }
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
