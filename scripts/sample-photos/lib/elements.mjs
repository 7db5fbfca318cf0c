// Recurring pieces of the sample scenes: sky, ridges, buildings, cranes, trees, vehicles, light.
import { mix, n, shade } from './canvas.mjs';
import { roundedBox } from './people.mjs';

export function sky(s, stops, top = 0, bottom = s.height) {
  s.rect(0, top, s.width, bottom - top, s.lin(stops));
}

/** A ridge line across the picture, filled down to `bottom`. */
export function ridge(s, rnd, { y, amp, step = 60, fill, bottom = s.height, opacity }) {
  const points = [];
  let h = 0;
  for (let x = -step; x <= s.width + step; x += step) {
    h = h * 0.55 + rnd.range(-1, 1) * amp;
    points.push([x, y + h]);
  }
  let d = `M${n(points[0][0])} ${n(bottom)} L${n(points[0][0])} ${n(points[0][1])}`;
  for (let i = 1; i < points.length; i += 1) {
    const [px, py] = points[i - 1];
    const [qx, qy] = points[i];
    d += ` Q${n(px + step / 2)} ${n(Math.min(py, qy) - amp * 0.2)} ${n(qx)} ${n(qy)}`;
  }
  d += ` L${n(points[points.length - 1][0])} ${n(bottom)} Z`;
  s.path(d, fill, { opacity });
}

/** Sun or lamp glow: a bright core in a wide soft halo. */
export function sun(s, x, y, r, colour = '#fff4d6') {
  s.circle(
    x,
    y,
    r * 6,
    s.rad([
      [0, colour, 0.55],
      [0.35, colour, 0.18],
      [1, colour, 0],
    ]),
  );
  s.circle(x, y, r, colour);
}

/** Shafts of light falling from (x, y) at a slant. */
export function beams(s, shafts, colour = '#fff6dc', opacity = 0.22) {
  for (const [x1, x2, y1, y2, spread] of shafts) {
    s.poly(
      [
        [x1, y1],
        [x1 + spread * 0.3, y1],
        [x2 + spread, y2],
        [x2, y2],
      ],
      s.lin([
        [0, colour, opacity],
        [1, colour, 0],
      ]),
    );
  }
}

/** A factory hall seen from the front-side: a wall, a pitched roof edge and a band of windows. */
export function hall(s, { x, y, w, h, wall = '#dfe4ea', roof = '#7c8ea3', side = 0, windows = '#9fb7cc', stripe }) {
  if (side > 0) {
    s.poly(
      [
        [x + w, y],
        [x + w + side, y - side * 0.35],
        [x + w + side, y + h - side * 0.35],
        [x + w, y + h],
      ],
      shade(wall, -0.25),
    );
    s.poly(
      [
        [x, y],
        [x + side, y - side * 0.35],
        [x + w + side, y - side * 0.35],
        [x + w, y],
      ],
      roof,
    );
  }
  s.rect(
    x,
    y,
    w,
    h,
    s.lin([
      [0, shade(wall, 0.08)],
      [1, shade(wall, -0.1)],
    ]),
  );
  s.rect(x, y, w, h * 0.06, shade(roof, -0.05));
  if (stripe) s.rect(x, y + h * 0.12, w, h * 0.06, stripe);
  const rows = h > 120 ? 2 : 1;
  const count = Math.max(2, Math.floor(w / 42));
  const gap = w / count;
  for (let r = 0; r < rows; r += 1)
    for (let i = 0; i < count; i += 1) {
      s.rect(x + i * gap + gap * 0.18, y + h * (0.26 + r * 0.32), gap * 0.64, h * 0.16, windows, { opacity: 0.9 });
    }
}

/** A tower crane: mast from the ground to `top`, jib out to the left and right. */
export function crane(s, { x, ground, top, left, right, colour = '#f0b323', hook = 0.5 }) {
  const mast = 16;
  const steel = shade(colour, -0.15);
  s.rect(x - mast / 2, top, mast, ground - top, 'none', { stroke: steel, 'stroke-width': 2.5 });
  let lattice = '';
  for (let y = top; y < ground; y += mast) lattice += `M${n(x - mast / 2)} ${n(y)} L${n(x + mast / 2)} ${n(y + mast)} `;
  s.path(lattice, 'none', { stroke: steel, 'stroke-width': 1.6 });
  s.rect(x - mast / 2 - 1, top, 3, ground - top, colour);
  s.rect(x + mast / 2 - 2, top, 3, ground - top, colour);
  // Jib and counter-jib, the cab and the tie rods from the peak.
  s.rect(x - left, top - 10, left + right, 10, colour);
  let truss = '';
  for (let t = x - left; t < x + right; t += 20) truss += `M${n(t)} ${n(top)} L${n(t + 10)} ${n(top - 10)} L${n(t + 20)} ${n(top)} `;
  s.path(truss, 'none', { stroke: steel, 'stroke-width': 1.4 });
  s.poly(
    [
      [x - 6, top - 10],
      [x + 6, top - 10],
      [x + 2, top - 46],
      [x - 2, top - 46],
    ],
    colour,
  );
  s.line(
    [
      [x, top - 46],
      [x + right * 0.7, top - 10],
    ],
    steel,
    1.4,
  );
  s.line(
    [
      [x, top - 46],
      [x - left * 0.9, top - 10],
    ],
    steel,
    1.4,
  );
  s.rect(x - left + 4, top, 34, 20, '#5b6470');
  s.rect(x + 8, top, 16, 16, '#c9d6e0');
  const hx = x + right * hook;
  s.line(
    [
      [hx, top],
      [hx, top + (ground - top) * 0.45],
    ],
    '#3b4250',
    1.2,
  );
  s.rect(hx - 5, top + (ground - top) * 0.45, 10, 8, '#3b4250');
}

/** A steel frame under construction: columns, beams and a few bays clad. */
export function frame(s, { x, y, w, h, bays = 6, floors = 2, colour = '#8796a8', clad = 0.4, cladding = '#d9dfe6', rnd }) {
  const bay = w / bays;
  for (let i = 0; i < bays; i += 1) {
    if (rnd() < clad)
      s.rect(
        x + i * bay,
        y,
        bay,
        h,
        s.lin([
          [0, shade(cladding, 0.05)],
          [1, shade(cladding, -0.12)],
        ]),
      );
  }
  for (let i = 0; i <= bays; i += 1) s.rect(x + i * bay - 2.5, y, 5, h, colour);
  for (let f = 0; f <= floors; f += 1) s.rect(x, y + (h * f) / floors - 2, w, 4, colour);
  s.poly(
    [
      [x - 6, y],
      [x + w / 2, y - h * 0.12],
      [x + w + 6, y],
    ],
    'none',
    { stroke: colour, 'stroke-width': 4 },
  );
}

/** A rounded deciduous tree (the young 国槐 of the avenue). */
export function tree(s, x, y, size, leaf = '#4f8a4b', rnd) {
  s.rect(x - size * 0.05, y - size * 0.7, size * 0.1, size * 0.7, '#5a4634');
  const blobs = [
    [0, -1.05, 0.5],
    [-0.3, -0.85, 0.36],
    [0.3, -0.88, 0.38],
    [0.05, -1.3, 0.34],
  ];
  for (const [dx, dy, r] of blobs) {
    const jitter = rnd ? rnd.range(-0.05, 0.05) : 0;
    s.circle(
      x + (dx + jitter) * size,
      y + dy * size,
      r * size,
      s.rad(
        [
          [0, shade(leaf, 0.22)],
          [0.7, leaf],
          [1, shade(leaf, -0.25)],
        ],
        0.35,
        0.3,
        0.8,
      ),
    );
  }
}

/** A car from the side (dir 1 faces right), `w` long. */
export function car(s, x, y, w, colour, dir = 1) {
  const h = w * 0.3;
  s.ellipse(x, y, w * 0.55, h * 0.12, '#0b1020', { opacity: 0.25 });
  s.path(
    roundedBox(x - w / 2, y - h * 0.75, w, h * 0.55, h * 0.18),
    s.lin([
      [0, shade(colour, 0.15)],
      [1, shade(colour, -0.2)],
    ]),
  );
  const cabin = [
    [x - w * 0.3 * dir, y - h * 0.72],
    [x - w * 0.18 * dir, y - h * 1.1],
    [x + w * 0.14 * dir, y - h * 1.1],
    [x + w * 0.3 * dir, y - h * 0.72],
  ];
  s.poly(cabin, shade(colour, -0.05));
  s.poly(
    cabin.map(([cx, cy], i) => [
      cx + (i < 2 ? 0.03 : -0.03) * w * dir * (i === 0 || i === 3 ? 1 : 0.5),
      cy + (i === 1 || i === 2 ? 0.06 * h : -0.02 * h),
    ]),
    '#9fb4c6',
  );
  for (const f of [-0.3, 0.3]) {
    s.circle(x + f * w, y - h * 0.18, h * 0.22, '#1e222b');
    s.circle(x + f * w, y - h * 0.18, h * 0.1, '#8c96a3');
  }
}

/** A car seen from behind, heading into the picture, `w` wide. */
export function carBack(s, x, y, w, colour) {
  const h = w * 0.72;
  s.ellipse(x, y, w * 0.6, w * 0.08, '#0b1020', { opacity: 0.28 });
  s.path(roundedBox(x - w * 0.38, y - h, w * 0.76, h * 0.45, w * 0.12), shade(colour, -0.08));
  s.path(roundedBox(x - w * 0.31, y - h * 0.93, w * 0.62, h * 0.33, w * 0.08), '#3a4656');
  s.path(
    roundedBox(x - w / 2, y - h * 0.58, w, h * 0.45, w * 0.08),
    s.lin([
      [0, shade(colour, 0.12)],
      [1, shade(colour, -0.22)],
    ]),
  );
  s.rect(x - w * 0.45, y - h * 0.48, w * 0.16, h * 0.08, '#e2463a');
  s.rect(x + w * 0.29, y - h * 0.48, w * 0.16, h * 0.08, '#e2463a');
  s.rect(x - w * 0.12, y - h * 0.36, w * 0.24, h * 0.09, '#eef0f3');
  s.rect(x - w * 0.44, y - h * 0.14, w * 0.16, h * 0.16, '#1e222b');
  s.rect(x + w * 0.28, y - h * 0.14, w * 0.16, h * 0.16, '#1e222b');
}

/** Evenly spaced ceiling lamps or windows along a row, as in a long hall. */
export function lampRow(s, x1, x2, y, count, colour = '#fffbe8', w = 60, h = 10) {
  for (let i = 0; i < count; i += 1) {
    const x = x1 + ((x2 - x1) * i) / Math.max(1, count - 1);
    s.rect(x - w / 2, y - h / 2, w, h, colour);
    s.glow(x, y + h, w * 0.9, h * 3, colour, 0.35, 12);
  }
}

export { mix, shade };
