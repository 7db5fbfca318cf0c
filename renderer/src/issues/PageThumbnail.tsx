// A miniature of a page drawn to scale from the profile's format (trim, margins, grid) and the
// page's blocks, so editors recognise the page at a glance. Units inside the SVG are points;
// positions come from the page geometry the layout uses.
import { blockRectPt, cellRect, pageGeometry, ruleSegment, type PageGeometry } from '../../../shared/layout/geometry';
import type { Block, Page } from '../../../shared/model/issue';
import type { PageFormat } from '../../../shared/model/profile';

interface Props {
  page: Page;
  format: PageFormat;
  /** Right-hand pages (A1, A3, …) have their inside margin on the left. */
  recto: boolean;
  headlines: ReadonlyMap<string, string>;
  mastheadTitle: string;
}

function clip(text: string, width: number, size: number): string {
  const fits = Math.max(1, Math.floor(width / size) - 1);
  return text.length > fits ? `${text.slice(0, Math.max(1, fits - 1))}…` : text;
}

function BlockShape(props: { block: Block; g: PageGeometry; headlines: ReadonlyMap<string, string>; mastheadTitle: string }) {
  const { block, g } = props;
  const { x, y, width, height } = blockRectPt(g, block);
  if (block.kind === 'rule') {
    const { x1, y1, x2, y2 } = ruleSegment(g, block);
    return <line className="thumb-rule" x1={x1} x2={x2} y1={y1} y2={y2} />;
  }
  const label =
    block.kind === 'article'
      ? block.articleId === null
        ? '空版块'
        : (props.headlines.get(block.articleId) ?? '稿件')
      : block.kind === 'photo'
        ? '图片'
        : block.kind === 'masthead'
          ? props.mastheadTitle
          : '';
  const size = block.kind === 'masthead' ? Math.min(120, height * 0.5) : 30;
  return (
    <g className={`thumb-block thumb-${block.kind}`}>
      <rect x={x} y={y} width={width} height={height} />
      {label && height > size && (
        <text x={x + 10} y={y + size + 6} fontSize={size}>
          {clip(label, width - 20, size)}
        </text>
      )}
    </g>
  );
}

export function PageThumbnail(props: Props) {
  // Page 0 is a right-hand page, 1 a left-hand one: all the geometry needs of the page's place.
  const g = pageGeometry(props.format, props.recto ? 0 : 1);
  const columns = Array.from({ length: props.format.columns }, (_, col) => cellRect(g, col, 0, 1, g.lines));
  return (
    <svg className="page-thumb" viewBox={`0 0 ${g.width} ${g.height}`} role="img" aria-label={`${props.page.label}版缩略图`}>
      <rect className="thumb-paper" x={0} y={0} width={g.width} height={g.height} />
      <g>
        {columns.map((column, col) => (
          <rect key={col} className="thumb-column" x={column.x} y={column.y} width={column.width} height={column.height} />
        ))}
        {props.page.blocks.map((block) => (
          <BlockShape key={block.id} block={block} g={g} headlines={props.headlines} mastheadTitle={props.mastheadTitle} />
        ))}
      </g>
    </svg>
  );
}
