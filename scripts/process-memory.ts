// The resident memory of a server and every process it started (next start may serve from a child
// process), read from /proc: Linux only, as the benchmark's machines are.
import { readdirSync, readFileSync } from 'node:fs';

/** Parent of each process: /proc/<pid>/stat's fourth field (after the name, which may hold spaces). */
function parents(): Map<number, number> {
  const result = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      result.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return result;
}

/** The process and its descendants. */
export function processTree(pid: number): number[] {
  const byParent = parents();
  const tree = [pid];
  for (let i = 0; i < tree.length; i++)
    for (const [child, parent] of byParent) if (parent === tree[i]) tree.push(child);
  return tree;
}

/** Resident set size in bytes of the process tree rooted at pid. */
export function residentBytes(pid: number): number {
  return processTree(pid).reduce((sum, member) => {
    try {
      const kilobytes = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${member}/status`, 'utf8'))?.[1];
      return sum + Number(kilobytes ?? 0) * 1024;
    } catch {
      return sum;
    }
  }, 0);
}
