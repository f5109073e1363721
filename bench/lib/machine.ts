import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';

/** The machine a benchmark ran on, as docs/benchmarks.md records it beside the figures. */
export function machine() {
  const sh = (command: string) => {
    try {
      return execFileSync('bash', ['-c', command], { encoding: 'utf8' }).trim();
    } catch {
      return '?';
    }
  };
  return {
    cpu: cpus()[0]?.model ?? '?',
    nproc: sh('nproc'),
    memory: sh('free -h | awk \'/^Mem:/ {print $2 " total, " $7 " available"}\''),
    node: process.version,
    load: sh('cat /proc/loadavg'),
  };
}
