// The strip of the issue's pages beside the canvas: real miniatures drawn from each page's display
// list, in printing pairs (A8+A1, A2+A7 …), each with its 版名 and a red mark counting its problems.
// Miniatures repaint a moment after typing stops, so they never slow the page being edited.
import { memo, useEffect, useRef } from 'react';
import type { Page } from '../../../shared/model/issue';
import type { GlyphAtlas } from './glyph-atlas';
import type { GlyphOutlines } from './glyph-outlines';
import type { PageModel } from './page-document';
import { paintPage } from './page-painter';
import type { ScreenPhoto } from './photo-images';
import { spreadOf } from './spreads';

const THUMB_WIDTH = 84;
const REPAINT_DELAY_MS = 400;
const FIRST_PAINT_DELAY_MS = 60;

interface Props {
  pages: readonly PageModel[];
  issuePages: readonly Page[];
  outlines: GlyphOutlines;
  atlas: GlyphAtlas;
  currentLabel: string;
  problemsByPage: ReadonlyMap<string, number>;
  /** Loaded photos (the smallest copy is enough here); `photos` goes up when another has loaded. */
  image: (assetId: string, pixels: number) => ScreenPhoto | undefined;
  photos: number;
  onOpen: (label: string) => void;
}

/** Re-rendered only when its page changed: the strip re-renders on every layout answer. */
interface MiniatureProps {
  page: PageModel;
  outlines: GlyphOutlines;
  atlas: GlyphAtlas;
  image: Props['image'];
  photos: number;
}

const Miniature = memo(function Miniature(props: MiniatureProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const painted = useRef({ revision: 0, photos: -1 });
  const { page, outlines, atlas, image, photos } = props;
  const scale = THUMB_WIDTH / page.width;
  useEffect(() => {
    if (painted.current.revision === page.revision && painted.current.photos === photos) return;
    const paint = () => {
      const canvas = ref.current;
      const ctx = canvas?.getContext('2d', { alpha: false });
      if (!canvas || !ctx) return;
      const dpr = window.devicePixelRatio || 1;
      canvas.width = Math.round(page.width * scale * dpr);
      canvas.height = Math.round(page.height * scale * dpr);
      paintPage({ ctx, scale: scale * dpr, outlines, atlas, image }, page.groups, page);
      painted.current = { revision: page.revision, photos };
    };
    // The first drawing waits a moment too: the page being opened is drawn first.
    const timer = window.setTimeout(paint, painted.current.revision === 0 ? FIRST_PAINT_DELAY_MS : REPAINT_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [page, outlines, atlas, image, photos, scale]);
  return (
    <canvas ref={ref} className="thumb-canvas" style={{ width: THUMB_WIDTH, height: page.height * scale }} data-thumbnail={page.label} />
  );
});

export function PageStrip(props: Props) {
  const names = new Map(props.issuePages.map((page) => [page.label, page.name]));
  const byLabel = new Map(props.pages.map((page) => [page.label, page]));
  const labels = props.issuePages.map((page) => page.label);
  const seen = new Set<string>();
  const pairs: string[][] = [];
  for (const label of labels) {
    if (seen.has(label)) continue;
    const pair = spreadOf(labels, label);
    pair.forEach((entry) => seen.add(entry));
    pairs.push(pair);
  }
  return (
    <nav className="page-strip" aria-label="版面缩略图">
      {pairs.map((pair) => (
        <div key={pair.join('+')} className="strip-pair" aria-label={`印刷对版 ${pair.join(' + ')}`}>
          {pair.map((label) => {
            const page = byLabel.get(label);
            const problems = props.problemsByPage.get(label) ?? 0;
            return (
              <button
                key={label}
                type="button"
                className={`strip-page${label === props.currentLabel ? ' is-current' : ''}`}
                aria-current={label === props.currentLabel ? 'page' : undefined}
                title={`${label} ${names.get(label) ?? ''}${problems > 0 ? `：${problems} 个问题` : ''}`}
                data-strip-page={label}
                data-problems={problems}
                onClick={() => props.onOpen(label)}
              >
                <span className="strip-thumb">
                  {page ? (
                    <Miniature page={page} outlines={props.outlines} atlas={props.atlas} image={props.image} photos={props.photos} />
                  ) : (
                    <span className="thumb-placeholder" />
                  )}
                  {problems > 0 && <span className="strip-problems">{problems}</span>}
                </span>
                <span className="strip-label">
                  <strong>{label}</strong> {names.get(label)}
                </span>
              </button>
            );
          })}
        </div>
      ))}
    </nav>
  );
}
