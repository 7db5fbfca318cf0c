// Photos for the page canvas, loaded from the app's /photos/ (the workspace's asset store) on
// first use. A page-wide photo is 3000 pixels or more across, 24 MB once decoded, and an issue
// holds a dozen: the canvas keeps each at the smallest of a few sizes (LEVELS) that is sharp at
// the size it is drawn, and fetches a larger copy only when the page is zoomed in on it. The
// original is decoded once per copy, one photo at a time, and let go at once.
// TIFF is stored and printed but no browser draws it: its frame stays a placeholder.

/** Long sides (pixels) a photo is kept at; the largest is sharp at 200 % on a large screen. */
export const LEVELS = [256, 512, 1024, 2048] as const;

/** A photo ready to draw: the kept pixels and their size (the crop is worked out in their space). */
export interface ScreenPhoto {
  source: CanvasImageSource;
  width: number;
  height: number;
}

interface Entry {
  photo?: ScreenPhoto;
  /** The long side of the kept copy, or of the original when that is smaller. */
  kept: number;
  /** The long side being fetched now, 0 when none. */
  loading: number;
  /** The original's long side, once known: no copy larger than it is ever asked for. */
  original: number;
  failed: boolean;
}

const DRAWABLE = /^[0-9a-f]{64}\.(jpg|png)$/;

export function levelFor(pixels: number): number {
  return LEVELS.find((level) => level >= pixels) ?? LEVELS[LEVELS.length - 1]!;
}

async function decodeAt(url: string, level: number): Promise<{ photo: ScreenPhoto; original: number }> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const full = await createImageBitmap(await response.blob());
  const original = Math.max(full.width, full.height);
  const scale = level / original;
  if (scale >= 1) return { photo: { source: full, width: full.width, height: full.height }, original };
  const resizeWidth = Math.max(1, Math.round(full.width * scale));
  const resizeHeight = Math.max(1, Math.round(full.height * scale));
  try {
    const kept = await createImageBitmap(full, { resizeWidth, resizeHeight, resizeQuality: 'high' });
    return { photo: { source: kept, width: kept.width, height: kept.height }, original };
  } finally {
    full.close();
  }
}

export class PhotoImages {
  private readonly entries = new Map<string, Entry>();
  /** Decodes run one after another: a dozen 24 MB originals at once would be the peak to avoid. */
  private queue: Promise<void> = Promise.resolve();

  /** `loaded` is told each time a photo becomes drawable, so the pages showing it are drawn again. */
  constructor(
    private readonly base: string,
    private readonly loaded: () => void,
  ) {}

  /**
   * The photo as kept now (undefined until a first copy has loaded). `pixels` is the long side,
   * in device pixels, the whole picture would have where it is drawn; a kept copy smaller than
   * that is replaced by a larger one in the background.
   */
  image = (assetId: string, pixels: number = LEVELS[0]): ScreenPhoto | undefined => {
    let entry = this.entries.get(assetId);
    if (!entry) {
      entry = { kept: 0, loading: 0, original: Number.POSITIVE_INFINITY, failed: !DRAWABLE.test(assetId) };
      this.entries.set(assetId, entry);
    }
    const wanted = Math.min(levelFor(pixels), entry.original);
    if (!entry.failed && entry.kept < wanted && entry.loading < wanted) this.fetch(assetId, entry, levelFor(wanted));
    return entry.photo;
  };

  private fetch(assetId: string, entry: Entry, level: number): void {
    entry.loading = level;
    const url = new URL(`/photos/${assetId}`, this.base).href;
    this.queue = this.queue.then(async () => {
      try {
        const { photo, original } = await decodeAt(url, level);
        entry.original = original;
        if (Math.max(photo.width, photo.height) <= entry.kept) {
          if (photo.source instanceof ImageBitmap) photo.source.close();
          return;
        }
        if (entry.photo?.source instanceof ImageBitmap) entry.photo.source.close();
        entry.photo = photo;
        entry.kept = Math.max(photo.width, photo.height);
        this.loaded();
      } catch {
        entry.failed = true;
      } finally {
        if (entry.loading === level) entry.loading = 0;
      }
    });
  }
}
