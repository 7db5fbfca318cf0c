// Interiors: the hydraulic cylinder workshop, the battery-module test lab, the carbon materials
// packing line, and the two portraits of the profile page (on site, and at the electrolyser line).
import { random, Scene, shade } from '../lib/canvas.mjs';
import { beams, lampRow } from '../lib/elements.mjs';
import { person, roundedBox } from '../lib/people.mjs';

/** A hall seen down its length: back wall, roof trusses, floor in perspective, windows high up. */
function hallInterior(s, { wall = '#d9dee3', floor = '#9aa3ab', roof = '#aeb7c0', horizon = 520, windows = true }) {
  s.rect(
    0,
    0,
    1500,
    horizon,
    s.lin([
      [0, shade(roof, -0.1)],
      [1, wall],
    ]),
  );
  s.rect(
    0,
    horizon,
    1500,
    1000 - horizon,
    s.lin([
      [0, shade(floor, 0.1)],
      [1, shade(floor, -0.2)],
    ]),
  );
  if (windows)
    for (let i = 0; i < 7; i += 1)
      s.rect(
        60 + i * 210,
        120,
        150,
        90,
        s.lin([
          [0, '#f9fbfc'],
          [1, '#cfe0ee'],
        ]),
        { opacity: 0.95 },
      );
  let truss = '';
  for (let i = 0; i < 8; i += 1) {
    const y = 40 + i * 22;
    truss += `M0 ${y} L1500 ${y} `;
  }
  s.path(truss, 'none', { stroke: shade(roof, -0.3), 'stroke-width': 3, opacity: 0.35 });
  // Floor markings running to the back, the aisle of the workshop.
  s.poly(
    [
      [640, horizon],
      [860, horizon],
      [1400, 1000],
      [100, 1000],
    ],
    shade(floor, -0.05),
  );
  s.path(`M640 ${horizon} L100 1000 M860 ${horizon} L1400 1000`, 'none', { stroke: '#e8c33a', 'stroke-width': 8 });
}

/** A machining centre: a cabinet with a window and a control panel, at (x, y) standing on y. */
function machine(s, x, y, w, h, colour = '#e9edf0') {
  s.path(
    roundedBox(x, y - h, w, h, 10),
    s.lin(
      [
        [0, shade(colour, 0.06)],
        [1, shade(colour, -0.16)],
      ],
      0,
      0,
      1,
      0.2,
    ),
  );
  s.rect(x, y - h, w, h * 0.12, '#2d6aa6');
  s.path(
    roundedBox(x + w * 0.12, y - h * 0.78, w * 0.5, h * 0.42, 6),
    s.lin([
      [0, '#4a6a86'],
      [1, '#1f3245'],
    ]),
  );
  s.rect(x + w * 0.16, y - h * 0.74, w * 0.08, h * 0.34, '#ffffff', { opacity: 0.18 });
  s.rect(x + w * 0.7, y - h * 0.78, w * 0.2, h * 0.28, '#26303c');
  s.rect(x + w * 0.72, y - h * 0.75, w * 0.16, h * 0.1, '#61c7e8');
  s.rect(x, y - h * 0.06, w, h * 0.06, '#3b4350');
}

/** A hydraulic cylinder lying along x: chrome rod, barrel, end caps. */
function cylinder(s, x, y, length, radius, barrel = '#3b6ea8') {
  const rod = length * 0.45;
  s.rect(
    x + length - rod,
    y - radius * 0.45,
    rod,
    radius * 0.9,
    s.lin([
      [0, '#f7f9fb'],
      [0.35, '#c7ced6'],
      [0.6, '#ffffff'],
      [1, '#7d8894'],
    ]),
  );
  s.path(
    roundedBox(x, y - radius, length - rod + 10, radius * 2, radius * 0.4),
    s.lin([
      [0, shade(barrel, 0.3)],
      [0.4, barrel],
      [1, shade(barrel, -0.4)],
    ]),
  );
  s.rect(
    x - 10,
    y - radius * 1.1,
    26,
    radius * 2.2,
    s.lin([
      [0, '#9aa4ae'],
      [1, '#5b646e'],
    ]),
  );
  s.rect(
    x + length - rod - 12,
    y - radius * 1.05,
    24,
    radius * 2.1,
    s.lin([
      [0, '#9aa4ae'],
      [1, '#5b646e'],
    ]),
  );
  s.circle(
    x + length,
    y,
    radius * 0.6,
    s.lin([
      [0, '#c9d0d7'],
      [1, '#6f7983'],
    ]),
  );
}

/** A1: a technician checks a new hydraulic cylinder on the test bench of the digital workshop (y 97–903). */
export function hydraulicWorkshop() {
  const s = new Scene();
  hallInterior(s, { horizon: 470 });
  beams(
    s,
    [
      [200, 100, 210, 900, 160],
      [620, 560, 210, 900, 160],
      [1040, 1000, 210, 900, 160],
    ],
    '#fff7e2',
    0.2,
  );
  // Rows of machining centres receding on both sides.
  for (let i = 5; i >= 0; i -= 1) {
    const t = 1 - i * 0.15;
    machine(s, 560 - 520 * t, 470 + 260 * t, 230 * t, 240 * t);
    machine(s, 940 + 300 * t, 470 + 180 * t, 200 * t, 210 * t, '#e4e8ec');
  }
  lampRow(s, 200, 1300, 60, 6, '#fffbe8', 90, 10);
  // The test bench in front: a steel table carrying three finished cylinders.
  s.rect(
    330,
    760,
    900,
    40,
    s.lin([
      [0, '#6b7784'],
      [1, '#3e4751'],
    ]),
  );
  s.rect(360, 800, 30, 200, '#3e4751');
  s.rect(1170, 800, 30, 200, '#3e4751');
  cylinder(s, 380, 720, 760, 34, '#2f62a0');
  cylinder(s, 420, 650, 700, 30, '#2f62a0');
  s.path(roundedBox(360, 600, 80, 190, 8), '#4b5561');
  // Pressure gauge and hoses of the bench.
  s.circle(400, 580, 40, '#eef1f4', { stroke: '#4b5561', 'stroke-width': 8 });
  s.line(
    [
      [400, 580],
      [420, 555],
    ],
    '#d0392b',
    5,
  );
  s.path('M420 760 C500 880 600 860 640 790', 'none', { stroke: '#22252b', 'stroke-width': 12 });
  // The technician with a tablet, a colleague at the far end.
  const tech = person(s, {
    x: 1270,
    y: 960,
    h: 470,
    face: 'left',
    top: '#27558f',
    helmet: '#f2f2f2',
    arms: {
      near: [
        [0.1, 0.13],
        [0.2, 0.06],
      ],
      far: [
        [0.08, 0.15],
        [0.18, 0.08],
      ],
    },
  });
  s.path(roundedBox(tech.hands.near[0] - 60, tech.hands.near[1] - 60, 70, 96, 8), '#1e2530');
  s.rect(tech.hands.near[0] - 54, tech.hands.near[1] - 54, 58, 76, '#5ac2e6');
  person(s, { x: 300, y: 900, h: 330, face: 'right', top: '#27558f', helmet: '#f2b51d', arms: { near: 'reach', far: 'hold' } });
  s.finish(11, { vignette: 0.3 });
  return s;
}

/** A5: technicians tune an automated battery-module test station in the R&D lab (y 187–813). */
export function batteryLab() {
  const s = new Scene();
  hallInterior(s, { wall: '#e9eef2', floor: '#c4ccd3', roof: '#dfe5ea', horizon: 540, windows: false });
  // Glass partition and the lab's benches along the back.
  for (let i = 0; i < 6; i += 1)
    s.rect(
      i * 260,
      180,
      240,
      330,
      s.lin([
        [0, '#d7e6f1'],
        [1, '#edf3f7'],
      ]),
      { opacity: 0.8 },
    );
  lampRow(s, 150, 1350, 90, 5, '#ffffff', 160, 12);
  // The test station: an enclosure, a conveyor of modules and a gantry arm.
  s.path(
    roundedBox(260, 340, 900, 440, 16),
    s.lin([
      [0, '#f7f9fa'],
      [1, '#cfd7de'],
    ]),
  );
  s.rect(
    300,
    380,
    820,
    250,
    s.lin([
      [0, '#dfeaf2'],
      [1, '#b9cad8'],
    ]),
    { opacity: 0.85 },
  );
  s.rect(300, 620, 820, 40, '#36414d');
  for (let i = 0; i < 5; i += 1) {
    s.path(
      roundedBox(330 + i * 160, 540, 130, 80, 6),
      s.lin([
        [0, '#2f6fb0'],
        [1, '#1b4a7c'],
      ]),
    );
    for (let k = 0; k < 4; k += 1) s.rect(345 + i * 160 + k * 28, 528, 16, 14, '#d8dde3');
  }
  s.rect(300, 400, 820, 24, '#6b7784');
  s.rect(600, 424, 26, 110, '#9aa4ae');
  s.path(roundedBox(580, 500, 66, 36, 6), '#f08a24');
  s.line(
    [
      [613, 536],
      [613, 560],
    ],
    '#2b2f36',
    8,
  );
  // Monitor on an arm showing voltage curves.
  s.path(roundedBox(1180, 300, 250, 170, 10), '#1e2530');
  s.rect(1192, 312, 226, 146, '#10263b');
  s.path('M1200 430 C1240 380 1270 410 1300 360 S1370 340 1410 330', 'none', { stroke: '#5fd0a0', 'stroke-width': 4 });
  s.path('M1200 440 L1260 420 L1320 426 L1410 400', 'none', { stroke: '#f0b323', 'stroke-width': 3 });
  s.rect(1295, 470, 16, 120, '#8a949e');
  s.rect(260, 780, 900, 30, '#3e4751');
  // Two technicians in lab coats, one at the panel, one checking a module.
  person(s, {
    x: 1240,
    y: 930,
    h: 430,
    face: 'left',
    coat: true,
    hairStyle: 'bun',
    glasses: true,
    arms: {
      near: [
        [0.1, 0.1],
        [0.22, 0.0],
      ],
      far: 'hold',
    },
  });
  person(s, { x: 160, y: 920, h: 420, face: 'right', coat: true, arms: { near: 'reach', far: 'hold' } });
  s.finish(12, { vignette: 0.22 });
  return s;
}

/** A7: modified carbon material comes off the line and is bagged on a new-materials plant (y 218–782). */
export function carbonLine() {
  const s = new Scene();
  const rnd = random(13);
  hallInterior(s, { wall: '#cfd5da', floor: '#8e969e', roof: '#9ea8b1', horizon: 500 });
  beams(
    s,
    [
      [300, 250, 210, 900, 140],
      [800, 780, 210, 900, 140],
      [1250, 1300, 210, 900, 140],
    ],
    '#fff5dc',
    0.18,
  );
  // Process tanks and piping at the back.
  for (let i = 0; i < 5; i += 1) {
    const x = 160 + i * 260;
    s.path(
      roundedBox(x, 250, 120, 250, 50),
      s.lin(
        [
          [0, '#eef1f3'],
          [0.5, '#c5ccd2'],
          [1, '#8e989f'],
        ],
        0,
        0,
        1,
        0,
      ),
    );
    s.rect(x + 50, 200, 20, 50, '#7d8790');
  }
  s.rect(0, 230, 1500, 12, '#2f6aa6');
  // The conveyor coming towards us with black bags and rolls of carbon felt.
  s.poly(
    [
      [560, 520],
      [900, 520],
      [1300, 860],
      [160, 860],
    ],
    '#3d4650',
  );
  s.poly(
    [
      [580, 510],
      [880, 510],
      [1260, 830],
      [200, 830],
    ],
    s.lin([
      [0, '#5a6570'],
      [1, '#26303a'],
    ]),
  );
  for (let i = 0; i < 5; i += 1) {
    const t = i / 5;
    const y = 540 + 260 * t;
    const w = 90 + 150 * t;
    const x = 730 - w / 2 + (rnd() - 0.5) * 40 * t;
    if (i % 2 === 0) {
      s.path(
        roundedBox(x, y - w * 0.55, w, w * 0.55, w * 0.12),
        s.lin([
          [0, '#3a3d44'],
          [1, '#111317'],
        ]),
      );
      s.rect(x + w * 0.25, y - w * 0.4, w * 0.5, w * 0.18, '#e9eef2');
    } else {
      s.ellipse(x + w * 0.15, y - w * 0.25, w * 0.12, w * 0.25, '#3c3f46');
      s.rect(
        x + w * 0.15,
        y - w * 0.5,
        w * 0.7,
        w * 0.5,
        s.lin([
          [0, '#2b2e34'],
          [0.4, '#4a4e56'],
          [1, '#121418'],
        ]),
      );
      s.ellipse(x + w * 0.85, y - w * 0.25, w * 0.12, w * 0.25, '#5a5f68');
    }
  }
  // A palletising robot arm and stacked ton bags.
  s.rect(1130, 520, 120, 240, '#f08a24');
  s.line(
    [
      [1190, 520],
      [1060, 420],
      [960, 520],
    ],
    '#f29b3a',
    40,
  );
  s.circle(1060, 420, 28, '#d47116');
  for (let r = 0; r < 3; r += 1)
    for (let c = 0; c < 3; c += 1)
      s.path(
        roundedBox(1280 + c * 70, 700 - r * 70, 64, 64, 10),
        s.lin([
          [0, '#ececec'],
          [1, '#b9bdc2'],
        ]),
      );
  // Two workers in masks at the packing station.
  person(s, {
    x: 430,
    y: 900,
    h: 400,
    face: 'right',
    top: '#2c4f80',
    helmet: '#f2f2f2',
    mask: true,
    gloves: '#e9eef2',
    arms: { near: 'reach', far: 'hold' },
  });
  person(s, {
    x: 1050,
    y: 940,
    h: 420,
    face: 'left',
    top: '#2c4f80',
    helmet: '#f2b51d',
    mask: true,
    gloves: '#e9eef2',
    arms: { near: 'hold', far: 'reach' },
  });
  s.finish(13, { vignette: 0.28 });
  return s;
}

/** A8 profile: 高振宇 (right) on the project site going over the installation with a technician. */
export function siteConversation() {
  const s = new Scene();
  hallInterior(s, { wall: '#dfe3e6', floor: '#a9a49a', roof: '#b7bec5', horizon: 560 });
  beams(
    s,
    [
      [300, 200, 210, 900, 200],
      [900, 800, 210, 900, 200],
    ],
    '#fff5dc',
    0.2,
  );
  // Equipment being installed: a big skid with pipes and a crate.
  s.path(
    roundedBox(120, 300, 520, 330, 20),
    s.lin([
      [0, '#3f7cc0'],
      [1, '#24558d'],
    ]),
  );
  for (let i = 0; i < 4; i += 1)
    s.rect(
      160 + i * 120,
      340,
      70,
      240,
      s.lin(
        [
          [0, '#e8ecef'],
          [1, '#a9b3bc'],
        ],
        0,
        0,
        1,
        0,
      ),
    );
  s.path('M640 380 H820 V620', 'none', { stroke: '#d9dee3', 'stroke-width': 26 });
  s.path(roundedBox(1150, 420, 300, 220, 8), '#c8a677');
  s.line(
    [
      [1180, 450],
      [1420, 610],
    ],
    '#a98756',
    8,
  );
  // The technician (left) holding a drawing, 高振宇 (right) pointing at it.
  const left = person(s, {
    x: 560,
    y: 980,
    h: 680,
    face: 'right',
    top: '#2c4f80',
    helmet: '#f2b51d',
    arms: {
      near: [
        [0.07, 0.15],
        [0.2, 0.1],
      ],
      far: [
        [0.05, 0.16],
        [0.17, 0.12],
      ],
    },
  });
  s.poly(
    [
      [left.hands.near[0] - 30, left.hands.near[1] - 90],
      [left.hands.near[0] + 150, left.hands.near[1] - 110],
      [left.hands.near[0] + 160, left.hands.near[1] + 10],
      [left.hands.near[0] - 20, left.hands.near[1] + 25],
    ],
    '#f5f3ec',
  );
  s.path(`M${left.hands.near[0]} ${left.hands.near[1] - 60} l120 -14 M${left.hands.near[0]} ${left.hands.near[1] - 30} l100 -10`, 'none', {
    stroke: '#5b7fa6',
    'stroke-width': 4,
  });
  person(s, {
    x: 980,
    y: 990,
    h: 700,
    face: 'left',
    top: '#3a4049',
    helmet: '#f2f2f2',
    badge: '#d0392b',
    arms: {
      near: [
        [0.12, 0.06],
        [0.24, 0.02],
      ],
      far: 'down',
    },
  });
  s.finish(14, { vignette: 0.3 });
  return s;
}

/** A8 profile: 郭静怡 (right) and a colleague check the plates of an alkaline electrolyser stack. */
export function electrolyserCheck() {
  const s = new Scene();
  hallInterior(s, { wall: '#e3e8ec', floor: '#b5bcc3', roof: '#c4ccd3', horizon: 540 });
  lampRow(s, 150, 1350, 70, 5, '#ffffff', 160, 12);
  // The stack: many round plates pressed between two end frames.
  const cx = 560;
  const cy = 560;
  s.rect(cx - 420, cy - 250, 40, 500, '#3b4350');
  s.rect(cx + 300, cy - 250, 40, 500, '#3b4350');
  for (let i = 0; i < 34; i += 1) {
    const x = cx - 380 + i * 20;
    s.path(
      roundedBox(x, cy - 220, 16, 440, 8),
      s.lin(
        [
          [0, i % 2 ? '#dfe4e8' : '#bfc8d0'],
          [0.5, '#f6f8f9'],
          [1, '#8e98a2'],
        ],
        0,
        0,
        0,
        1,
      ),
    );
  }
  for (const y of [cy - 180, cy + 170]) s.rect(cx - 420, y, 760, 14, '#6b7784');
  s.rect(cx - 420, cy + 250, 760, 40, '#2f6aa6');
  s.ellipse(cx, 940, 520, 26, '#0b1020', { opacity: 0.2, filter: s.blur(12) });
  // The colleague (left, seen from behind) with a torch; 郭静怡 (right) with a gauge and clipboard.
  person(s, {
    x: 330,
    y: 1000,
    h: 640,
    face: 'back',
    top: '#1f6f8f',
    helmet: '#f2f2f2',
    arms: {
      near: [
        [0.05, 0.12],
        [0.1, 0.0],
      ],
      far: 'down',
    },
  });
  const guo = person(s, {
    x: 1080,
    y: 1000,
    h: 660,
    face: 'left',
    top: '#1f6f8f',
    helmet: '#f2f2f2',
    hairStyle: 'pony',
    glasses: true,
    arms: {
      near: [
        [0.12, 0.08],
        [0.24, 0.02],
      ],
      far: [
        [0.06, 0.15],
        [0.12, 0.14],
      ],
    },
  });
  s.path(roundedBox(guo.hands.far[0] - 40, guo.hands.far[1] - 50, 80, 110, 6), '#f5f3ec');
  s.circle(guo.hands.near[0] - 10, guo.hands.near[1], 16, '#f0b323');
  s.finish(15, { vignette: 0.28 });
  return s;
}
