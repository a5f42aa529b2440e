// Resident memory of a process and of its whole process group, read from /proc (Linux), for benches that run
// Chromium: Blob bytes live in the browser process, not in the page's JS heap.
import { readdir, readFile } from 'node:fs/promises';

/** Resident bytes of one process: all of them (Rss), or its share of pages shared with others (Pss), which add up. */
const memoryOf = async (pid: string, field: 'Rss' | 'Pss'): Promise<number> => {
  const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => '');
  const kb = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(rollup);
  return kb ? Number(kb[1]) * 1024 : 0;
};

/** Bytes resident in `pid` (RSS), and in the group it leads (a renderer's pages included; PSS summed, so shared pages count once). */
export async function groupMemory(pid: number): Promise<{ process: number; group: number }> {
  let group = 0;
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // Fields after the parenthesised name: state, ppid, pgrp.
    const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
    if (pgrp === pid) group += await memoryOf(entry, 'Pss');
  }
  return { process: await memoryOf(String(pid), 'Rss'), group };
}
