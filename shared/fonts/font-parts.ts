// How the renderer asks for the parts of a bundled face (served by electron/main/font-parts.ts):
// `/fonts/<file>.metrics` is a TrueType file of the tables layout reads, and
// `/fonts/<file>.glyphs?ids=1,2,3` the glyf records of those glyphs, one after another in the
// order asked (each record's length is in the metrics' loca); `/fonts/<file>.slice-<n>.ttf` a slice
// of the face for the editor's CSS faces. The one place both sides read the names and limits from.

/** What FontMetrics read (head, hhea, maxp, hmtx, cmap, GSUB for the 2-em dash) and loca, to cut glyph records apart. */
export const METRICS_TABLES = ['head', 'hhea', 'maxp', 'hmtx', 'cmap', 'GSUB', 'loca'] as const;

/** Glyph ids one request may ask for: a page's new glyphs fit in a few requests, and no request reads much of a face. */
export const MAX_GLYPH_IDS = 1024;

/** The URL path of a face's metrics, for its file as BUNDLED_FONT_FILES names it. */
export function metricsPath(fontFile: string): string {
  return `/fonts/${fontFile.replace(/\.ttf$/, '.metrics')}`;
}

/** The URL path (without the query) of a face's glyph records. */
export function glyphsPath(fontFile: string): string {
  return `/fonts/${fontFile.replace(/\.ttf$/, '.glyphs')}`;
}

/** The URL path of slice `index` of a face (ui-font-slices.ts), a TrueType file the browser draws with. */
export function slicePath(fontFile: string, index: number): string {
  return `/fonts/${fontFile.replace(/\.ttf$/, `.slice-${index}.ttf`)}`;
}

/**
 * The glyph ids of an `ids` query value (decimal, comma-separated, each below numGlyphs, at most
 * MAX_GLYPH_IDS), or undefined when it is anything else.
 */
export function parseGlyphIds(value: string | null, numGlyphs: number): number[] | undefined {
  if (value === null || value.length === 0 || value.length > 6 * MAX_GLYPH_IDS) return undefined;
  const parts = value.split(',');
  if (parts.length > MAX_GLYPH_IDS) return undefined;
  const ids: number[] = [];
  for (const part of parts) {
    if (!/^\d{1,5}$/.test(part)) return undefined;
    const id = Number(part);
    if (id >= numGlyphs) return undefined;
    ids.push(id);
  }
  return ids;
}
