// The one sort order for everything Mulu signs or lists: UTF-16 code units, the order RFC 8785 sorts keys in, so
// every implementation (and a verifier written without Mulu) sorts file paths and resource codes the same way.
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
