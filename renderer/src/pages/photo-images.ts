// Photos for the page canvas, loaded from the app's /photos/ (the workspace's asset store) on
// first use. TIFF is stored and printed but no browser draws it: its frame stays a placeholder.
export class PhotoImages {
  private readonly images = new Map<string, HTMLImageElement | null>();

  /** `loaded` is told each time a photo becomes drawable, so the pages showing it are drawn again. */
  constructor(
    private readonly base: string,
    private readonly loaded: () => void,
  ) {}

  image = (assetId: string): HTMLImageElement | undefined => {
    const known = this.images.get(assetId);
    if (known !== undefined) return known ?? undefined;
    if (!/^[0-9a-f]{64}\.(jpg|png)$/.test(assetId)) {
      this.images.set(assetId, null);
      return undefined;
    }
    const image = new Image();
    image.decoding = 'async';
    this.images.set(assetId, null);
    image.onload = () => {
      this.images.set(assetId, image);
      this.loaded();
    };
    image.src = new URL(`/photos/${assetId}`, this.base).href;
    return undefined;
  };
}
