// Decoded pixels → samples a newsprint plate can take: downsampled to what the screen ruling uses,
// transparency laid over paper white, grey kept as DeviceGray (K), colour separated to CMYK.
// The separation is a plain grey-component replacement, not an ICC conversion: no newsprint
// profile is available to embed, and neutral tones going to K alone suits coldset presses.
import type { DecodedPixels } from './png-decode';

export interface PrintSamples {
  width: number;
  height: number;
  colorSpace: 'DeviceGray' | 'DeviceCMYK';
  samples: Uint8Array;
}

/** Averages `factor` × `factor` blocks (edges average what they have). */
function downsample(pixels: DecodedPixels, factor: number): DecodedPixels {
  if (factor <= 1) return pixels;
  const { width, height, channels, samples, alpha } = pixels;
  const outWidth = Math.ceil(width / factor);
  const outHeight = Math.ceil(height / factor);
  const planes = channels + (alpha === null ? 0 : 1);
  const out = new Uint8Array(outWidth * outHeight * channels);
  const outAlpha = alpha === null ? null : new Uint8Array(outWidth * outHeight);
  const sums = new Float64Array(planes);
  for (let oy = 0; oy < outHeight; oy++) {
    for (let ox = 0; ox < outWidth; ox++) {
      sums.fill(0);
      let count = 0;
      for (let y = oy * factor; y < Math.min(height, (oy + 1) * factor); y++) {
        for (let x = ox * factor; x < Math.min(width, (ox + 1) * factor); x++) {
          const pixel = y * width + x;
          for (let c = 0; c < channels; c++) sums[c]! += samples[pixel * channels + c] as number;
          if (alpha !== null) sums[channels]! += alpha[pixel] as number;
          count++;
        }
      }
      const target = oy * outWidth + ox;
      for (let c = 0; c < channels; c++) out[target * channels + c] = Math.round((sums[c] as number) / count);
      if (outAlpha !== null) outAlpha[target] = Math.round((sums[channels] as number) / count);
    }
  }
  return { width: outWidth, height: outHeight, channels, samples: out, alpha: outAlpha };
}

export function toPrintSamples(source: DecodedPixels, factor: number): PrintSamples {
  const { width, height, channels, samples, alpha } = downsample(source, factor);
  const count = width * height;
  const paper = (value: number, pixel: number) => (alpha === null ? value : 255 - ((255 - value) * (alpha[pixel] as number)) / 255);
  if (channels === 1) {
    const grey = new Uint8Array(count);
    for (let i = 0; i < count; i++) grey[i] = Math.round(paper(samples[i] as number, i));
    return { width, height, colorSpace: 'DeviceGray', samples: grey };
  }
  const cmyk = new Uint8Array(count * 4);
  for (let i = 0; i < count; i++) {
    const c = 255 - paper(samples[i * 3] as number, i);
    const m = 255 - paper(samples[i * 3 + 1] as number, i);
    const y = 255 - paper(samples[i * 3 + 2] as number, i);
    // Full grey-component replacement: at most two of C, M, Y remain, so total ink stays
    // ≤ 200%, inside newsprint's 240% limit.
    const k = Math.min(c, m, y);
    cmyk[i * 4] = Math.round(c - k);
    cmyk[i * 4 + 1] = Math.round(m - k);
    cmyk[i * 4 + 2] = Math.round(y - k);
    cmyk[i * 4 + 3] = Math.round(k);
  }
  return { width, height, colorSpace: 'DeviceCMYK', samples: cmyk };
}
