/** Percentiles of timed runs, their printing, and a seeded generator so every backend is asked the same things. */

export type Stats = { n: number; p50: number; p95: number; p99: number };

/** Milliseconds to three significant figures or so. */
export const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));

/** Nearest-rank percentiles of the samples. */
export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
  return { n: sorted.length, p50: rank(50), p95: rank(95), p99: rank(99) };
}

/** Mulberry32: numbers in [0, 1), the same sequence for the same seed. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A markdown table row. */
export const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
