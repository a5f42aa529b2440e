// The ASiC-E convention (ETSI EN 319 162-1): the first entry is `mimetype`, stored, without extra field, and
// holds the media type in ASCII. It sits at a fixed place (from byte 38 of the file), so a file can be
// recognised from its first bytes, and a ZIP of some other kind is refused before anything else is read.
import type { DirectoryRecord } from './directory.ts';
import { containerFailure, displayName, type ContainerFailure } from './failures.ts';
import { METHOD_STORED } from './format.ts';
import type { EntrySpan } from './local-headers.ts';
import { decodeUtf8Lossy, encodeUtf8 } from './utf8.ts';

export const MIMETYPE_ENTRY = 'mimetype';

export function checkMimetype(
  bytes: Uint8Array,
  records: readonly DirectoryRecord[],
  names: readonly string[],
  spans: readonly EntrySpan[],
  expected: string,
): ContainerFailure | undefined {
  const first = records[0];
  if (!first) return containerFailure('mimetypeNotFirst', undefined, { entry: { zh: '（没有条目）', en: '(no entries)' } });
  if (names[0] !== MIMETYPE_ENTRY) return containerFailure('mimetypeNotFirst', names[0]);
  if (first.method !== METHOD_STORED) return containerFailure('mimetypeNotStored', MIMETYPE_ENTRY);
  const span = spans[0]!;
  const actual = bytes.subarray(span.dataStart, span.end);
  const wanted = encodeUtf8(expected);
  const same = first.uncompressedSize === wanted.length && actual.length === wanted.length && actual.every((b, i) => b === wanted[i]);
  if (!same) return containerFailure('mimetypeMismatch', MIMETYPE_ENTRY, { actual: displayName(decodeUtf8Lossy(actual.subarray(0, 200))), expected });
  return undefined;
}
