// A deep copy of plain JSON data (a catalog, a resource). Core has no structuredClone: it is typed without the DOM
// and Node libraries (tsconfig.core.json), and everything copied here is JSON already.
export function copyJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
