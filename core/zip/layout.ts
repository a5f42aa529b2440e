// The entries, the central directory and the end record must tile the file exactly: the first entry at byte 0,
// each entry starting where the previous one ends, the central directory right after the last entry, in the
// same order as the entries lie in the file. Anything else is a place to hide data outside the signed content:
// a second, older manifest between two entries that a streaming unzip would find, an overlapping entry (the
// "overlapping zip bomb"), or a stub prepended to the file.
import type { DirectoryRecord } from './directory.ts';
import { containerFailure, type ContainerFailure } from './failures.ts';
import type { EntrySpan } from './local-headers.ts';

export function checkLayout(
  records: readonly DirectoryRecord[],
  names: readonly string[],
  spans: readonly EntrySpan[],
  directoryOffset: number,
): ContainerFailure | undefined {
  const byPosition = records.map((r) => r.index).sort((a, b) => spans[a]!.start - spans[b]!.start);

  for (let i = 1; i < byPosition.length; i++) {
    const before = byPosition[i - 1]!;
    const after = byPosition[i]!;
    if (spans[after]!.start < spans[before]!.end) return containerFailure('overlappingEntries', names[after], { other: names[before]! });
  }

  let expected = 0;
  for (const index of byPosition) {
    const span = spans[index]!;
    if (span.start !== expected) return containerFailure('unaccountedBytes', undefined, { start: expected, end: span.start - 1 });
    expected = span.end;
  }
  if (expected !== directoryOffset) return containerFailure('unaccountedBytes', undefined, { start: expected, end: directoryOffset - 1 });

  for (let i = 0; i < byPosition.length; i++) {
    if (byPosition[i] !== i) return containerFailure('directoryOrder', names[i]);
  }
  return undefined;
}
