// A ruler in millimetres along the pages (top or left), counted from each page's trim edge, with
// ticks every millimetre, 5 and 10 mm as the zoom allows. Drawn on a canvas; never printed.
import { useLayoutEffect, useRef } from 'react';
import { mm, mmToPt } from '../../../shared/units/units';

const PT_PER_MM = mmToPt(mm(1));

interface Props {
  orientation: 'horizontal' | 'vertical';
  /** Where each page starts along the ruler (CSS px) and its length in points. */
  pages: ReadonlyArray<{ offset: number; length: number }>;
  /** CSS pixels per point. */
  zoom: number;
  /** Length of the ruler in CSS px. */
  length: number;
}

export const RULER_SIZE = 20;

function tickStep(pxPerMm: number): number {
  for (const step of [1, 2, 5, 10, 20, 50]) if (step * pxPerMm >= 4) return step;
  return 100;
}

export function Ruler(props: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const horizontal = props.orientation === 'horizontal';
  // Drawn again only when what it shows changes (the page view re-renders on every edit).
  const pagesKey = JSON.stringify(props.pages);
  const { zoom, length } = props;
  useLayoutEffect(() => {
    const pages = JSON.parse(pagesKey) as Props['pages'];
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    const long = Math.max(1, Math.round(length));
    canvas.width = (horizontal ? long : RULER_SIZE) * dpr;
    canvas.height = (horizontal ? RULER_SIZE : long) * dpr;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = '#f4f5f7';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.strokeStyle = '#8a929c';
    ctx.fillStyle = '#4d5560';
    ctx.font = '9px system-ui, sans-serif';
    ctx.lineWidth = 1;
    const pxPerMm = zoom * PT_PER_MM;
    const step = tickStep(pxPerMm);
    const labelEvery = step * 10 * pxPerMm >= 60 ? step * 5 : step * 10 * pxPerMm >= 30 ? step * 10 : step * 20;
    ctx.beginPath();
    for (const page of pages) {
      const mm = Math.floor(page.length / PT_PER_MM / step) * step;
      for (let at = 0; at <= mm; at += step) {
        const pos = Math.round(page.offset + at * pxPerMm) + 0.5;
        const size = at % (step * 10) === 0 ? 10 : at % (step * 5) === 0 ? 7 : 4;
        if (horizontal) {
          ctx.moveTo(pos, RULER_SIZE);
          ctx.lineTo(pos, RULER_SIZE - size);
        } else {
          ctx.moveTo(RULER_SIZE, pos);
          ctx.lineTo(RULER_SIZE - size, pos);
        }
        if (at % labelEvery === 0) {
          if (horizontal) ctx.fillText(String(at), pos + 2, 9);
          else {
            ctx.save();
            ctx.translate(9, pos + 2);
            ctx.rotate(Math.PI / 2);
            ctx.fillText(String(at), 0, 0);
            ctx.restore();
          }
        }
      }
    }
    ctx.stroke();
  }, [horizontal, length, pagesKey, zoom]);
  return (
    <canvas
      ref={ref}
      className={`ruler ruler-${props.orientation}`}
      data-ruler={props.orientation}
      style={horizontal ? { width: props.length, height: RULER_SIZE } : { width: RULER_SIZE, height: props.length }}
      aria-hidden="true"
    />
  );
}
