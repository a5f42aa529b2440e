// The oldest glibc a Linux build can run on: the highest GLIBC_x.y version among the symbols its ELF files import
// (`objdump -T`, undefined symbols only — a binary's own exports carry version tags too but ask nothing of the
// system). Mulu's floor is glibc 2.28: 统信 UOS 20 is built on Debian 10, whose glibc is 2.28; 麒麟 V10 is reported to
// ship 2.28 as well (not checked on a Kylin machine here).
export const GLIBC_FLOOR = '2.28';

/** @param {string} a @param {string} b */
export function compareVersions(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/**
 * The glibc versions an ELF file's dynamic symbol table (objdump -T output) requires, highest first, with the
 * symbols that need the highest.
 * @param {string} objdumpText
 * @returns {{ highest: string | undefined, symbols: string[] }}
 */
export function requiredGlibc(objdumpText) {
  /** @type {string | undefined} */
  let highest;
  /** @type {string[]} */
  let symbols = [];
  for (const line of objdumpText.split('\n')) {
    if (!line.includes('*UND*')) continue;
    const m = /\(?GLIBC_(\d+(?:\.\d+)+)\)?\s+(\S+)\s*$/.exec(line);
    if (!m?.[1] || !m[2]) continue;
    const version = m[1];
    const symbol = m[2];
    const order = highest === undefined ? 1 : compareVersions(version, highest);
    if (order > 0) {
      highest = version;
      symbols = [symbol];
    } else if (order === 0) symbols.push(symbol);
  }
  return { highest, symbols };
}
