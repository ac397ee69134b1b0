import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { writeThumbnail } from '../modules/attachment/thumbnail';
import { percentile } from './bench-support';

/**
 * The thumbnail of a 4000 × 3000 JPEG (12 megapixels, a phone camera's photo of a defect), as an
 * upload makes it: decode, turn upright, shrink to 320 px, encode. Pure CPU, no database.
 * Usage: pnpm --filter @sanxin/domain build && pnpm --filter @sanxin/api build && node apps/api/dist/bench/thumbnail.bench.js
 */
const RUNS = 15;
const WIDTH = 4000;
const HEIGHT = 3000;

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'sanxin-thumbnail-bench-'));
  try {
    // Gradients plus noise: compresses like a photo (a few MB), not like a flat colour.
    const noise = await sharp({ create: { width: WIDTH, height: HEIGHT, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
      .raw()
      .toBuffer();
    const source = join(dir, 'photo.jpg');
    await sharp(noise, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } }).jpeg({ quality: 90 }).toFile(source);
    const times: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const target = join(dir, `thumb-${run}.jpg`);
      const start = performance.now();
      if (!(await writeThumbnail(source, target))) throw new Error('the thumbnail was not written');
      times.push(performance.now() - start);
    }
    const { size } = await stat(source);
    const thumb = await sharp(join(dir, 'thumb-0.jpg')).metadata();
    console.log(`thumbnail of a ${WIDTH}×${HEIGHT} JPEG (${(size / 1024 / 1024).toFixed(1)} MB) → ${thumb.width}×${thumb.height}, ${RUNS} runs, sharp ${sharp.versions.sharp}`);
    console.log(`time: median ${percentile(times, 0.5).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
