// Outdoor scenes: the park under construction in the valley, the avenue at sunrise, the wind
// turbine nacelle leaving its hall, the second phase of the standard factories, the rooftop solar
// work and the hydrogen lorry at the filling station.
import { random, Scene, shade } from '../lib/canvas.mjs';
import { beams, car, carBack, crane, frame, hall, ridge, sky, sun, tree } from '../lib/elements.mjs';
import { person, roundedBox } from '../lib/people.mjs';
import { lettering } from '../lib/text.mjs';

/** A2: tower cranes over standard factory halls going up in a river valley (a very wide band: y 320–680). */
export function valleyConstruction() {
  const s = new Scene();
  const rnd = random(2);
  sky(s, [
    [0, '#6f9cc8'],
    [0.45, '#bcd3e4'],
    [0.6, '#f1e3c9'],
    [1, '#f4dcb8'],
  ]);
  sun(s, 1180, 430, 26, '#fff3d9');
  ridge(s, rnd, { y: 500, amp: 26, step: 90, fill: '#a9b8c9' });
  ridge(s, rnd, { y: 535, amp: 18, step: 70, fill: '#8ea3a1' });
  s.rect(
    0,
    560,
    1500,
    440,
    s.lin([
      [0, '#b7b28f'],
      [0.4, '#a29d76'],
      [1, '#7f7b5c'],
    ]),
  );
  // The river catching the light, in the valley floor.
  s.path(
    'M0 640 C300 610 520 660 800 632 S1250 600 1500 628 L1500 650 C1250 625 1000 660 800 655 S300 640 0 668 Z',
    s.lin([
      [0, '#d4e2ea'],
      [1, '#9fb9c9'],
    ]),
  );
  for (let i = 0; i < 14; i += 1) s.rect(rnd.range(0, 1500), rnd.range(636, 652), rnd.range(30, 90), 2, '#ffffff', { opacity: 0.6 });
  // Halls in rows, some finished, some still steel frames.
  const rows = [
    { y: 548, h: 30, from: 60, count: 9, width: 130 },
    { y: 575, h: 44, from: 20, count: 7, width: 190 },
  ];
  for (const row of rows)
    for (let i = 0; i < row.count; i += 1) {
      const x = row.from + i * (row.width + 18) + rnd.range(-8, 8);
      if (rnd() < 0.35) frame(s, { x, y: row.y, w: row.width, h: row.h, bays: 6, floors: 1, clad: 0.3, rnd, colour: '#6d7c8f' });
      else
        hall(s, {
          x,
          y: row.y,
          w: row.width,
          h: row.h,
          side: row.h * 0.6,
          wall: rnd.pick(['#e7ebef', '#dde4ea', '#eef0f0']),
          roof: rnd.pick(['#5d7ea6', '#6a8fb5', '#8d9eb0']),
          stripe: rnd() < 0.5 ? '#3f6ea3' : undefined,
        });
    }
  for (const c of [
    { x: 150, top: 360, left: 90, right: 230, colour: '#f0b323' },
    { x: 470, top: 395, left: 70, right: 200, colour: '#e3492f' },
    { x: 760, top: 350, left: 100, right: 260, colour: '#f0b323' },
    { x: 1080, top: 385, left: 80, right: 210, colour: '#e3492f' },
    { x: 1340, top: 370, left: 90, right: 140, colour: '#f0b323' },
  ])
    crane(s, { ...c, ground: 590, hook: rnd.range(0.35, 0.8) });
  // A site road in front with lorries on it.
  s.rect(0, 616, 1500, 14, '#cfc6ad');
  for (const [x, colour] of [
    [300, '#e8e2d4'],
    [920, '#3c6fb0'],
    [1220, '#e8e2d4'],
  ])
    car(s, x, 628, 60, colour, 1);
  s.rect(
    0,
    680,
    1500,
    320,
    s.lin([
      [0, '#8f8a66', 0],
      [1, '#5d5a42', 0.6],
    ]),
  );
  s.finish(2, { vignette: 0.2 });
  return s;
}

/** A3: sunrise down the park's main avenue, young pagoda trees either side, cars driving in (y 239–761). */
export function morningAvenue() {
  const s = new Scene();
  const rnd = random(3);
  const vx = 760;
  const vy = 470;
  sky(s, [
    [0, '#7fa7cf'],
    [0.35, '#d8e0e2'],
    [0.47, '#ffdca8'],
    [0.6, '#f6c98e'],
  ]);
  sun(s, vx - 10, vy - 12, 34, '#fff1cf');
  ridge(s, rnd, { y: 455, amp: 12, step: 110, fill: '#c9b9b0', opacity: 0.8 });
  // Factory blocks at the end of the avenue, in the morning haze.
  for (const [x, w, h, c] of [
    [520, 150, 60, '#d7d3cf'],
    [640, 70, 90, '#cfcdd0'],
    [860, 120, 70, '#d9d2c8'],
    [960, 180, 55, '#d3cfcc'],
    [380, 130, 40, '#cdc8c2'],
  ])
    s.rect(
      x,
      vy - h,
      w,
      h,
      s.lin([
        [0, shade(c, 0.1)],
        [1, shade(c, -0.05)],
      ]),
    );
  s.rect(
    0,
    vy,
    1500,
    530,
    s.lin([
      [0, '#a7b48f'],
      [1, '#5e7550'],
    ]),
  );
  // The road: a wedge to the vanishing point, with lane lines and kerbs.
  s.poly(
    [
      [vx - 14, vy],
      [vx + 14, vy],
      [1700, 1000],
      [-200, 1000],
    ],
    s.lin([
      [0, '#b9aea2'],
      [0.3, '#837c78'],
      [1, '#4f4c50'],
    ]),
  );
  s.poly(
    [
      [vx - 14, vy],
      [vx - 10, vy],
      [-200, 1000],
      [-300, 1000],
    ],
    '#d9d4c8',
  );
  s.poly(
    [
      [vx + 10, vy],
      [vx + 14, vy],
      [1800, 1000],
      [1700, 1000],
    ],
    '#d9d4c8',
  );
  for (let i = 0; i < 14; i += 1) {
    const t0 = Math.pow(i / 14, 2);
    const t1 = Math.pow((i + 0.45) / 14, 2);
    const y0 = vy + (1000 - vy) * t0;
    const y1 = vy + (1000 - vy) * t1;
    const w0 = 1 + 10 * t0;
    const w1 = 1 + 10 * t1;
    s.poly(
      [
        [vx - w0, y0],
        [vx + w0, y0],
        [vx + w1, y1],
        [vx - w1, y1],
      ],
      '#f5f0e1',
    );
  }
  // The sun's glow on the road surface.
  s.poly(
    [
      [vx - 10, vy],
      [vx + 10, vy],
      [vx + 160, 1000],
      [vx - 160, 1000],
    ],
    s.lin([
      [0, '#ffe3b0', 0.55],
      [1, '#ffe3b0', 0],
    ]),
  );
  // Pagoda trees in two rows, with long morning shadows across the road.
  for (let i = 13; i >= 0; i -= 1) {
    const t = Math.pow((i + 1) / 14, 1.6);
    const y = vy + (1000 - vy) * t * 1.05;
    const spread = 40 + 1100 * t;
    const size = 14 + 330 * t;
    for (const side of [-1, 1]) {
      const x = vx + side * spread;
      s.poly(
        [
          [x, y],
          [x + size * 0.1, y],
          [x + size * 0.1 + size * 0.9, y + size * 0.12],
          [x + size * 0.6, y + size * 0.12],
        ],
        '#2d3a2f',
        { opacity: 0.25 },
      );
      tree(s, x, y, size, side < 0 ? '#5d9151' : '#56894c', rnd);
    }
  }
  // Cars heading to the gate, some outbound.
  carBack(s, vx - 60, 640, 120, '#e9ecef');
  carBack(s, vx - 28, 560, 62, '#3c6fb0');
  carBack(s, vx - 12, 512, 32, '#b3403a');
  carBack(s, vx + 70, 830, 210, '#2f3440');
  beams(
    s,
    [
      [vx, vx - 500, vy, 1000, 160],
      [vx, vx + 400, vy, 1000, 140],
    ],
    '#fff1cf',
    0.12,
  );
  s.finish(3, { vignette: 0.25 });
  return s;
}

/** A3 article: the first 10 MW nacelle rolls out of the assembly hall on a multi-axle trailer. */
export function nacelleRollout() {
  const s = new Scene();
  const rnd = random(4);
  sky(s, [
    [0, '#4f86c2'],
    [0.6, '#b6d0e6'],
    [1, '#e6eef2'],
  ]);
  ridge(s, rnd, { y: 600, amp: 20, step: 120, fill: '#9fb2b4' });
  for (const [x, y, sc] of [
    [200, 560, 0.5],
    [330, 575, 0.4],
  ]) {
    s.rect(x - 3 * sc, y - 260 * sc, 6 * sc, 260 * sc, '#f1f4f6');
    for (const a of [0, 120, 240])
      s.path(`M${x} ${y - 260 * sc} l${180 * sc * Math.sin((a * Math.PI) / 180)} ${-180 * sc * Math.cos((a * Math.PI) / 180)}`, 'none', {
        stroke: '#f1f4f6',
        'stroke-width': 6 * sc,
        'stroke-linecap': 'round',
      });
  }
  s.rect(
    0,
    650,
    1500,
    350,
    s.lin([
      [0, '#c9c4b6'],
      [1, '#8b877d'],
    ]),
  );
  // The assembly hall with its tall door open and lit inside.
  s.poly(
    [
      [760, 250],
      [1500, 180],
      [1500, 700],
      [760, 700],
    ],
    s.lin(
      [
        [0, '#e9edf1'],
        [1, '#c5ced8'],
      ],
      0,
      0,
      1,
      0,
    ),
  );
  s.poly(
    [
      [760, 250],
      [1500, 180],
      [1500, 150],
      [760, 225],
    ],
    '#3d6fa6',
  );
  s.path(
    roundedBox(880, 330, 470, 370, 6),
    s.lin([
      [0, '#ffe9bf'],
      [1, '#c9a46a'],
    ]),
  );
  for (let i = 0; i < 6; i += 1) s.rect(900 + i * 80, 340, 40, 8, '#fffaf0');
  s.rect(780, 280, 90, 30, '#3d6fa6');
  // The nacelle: a boxy white housing on a low trailer with many wheels, the hub flange facing us.
  const ny = 560;
  s.path(
    `M300 ${ny - 250} L880 ${ny - 250} Q940 ${ny - 250} 945 ${ny - 190} L950 ${ny - 46} L300 ${ny - 46} Z`,
    s.lin([
      [0, '#ffffff'],
      [0.55, '#e6ebef'],
      [1, '#b4bec8'],
    ]),
  );
  s.poly(
    [
      [300, ny - 250],
      [880, ny - 250],
      [860, ny - 275],
      [320, ny - 275],
    ],
    '#f7f9fa',
  );
  s.rect(330, ny - 300, 90, 26, '#d7dde3');
  s.rect(300, ny - 180, 650, 14, '#2f64a3');
  lettering(s, '10MW', 840, ny - 100, 44, '#2f64a3', { face: 'sans-bold', align: 'right' });
  // The main bearing flange at the front, where the hub will go.
  s.ellipse(
    300,
    ny - 148,
    58,
    112,
    s.lin(
      [
        [0, '#c6ced6'],
        [1, '#7d8996'],
      ],
      0,
      0,
      1,
      0,
    ),
  );
  s.ellipse(294, ny - 148, 34, 72, '#56616d');
  s.ellipse(290, ny - 148, 16, 34, '#2c333b');
  s.rect(200, ny - 46, 780, 30, '#3b3f48');
  s.rect(200, ny - 52, 780, 8, '#e1a526');
  for (let i = 0; i < 12; i += 1) {
    s.circle(230 + i * 62, ny - 4, 22, '#1d2027');
    s.circle(230 + i * 62, ny - 4, 9, '#7e8894');
  }
  s.ellipse(590, ny + 20, 460, 20, '#0b1020', { opacity: 0.22, filter: s.blur(10) });
  // The tractor unit pulling it, and the crew walking alongside.
  s.path(
    roundedBox(40, ny - 150, 150, 120, 14),
    s.lin([
      [0, '#e04a3a'],
      [1, '#a92e24'],
    ]),
  );
  s.rect(60, ny - 135, 80, 50, '#a8c2d8');
  for (const x of [70, 160]) {
    s.circle(x, ny - 8, 26, '#1d2027');
    s.circle(x, ny - 8, 10, '#7e8894');
  }
  person(s, { x: 1010, y: 720, h: 190, face: 'left', helmet: '#f2f2f2', vest: '#f07c1b', top: '#2c4f80', arms: { near: 'point' } });
  person(s, { x: 1130, y: 740, h: 200, face: 'left', helmet: '#f2b51d', top: '#2c4f80', legs: 'walk' });
  person(s, { x: 120, y: 760, h: 210, face: 'right', helmet: '#f2b51d', vest: '#f07c1b', top: '#3a3f4a', arms: { near: 'up' } });
  s.finish(4, { vignette: 0.22 });
  return s;
}

/** A3 article: the standard factory's second phase, façade cladding and the outside pipe trenches. */
export function factoryPhaseTwo() {
  const s = new Scene();
  const rnd = random(5);
  sky(s, [
    [0, '#6c9acb'],
    [1, '#dbe7ef'],
  ]);
  s.rect(
    0,
    660,
    1500,
    340,
    s.lin([
      [0, '#b7a88e'],
      [1, '#8a7a62'],
    ]),
  );
  // Two multi-storey standard factories in perspective, the nearer one still in scaffolding.
  const block = (x, w, top, floors, clad) => {
    const h = 660 - top;
    s.poly(
      [
        [x + w, top],
        [x + w + 150, top + 40],
        [x + w + 150, 680],
        [x + w, 660],
      ],
      shade('#d9dee4', -0.22),
    );
    s.rect(
      x,
      top,
      w,
      h,
      s.lin([
        [0, '#f1f2f0'],
        [1, '#d5d9dd'],
      ]),
    );
    for (let f = 0; f < floors; f += 1) {
      const y = top + 20 + (f * (h - 40)) / floors;
      s.rect(x + 20, y, w - 40, (h - 40) / floors - 24, '#7fa3c4');
      s.rect(x + 20, y, w - 40, 6, '#5c7f9f');
    }
    s.rect(x, top, w, 24, '#2f6aa6');
    if (!clad) {
      // Scaffolding and safety netting over the façade being finished.
      s.rect(x - 10, top - 10, w * 0.55, h + 10, '#3f8a5b', { opacity: 0.55 });
      let grid = '';
      for (let gx = x - 10; gx <= x - 10 + w * 0.55; gx += 40) grid += `M${gx} ${top - 10} V660 `;
      for (let gy = top - 10; gy <= 660; gy += 46) grid += `M${x - 10} ${gy} H${x - 10 + w * 0.55} `;
      s.path(grid, 'none', { stroke: '#c7ced4', 'stroke-width': 3 });
    }
  };
  block(80, 640, 220, 4, false);
  block(880, 420, 300, 3, true);
  crane(s, { x: 780, ground: 660, top: 120, left: 120, right: 360, colour: '#f0b323', hook: 0.6 });
  // The trench of the outside pipe network, pipes along it and a small excavator.
  s.poly(
    [
      [0, 800],
      [1500, 740],
      [1500, 780],
      [0, 850],
    ],
    '#6b5a45',
  );
  s.poly(
    [
      [0, 850],
      [1500, 780],
      [1500, 800],
      [0, 875],
    ],
    '#54473a',
  );
  for (let i = 0; i < 6; i += 1)
    s.path(
      roundedBox(120 + i * 200, 880 - i * 9, 170, 26, 13),
      s.lin([
        [0, '#6aa3d8'],
        [1, '#2d6aa0'],
      ]),
    );
  s.path(roundedBox(1100, 640, 170, 80, 10), '#f0b323');
  s.rect(1130, 590, 90, 60, '#e3a51d');
  s.rect(1145, 600, 60, 36, '#a6c2d8');
  s.line(
    [
      [1250, 650],
      [1360, 560],
      [1430, 700],
    ],
    '#d59a18',
    22,
  );
  s.path('M1410 690 l50 10 l-20 40 l-45 -15z', '#5a5f66');
  s.rect(1090, 720, 200, 26, '#2c2f36');
  person(s, { x: 980, y: 800, h: 160, face: 'left', helmet: '#f2f2f2', vest: '#f07c1b', arms: { near: 'point' } });
  person(s, { x: 900, y: 810, h: 165, face: 'right', helmet: '#f2b51d', top: '#2c4f80' });
  void rnd;
  s.finish(5, { vignette: 0.22 });
  return s;
}

/** A2 article: workers laying photovoltaic modules on a factory roof. */
export function rooftopSolar() {
  const s = new Scene();
  const rnd = random(6);
  sky(s, [
    [0, '#3f7cc0'],
    [0.7, '#a9cbe6'],
    [1, '#e3eef5'],
  ]);
  ridge(s, rnd, { y: 430, amp: 20, step: 120, fill: '#9fb6c4' });
  for (let i = 0; i < 5; i += 1) hall(s, { x: 60 + i * 290, y: 400, w: 230, h: 50, side: 30, wall: '#e5e9ec', roof: '#7b95b3' });
  // The roof plane in perspective and the rows of panels on it.
  s.poly(
    [
      [-100, 1000],
      [-100, 520],
      [1600, 470],
      [1600, 1000],
    ],
    s.lin([
      [0, '#c4c9cf'],
      [1, '#9aa1aa'],
    ]),
  );
  const rows = 5;
  for (let r = 0; r < rows; r += 1) {
    const y0 = 520 + r * 95 + r * r * 6;
    const h = 70 + r * 14;
    const count = 6;
    for (let i = 0; i < count; i += 1) {
      if (r === 3 && i > 3) continue; // the row still being laid
      const x0 = -60 + i * 270 - r * 30;
      const w = 250;
      s.poly(
        [
          [x0, y0 + h],
          [x0 + 30, y0],
          [x0 + 30 + w, y0 - 4],
          [x0 + w, y0 + h - 4],
        ],
        s.lin(
          [
            [0, '#27466e'],
            [0.5, '#1c3557'],
            [1, '#2f5b8f'],
          ],
          0,
          0,
          1,
          1,
        ),
      );
      let cells = '';
      for (let k = 1; k < 6; k += 1)
        cells += `M${x0 + 30 - (30 * k) / 6} ${y0 + (h * k) / 6} L${x0 + 30 + w - (30 * k) / 6} ${y0 - 4 + (h * k) / 6} `;
      for (let k = 1; k < 10; k += 1)
        cells += `M${x0 + 30 + (w * k) / 10} ${y0 - 4 * (k / 10)} L${x0 + (w * k) / 10} ${y0 + h - 4 * (k / 10)} `;
      s.path(cells, 'none', { stroke: '#8fb2d8', 'stroke-width': 1.2, opacity: 0.55 });
      s.poly(
        [
          [x0 + 30, y0],
          [x0 + 80, y0 - 1],
          [x0 + 40, y0 + h],
          [x0, y0 + h],
        ],
        '#ffffff',
        { opacity: 0.12 },
      );
    }
  }
  // Two workers carrying a module to the open row, a third fixing one.
  const module = (x, y) =>
    s.poly(
      [
        [x - 110, y + 10],
        [x - 90, y - 40],
        [x + 110, y - 44],
        [x + 90, y + 6],
      ],
      '#244a78',
    );
  person(s, {
    x: 1000,
    y: 900,
    h: 300,
    face: 'right',
    helmet: '#f2b51d',
    top: '#2e5b91',
    arms: { near: 'hold', far: 'hold' },
    legs: 'walk',
  });
  module(1090, 760);
  person(s, { x: 1220, y: 890, h: 290, face: 'left', helmet: '#f2f2f2', top: '#e07b22', arms: { near: 'hold', far: 'hold' } });
  person(s, {
    x: 520,
    y: 860,
    h: 270,
    face: 'right',
    helmet: '#f2b51d',
    top: '#2e5b91',
    legs: 'sit',
    arms: { near: 'reach', far: 'reach' },
  });
  s.finish(6, { vignette: 0.2 });
  return s;
}

/** A5 article: a 49-tonne fuel-cell lorry being filled with hydrogen at the station's dispenser. */
export function hydrogenStation() {
  const s = new Scene();
  sky(s, [
    [0, '#5b8fc6'],
    [1, '#d8e6ef'],
  ]);
  s.rect(
    0,
    720,
    1500,
    280,
    s.lin([
      [0, '#a9adb2'],
      [1, '#6c7077'],
    ]),
  );
  // The canopy of the station.
  s.rect(
    -20,
    120,
    1540,
    70,
    s.lin([
      [0, '#f4f6f8'],
      [1, '#cdd5dc'],
    ]),
  );
  s.rect(-20, 180, 1540, 16, '#1e9e6a');
  s.rect(200, 196, 40, 540, '#dfe4e8');
  s.rect(1260, 196, 40, 540, '#dfe4e8');
  for (let i = 0; i < 6; i += 1) s.rect(120 + i * 250, 196, 120, 8, '#fffbe8');
  // The lorry: cab and a long box body, facing left.
  s.path(
    roundedBox(180, 380, 300, 330, 26),
    s.lin([
      [0, '#2f7fc1'],
      [1, '#1b4f86'],
    ]),
  );
  s.path(roundedBox(200, 400, 200, 130, 14), '#a6c4dc');
  s.rect(
    480,
    300,
    820,
    400,
    s.lin([
      [0, '#f6f7f8'],
      [1, '#c9d0d6'],
    ]),
  );
  s.rect(480, 560, 820, 30, '#1e9e6a');
  s.rect(480, 700, 820, 28, '#2a2d33');
  for (const x of [270, 700, 820, 1150, 1250]) {
    s.circle(x, 735, 46, '#1c1f25');
    s.circle(x, 735, 18, '#8f98a3');
  }
  s.ellipse(740, 780, 640, 20, '#0b1020', { opacity: 0.25, filter: s.blur(10) });
  // The dispenser and the hose to the filling point on the lorry.
  s.path(
    roundedBox(1340, 420, 110, 330, 12),
    s.lin(
      [
        [0, '#ffffff'],
        [1, '#c7cfd6'],
      ],
      0,
      0,
      1,
      0,
    ),
  );
  s.rect(1355, 450, 80, 60, '#20344c');
  s.rect(1362, 458, 66, 20, '#5fd0a0');
  s.rect(1340, 420, 110, 22, '#1e9e6a');
  s.path('M1360 560 C1300 650 1200 640 1150 600', 'none', { stroke: '#23262d', 'stroke-width': 10, 'stroke-linecap': 'round' });
  s.rect(1060, 590, 40, 30, '#4a525c');
  person(s, {
    x: 1150,
    y: 800,
    h: 290,
    face: 'left',
    top: '#1e9e6a',
    helmet: '#f2f2f2',
    gloves: '#e9eef2',
    arms: {
      near: [
        [0.08, 0.12],
        [0.2, 0.04],
      ],
      far: 'hold',
    },
  });
  s.finish(7, { vignette: 0.2 });
  return s;
}

export { car, hall, tree };
