/**
 * Photograph ingest benchmark (issue 4): 12-megapixel camera JPEGs through the whole pipeline (decode, orient,
 * strip, three derivatives, quality metrics, hashes), against ImageMagick making the same derivatives and against
 * the floor, a plain libjpeg-turbo decode (`djpeg`), all in the same run on the same files.
 *
 *   npm run bench:images            (BENCH_RUNS=15 by default)
 *
 * Installs Debian's imagemagick and libjpeg-turbo-progs with apt-get when missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { processImage } from '../server/modules/images/image-processing.ts';
import { testImages } from '../server/testing/test-images.ts';
import { exifOrientationFixtures } from '../test/fixtures/photographs.ts';

const root = path.resolve(import.meta.dirname, '..');
const workDir = path.join(root, '.tmp', 'bench');
const fixtures = exifOrientationFixtures;
const runs = Number(process.env.BENCH_RUNS ?? 15);
const concurrent = 8;

type Variant = { name: string; file: string };

// ---------------------------------------------------------------------------------------------------------------
// The child process that measures 8 uploads processed at once, so that its peak memory is its own.

if (process.argv[2] === '--concurrent') {
  const files = JSON.parse(process.argv[3]!) as string[];
  const rounds = Number(process.argv[4]);
  const inputs = files.map((file) => readFileSync(file));
  const idleRss = process.memoryUsage.rss();
  let peakRss = idleRss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 2);
  await Promise.all(inputs.slice(0, 2).map((input) => processImage(input))); // warm up
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    const batch = Array.from({ length: concurrent }, (_, i) => inputs[i % inputs.length]!);
    const results = await Promise.all(batch.map((input) => processImage(input)));
    if (results.some((result) => !result.ok)) throw new Error('an image was refused');
  }
  const elapsed = performance.now() - started;
  clearInterval(sampler);
  const vmHwm = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) * 1024;
  process.stdout.write(
    JSON.stringify({ images: rounds * concurrent, elapsed, idleRss, peakRss: Math.max(peakRss, vmHwm) }),
  );
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------------------------

function sh(command: string): string {
  return execFileSync('bash', ['-c', command], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function succeeds(command: string): boolean {
  return spawnSync('bash', ['-c', command], { stdio: 'ignore' }).status === 0;
}

/** Debian's packages, installed if missing; /usr/local/bin/convert on some machines is not ImageMagick. */
function ensureTools() {
  const missing: string[] = [];
  if (!succeeds('/usr/bin/convert -version | grep -q ImageMagick')) missing.push('imagemagick');
  if (!succeeds('command -v djpeg')) missing.push('libjpeg-turbo-progs');
  if (missing.length === 0) return;
  console.log(`installing ${missing.join(', ')} with apt-get …`);
  const install = `DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (!succeeds(install)) sh(`apt-get update -qq && ${install}`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function makeInputs(): Promise<Variant[]> {
  mkdirSync(workDir, { recursive: true });
  const specs = [
    { name: 'landscape-o1', from: 'Landscape_1', width: 4000, height: 3000, orientation: 1 },
    { name: 'portrait-o6', from: 'Portrait_1', width: 3000, height: 4000, orientation: 6 },
    { name: 'landscape-o6', from: 'Landscape_1', width: 4000, height: 3000, orientation: 6 },
    { name: 'portrait-o1', from: 'Portrait_1', width: 3000, height: 4000, orientation: 1 },
  ] as const;
  const variants: Variant[] = [];
  for (const spec of specs) {
    const file = path.join(workDir, `${spec.name}-4000x3000-q90.jpg`);
    if (!existsSync(file)) {
      const photo = await testImages.cameraPhoto(path.join(fixtures, `${spec.from}.jpg`), {
        width: spec.width,
        height: spec.height,
        orientation: spec.orientation,
        grain: 14,
        quality: 90,
      });
      writeFileSync(file, photo);
    }
    variants.push({ name: spec.name, file });
  }
  return variants;
}

/**
 * Ours and the decode floor, interleaved image by image, so that anything else running on the machine weighs on
 * both alike. The floor is `djpeg` looped in one shell (process start measured with /bin/true and taken off).
 */
async function measureOursAndFloor(variants: Variant[]) {
  for (const variant of variants) await processImage(readFileSync(variant.file)); // warm up
  const loop = 5;
  const shellLoop = (body: string) => {
    const started = performance.now();
    sh(`for i in $(seq ${loop}); do ${body}; done`);
    return (performance.now() - started) / loop;
  };
  const ours: number[] = [];
  const floorGross: number[] = [];
  const spawnOverhead: number[] = [];
  const perVariant = new Map<string, number[]>();
  let sample: Awaited<ReturnType<typeof processImage>> | null = null;
  for (let run = 0; run < runs; run++) {
    for (const variant of variants) {
      // The job reads the original from storage into memory, so the read is part of the cost.
      const started = performance.now();
      const result = await processImage(readFileSync(variant.file));
      const elapsed = performance.now() - started;
      if (!result.ok) throw new Error(`${variant.name}: ${result.message}`);
      sample ??= result;
      ours.push(elapsed);
      perVariant.set(variant.name, [...(perVariant.get(variant.name) ?? []), elapsed]);
      floorGross.push(shellLoop(`djpeg -outfile /dev/null ${variant.file}`));
      spawnOverhead.push(shellLoop('/bin/true'));
    }
  }
  const floor = { gross: median(floorGross), spawnOverhead: median(spawnOverhead), net: 0 };
  floor.net = floor.gross - floor.spawnOverhead;
  return { median: median(ours), perVariant, sample, floor };
}

function measureConcurrent(variants: Variant[], env: Record<string, string> = {}) {
  const rounds = Math.max(2, Math.ceil(runs / 4));
  const output = execFileSync(
    process.execPath,
    [import.meta.filename, '--concurrent', JSON.stringify(variants.map((v) => v.file)), String(rounds)],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } },
  );
  return JSON.parse(output) as { images: number; elapsed: number; idleRss: number; peakRss: number };
}

/** ImageMagick making the same three derivatives from one decode: auto-orient, strip, sRGB, write each. */
function measureImageMagick(variants: Variant[]) {
  const out = path.join(workDir, 'magick');
  mkdirSync(out, { recursive: true });
  const times: number[] = [];
  const imRuns = Math.max(3, Math.ceil(runs / 3));
  for (let run = 0; run < imRuns; run++) {
    for (const variant of variants) {
      const args = [
        variant.file,
        '-auto-orient',
        '-strip',
        '-colorspace',
        'sRGB',
        ...['(', '+clone', '-quality', '90', '-write', path.join(out, 'viewing.jpg'), '+delete', ')'],
        ...['(', '+clone', '-define', 'jpeg:extent=5MB', '-write', path.join(out, 'eref.jpg'), '+delete', ')'],
        ...['-thumbnail', '320x320', '-quality', '80', path.join(out, 'thumbnail.jpg')],
      ];
      const started = performance.now();
      const result = spawnSync('/usr/bin/convert', args, { stdio: ['ignore', 'ignore', 'pipe'] });
      times.push(performance.now() - started);
      if (result.status !== 0) throw new Error(`convert failed: ${result.stderr.toString()}`);
    }
  }
  rmSync(out, { recursive: true, force: true });
  return { median: median(times), runs: imRuns * variants.length };
}

function machine() {
  const cpuModel = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model;
  const sharpLine = (() => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'node_modules/sharp/package.json'), 'utf8')) as {
      version: string;
    };
    return pkg.version;
  })();
  return {
    cpu: `${cpuModel} × ${availableParallelism()}`,
    memory: mb(totalmem()),
    node: process.version,
    sharp: sharpLine,
    imagemagick: sh('/usr/bin/convert -version | head -1').trim(),
    djpeg: sh('djpeg -version 2>&1 | head -1').trim(),
    uvThreadpool: process.env.UV_THREADPOOL_SIZE ?? '4 (default)',
    sharpThreads: '1 per image (sharp.concurrency), at most availableParallelism() images at once',
  };
}

async function main() {
  ensureTools();
  const variants = await makeInputs();
  const about = machine();
  console.log('Photograph ingest benchmark: 12-megapixel camera JPEGs (4000×3000, q90, grain), files in .tmp/bench');
  for (const [key, value] of Object.entries(about)) console.log(`  ${key.padEnd(12)} ${value}`);
  console.log(`  inputs       ${variants.map((v) => `${v.name} ${mb(readFileSync(v.file).length)}`).join(', ')}`);
  console.log(`  runs         ${runs} per input, sequential; medians`);
  console.log('');

  const loadBefore = loadavg();
  const ours = await measureOursAndFloor(variants);
  const floor = ours.floor;
  const together = measureConcurrent(variants);
  // glibc gives each thread its own heap (arena) and keeps what it frees; sharp's documentation recommends fewer
  // arenas (or jemalloc) for servers. Measured both ways, because it is a deployment setting, not a code one.
  const togetherFewArenas = measureConcurrent(variants, { MALLOC_ARENA_MAX: '2' });
  const magick = measureImageMagick(variants);
  const loadAfter = loadavg();

  const sample = ours.sample?.ok ? ours.sample : null;
  const perImageTogether = together.elapsed / together.images;
  console.log('ours (sharp, whole pipeline)');
  console.log(`  sequential   ${ms(ours.median)} per image, ${(1000 / ours.median).toFixed(1)} images/s`);
  for (const [name, times] of ours.perVariant) console.log(`    ${name.padEnd(14)} ${ms(median(times))}`);
  console.log(
    `  ${concurrent} at once    ${(1000 / perImageTogether).toFixed(1)} images/s (${ms(perImageTogether)} per image), ` +
      `peak RSS ${mb(together.peakRss)} (idle ${mb(together.idleRss)})`,
  );
  if (sample) {
    const { viewing, eref, thumbnail } = sample.derivatives;
    console.log(
      `  outputs      viewing ${mb(viewing.bytes)} ${viewing.width}×${viewing.height}, eref q${eref.quality}` +
        `${eref.downscaled ? ' downscaled' : ' (= viewing)'}, thumbnail ${thumbnail.width}×${thumbnail.height}`,
    );
  }
  console.log(
    `  ${concurrent} at once, MALLOC_ARENA_MAX=2: ${(1000 / (togetherFewArenas.elapsed / togetherFewArenas.images)).toFixed(1)} images/s, ` +
      `peak RSS ${mb(togetherFewArenas.peakRss)} (idle ${mb(togetherFewArenas.idleRss)})`,
  );
  console.log(`ImageMagick    ${ms(magick.median)} per image (${magick.runs} runs; includes process start)`);
  console.log(
    `djpeg floor    ${ms(floor.net)} per image (${ms(floor.gross)} measured, less ${ms(floor.spawnOverhead)} process start)`,
  );
  console.log('');
  const vsFloor = ours.median / floor.net;
  const vsMagick = magick.median / ours.median;
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(`ours / decode floor       ${vsFloor.toFixed(2)}×   (goal ≤ 4×: ${verdict(vsFloor <= 4)})`);
  console.log(`ImageMagick / ours        ${vsMagick.toFixed(2)}×   (goal ≥ 4×: ${verdict(vsMagick >= 4)})`);
  const peak = Math.min(together.peakRss, togetherFewArenas.peakRss);
  console.log(
    `peak memory, ${concurrent} at once   ${mb(together.peakRss)} default malloc, ${mb(togetherFewArenas.peakRss)} ` +
      `MALLOC_ARENA_MAX=2   (goal < 400 MB: ${verdict(peak < 400 * 1024 * 1024)})`,
  );
  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(' ');
  console.log(`load average   ${load(loadBefore)} before, ${load(loadAfter)} after (other work on the machine)`);

  writeFileSync(
    path.join(workDir, 'images-results.json'),
    JSON.stringify(
      {
        about,
        ours: { median: ours.median },
        together,
        togetherFewArenas,
        magick,
        floor,
        vsFloor,
        vsMagick,
        loadBefore,
        loadAfter,
      },
      null,
      2,
    ),
  );
}

await main();
