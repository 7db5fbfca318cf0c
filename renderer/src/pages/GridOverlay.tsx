// The layout grid over a page: the type area, its base columns (栏) and body lines (行), drawn
// as the thin coloured guides layout programs use. Never printed.
import type { PageGeometry } from '../../../shared/layout/geometry';
import { cellRect, lineY, typeAreaRect } from '../../../shared/layout/geometry';

export function GridOverlay(props: { geometry: PageGeometry; zoom: number }) {
  const { geometry, zoom } = props;
  const { format } = geometry;
  const area = typeAreaRect(geometry);
  const columns = Array.from({ length: format.columns }, (_, col) => cellRect(geometry, col, 0, 1, geometry.lines));
  const lines = Array.from({ length: geometry.lines + 1 }, (_, line) => lineY(geometry, line) * zoom);
  return (
    <svg className="grid-overlay" width={geometry.width * zoom} height={geometry.height * zoom} aria-hidden="true" data-grid-overlay="">
      <g className="grid-lines">
        {lines.map((y, index) => (
          <line key={index} x1={area.x * zoom} x2={(area.x + area.width) * zoom} y1={y} y2={y} />
        ))}
      </g>
      <g className="grid-columns">
        {columns.map((column, index) => (
          <rect key={index} x={column.x * zoom} y={column.y * zoom} width={column.width * zoom} height={column.height * zoom} />
        ))}
      </g>
      <rect className="grid-area" x={area.x * zoom} y={area.y * zoom} width={area.width * zoom} height={area.height * zoom} />
    </svg>
  );
}
