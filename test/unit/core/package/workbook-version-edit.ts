// Edits a value in an exported workbook's XML, as a hand-made or altered workbook could hold it.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export function rewriteCatalogVersion(xlsx: Uint8Array, from: string, to: string): Uint8Array {
  const parts = unzipSync(xlsx);
  let replaced = 0;
  for (const [name, data] of Object.entries(parts)) {
    if (!name.endsWith('.xml')) continue;
    const text = strFromU8(data);
    if (!text.includes(`>${from}<`)) continue;
    parts[name] = strToU8(text.replace(`>${from}<`, `>${to}<`));
    replaced++;
  }
  if (replaced !== 1) throw new Error(`expected the version in one part, found it in ${replaced}`);
  return zipSync(parts);
}
