// How long a data item of each type may be (catalog-standard.md §2.3): R13 checks it, and the exercise mistake
// 数据类型错误 (core/sample/mistakes.ts) needs it to plant a type the length does not fit.
import type { DataType } from './enums.ts';

const MAX_LENGTH: Partial<Record<DataType, number>> = { N: 38, Y: 38, F: 38, B: 38, I: 38 };
const DEFAULT_MAX = 65535;

/** The longest length an item of this type may have. */
export function maxItemLength(dataType: DataType): number {
  return MAX_LENGTH[dataType] ?? DEFAULT_MAX;
}
