// A miniature of a page drawn to scale from the profile's format (trim, margins, grid) and the
// page's blocks, so editors recognise the page at a glance. Units inside the SVG are points.
import type { Block, Page } from '../../../shared/model/issue';
import type { PageFormat } from '../../../shared/model/profile';
import { mmToPt } from '../../../shared/units/units';

interface Props {
  page: Page;
  format: PageFormat;
  /** Right-hand pages (A1, A3, …) have their inside margin on the left. */
  recto: boolean;
  headlines: ReadonlyMap<string, string>;
  mastheadTitle: string;
}

function geometry(format: PageFormat, recto: boolean) {
  const column = format.columnChars * format.bodySize;
  const gutter = format.gutterChars * format.bodySize;
  return {
    width: mmToPt(format.trimWidth),
    height: mmToPt(format.trimHeight),
    left: mmToPt(recto ? format.marginInside : format.marginOutside),
    top: mmToPt(format.marginTop),
    column,
    gutter,
    x: (col: number) => col * (column + gutter),
    w: (cols: number) => cols * column + (cols - 1) * gutter,
    y: (line: number) => line * format.bodyLeading,
    h: (lines: number) => lines * format.bodyLeading,
  };
}

function clip(text: string, width: number, size: number): string {
  const fits = Math.max(1, Math.floor(width / size) - 1);
  return text.length > fits ? `${text.slice(0, Math.max(1, fits - 1))}…` : text;
}

function BlockShape(props: {
  block: Block;
  g: ReturnType<typeof geometry>;
  headlines: ReadonlyMap<string, string>;
  mastheadTitle: string;
}) {
  const { block, g } = props;
  const x = g.x(block.col);
  const y = g.y(block.line);
  const width = g.w(block.cols);
  const height = g.h(block.lines);
  if (block.kind === 'rule') {
    return block.orientation === 'horizontal' ? (
      <line className="thumb-rule" x1={x} x2={x + width} y1={y} y2={y} />
    ) : (
      <line className="thumb-rule" x1={x} x2={x} y1={y} y2={y + height} />
    );
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
  const g = geometry(props.format, props.recto);
  const columns = Array.from({ length: props.format.columns }, (_, index) => index);
  return (
    <svg className="page-thumb" viewBox={`0 0 ${g.width} ${g.height}`} role="img" aria-label={`${props.page.label}版缩略图`}>
      <rect className="thumb-paper" x={0} y={0} width={g.width} height={g.height} />
      <g transform={`translate(${g.left} ${g.top})`}>
        {columns.map((col) => (
          <rect
            key={col}
            className="thumb-column"
            x={g.x(col)}
            y={0}
            width={g.column}
            height={g.height - g.top - mmToPt(props.format.marginBottom)}
          />
        ))}
        {props.page.blocks.map((block) => (
          <BlockShape key={block.id} block={block} g={g} headlines={props.headlines} mastheadTitle={props.mastheadTitle} />
        ))}
      </g>
    </svg>
  );
}
