// Total ink for newsprint: coldset presses take at most 240 % of C + M + Y + K before the paper
// smears. The ICC conversion knows nothing of the press, so its CMYK is limited here, pixel by
// pixel: first the grey component of C, M and Y goes to K (each step takes 3 units off and puts 1
// back), and if K is full or no grey is left, C, M and Y are scaled down together, keeping the hue.

/** Sample units (0–255 per plate) for a total ink given in percent. */
export function inkUnits(percent: number): number {
  return Math.floor((percent * 255) / 100);
}

/** The highest C + M + Y + K of interleaved 8-bit CMYK samples, in percent. */
export function maxTotalInk(samples: Uint8Array): number {
  let max = 0;
  for (let i = 0; i + 3 < samples.length; i += 4) {
    const total = samples[i]! + samples[i + 1]! + samples[i + 2]! + samples[i + 3]!;
    if (total > max) max = total;
  }
  return (max * 100) / 255;
}

/** Limits every pixel of interleaved 8-bit CMYK samples to `percent` total ink, in place. */
export function limitTotalInk(samples: Uint8Array, percent: number): Uint8Array {
  const limit = inkUnits(percent);
  for (let i = 0; i + 3 < samples.length; i += 4) limitPixel(samples, i, limit);
  return samples;
}

/** Limits the pixel whose C sample is at `i` to `limit` units (255–1020) of total ink, in place. */
export function limitPixel(samples: Uint8Array, i: number, limit: number): void {
  let c = samples[i]!;
  let m = samples[i + 1]!;
  let y = samples[i + 2]!;
  let k = samples[i + 3]!;
  let total = c + m + y + k;
  if (total <= limit) return;
  const replaced = Math.min(c, m, y, 255 - k, Math.ceil((total - limit) / 2));
  c -= replaced;
  m -= replaced;
  y -= replaced;
  k += replaced;
  total -= 2 * replaced;
  if (total > limit) {
    // K alone (at most 255) stays within the limit, so there is room left for some colour.
    const scale = (limit - k) / (c + m + y);
    c = Math.floor(c * scale);
    m = Math.floor(m * scale);
    y = Math.floor(y * scale);
  }
  samples[i] = c;
  samples[i + 1] = m;
  samples[i + 2] = y;
  samples[i + 3] = k;
}
