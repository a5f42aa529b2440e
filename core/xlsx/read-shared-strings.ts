// sharedStrings.xml: the table that t="s" cells index into. It is read whole before any sheet (it may come
// after the sheets in the ZIP, as Excel and LibreOffice write it; the whole compressed file is at hand), and it
// is the one thing the reader keeps in memory besides the current row.
import { inPart, workbookFailure, type WorkbookFailure } from './read-failures.ts';
import type { WorkbookLimits } from './read-limits.ts';
import { StringItemText } from './read-text.ts';
import { HALT, type Signal, type XmlHandler } from './read-xml.ts';

export class SharedStringsHandler implements XmlHandler {
  readonly strings: string[] = [];
  failure: WorkbookFailure | undefined;
  private readonly item: StringItemText;
  private inItem = false;

  constructor(
    private readonly part: string,
    private readonly limits: WorkbookLimits,
  ) {
    this.item = new StringItemText(limits.maxCellChars);
  }

  open(name: string): Signal {
    if (name === 'si') {
      this.inItem = true;
      this.item.reset();
    } else if (this.inItem) this.item.open(name);
  }

  close(name: string): Signal {
    if (name !== 'si') {
      if (this.inItem) this.item.close(name);
      return;
    }
    this.inItem = false;
    const value = this.item.value();
    if (value === undefined) return this.tooLong();
    if (this.strings.length >= this.limits.maxSharedStrings) {
      this.failure = workbookFailure('tooManyStrings', { limit: this.limits.maxSharedStrings }, { part: this.part });
      return HALT;
    }
    this.strings.push(value);
  }

  text(text: string): Signal {
    if (this.inItem && !this.item.text(text)) return this.tooLong();
  }

  private tooLong(): Signal {
    const part = inPart(this.part);
    const where = { zh: `共享字符串表${part.zh}第 ${this.strings.length + 1} 项`, en: `Item ${this.strings.length + 1} of the shared strings${part.en}` };
    this.failure = workbookFailure('cellTooLong', { where, limit: this.limits.maxCellChars }, { part: this.part });
    return HALT;
  }
}
