// Scenes with many people: the signing ceremony (page band and article photo) and the evening
// basketball game at the staff sports centre.
import { random, Scene, shade } from '../lib/canvas.mjs';
import { beams, lampRow } from '../lib/elements.mjs';
import { person, roundedBox } from '../lib/people.mjs';
import { lettering } from '../lib/text.mjs';

/** The stage: a backdrop with its title in outlines, spotlights, a table with a cloth and flowers. */
function stage(s, { title, subtitle, titleY = 250, titleSize = 96, tableY, tableX = 200, tableW = 1100 }) {
  s.rect(
    0,
    0,
    1500,
    1000,
    s.lin([
      [0, '#1a2340'],
      [1, '#2b3558'],
    ]),
  );
  s.rect(
    80,
    90,
    1340,
    520,
    s.lin(
      [
        [0, '#c8202a'],
        [0.6, '#a3141f'],
        [1, '#7d0f18'],
      ],
      0,
      0,
      1,
      1,
    ),
  );
  s.path('M80 520 C400 430 800 560 1420 420 L1420 610 L80 610 Z', '#8a1019', { opacity: 0.6 });
  s.path('M80 560 C500 470 900 600 1420 470', 'none', { stroke: '#f3c766', 'stroke-width': 6, opacity: 0.8 });
  lettering(s, title, 750, titleY, titleSize, '#ffe1a0', { face: 'serif-bold', align: 'center' });
  if (subtitle) lettering(s, subtitle, 750, 330, 40, '#ffe9c2', { face: 'sans', align: 'center' });
  beams(
    s,
    [
      [300, 250, 0, 900, 200],
      [1200, 1150, 0, 900, 200],
    ],
    '#fff4d8',
    0.14,
  );
  s.rect(
    0,
    610,
    1500,
    390,
    s.lin([
      [0, '#4a2f2a'],
      [1, '#241816'],
    ]),
  );
  if (tableY === undefined) return;
  // The signing table.
  s.rect(tableX, tableY, tableW, 30, '#f4f1ea');
  s.rect(
    tableX,
    tableY + 30,
    tableW,
    190,
    s.lin([
      [0, '#2f6a47'],
      [1, '#1c4430'],
    ]),
  );
  s.rect(tableX, tableY + 30, tableW, 16, '#f4f1ea', { opacity: 0.8 });
}

function flowers(s, x, y, rnd) {
  s.ellipse(x, y, 60, 18, '#2f6a47');
  for (let i = 0; i < 14; i += 1)
    s.circle(x + rnd.range(-55, 55), y - rnd.range(0, 40), rnd.range(9, 15), rnd.pick(['#e24a5a', '#f6c04d', '#ffffff', '#f08aa0']));
}

/** A4 band: a client and the park's head exchange signed agreements at the signing ceremony (y 239–761). */
export function signingCeremony() {
  const s = new Scene();
  const rnd = random(21);
  stage(s, { title: '重点项目集中签约仪式', titleY: 318, titleSize: 72 });
  // Witnesses standing behind, applauding.
  for (const [x, top, h] of [
    [290, '#2b2f3a', 420],
    [460, '#5a2630', 400],
    [1040, '#2b2f3a', 430],
    [1210, '#353b48', 410],
  ])
    person(s, {
      x,
      y: 790,
      h,
      face: 'front',
      top,
      hairStyle: top === '#5a2630' ? 'bun' : undefined,
      arms: { near: 'clap', far: 'clap' },
      shadow: false,
    });
  // The two signers in the middle, shaking hands and holding up the folders.
  const folder = [
    [0.04, 0.15],
    [0.12, 0.16],
  ];
  const shake = [
    [0.07, 0.14],
    [0.17, 0.12],
  ];
  const left = person(s, { x: 650, y: 800, h: 470, face: 'right', top: '#1f2533', arms: { near: shake, far: folder }, shadow: false });
  const right = person(s, {
    x: 850,
    y: 800,
    h: 470,
    face: 'left',
    top: '#262c3a',
    hair: '#3a3034',
    arms: { near: shake, far: folder },
    shadow: false,
  });
  for (const hand of [left.hands.far, right.hands.far])
    s.path(roundedBox(hand[0] - 55, hand[1] - 30, 110, 80, 6), '#b3141f', { stroke: '#f3c766', 'stroke-width': 4 });
  // The table in front of them, with flowers, name plates and the signed documents.
  s.rect(150, 745, 1200, 30, '#f4f1ea');
  s.rect(
    150,
    775,
    1200,
    225,
    s.lin([
      [0, '#2f6a47'],
      [1, '#1c4430'],
    ]),
  );
  flowers(s, 750, 750, rnd);
  for (const x of [420, 1080]) s.rect(x - 60, 712, 120, 36, '#f8f6f0');
  // Camera flashes from the press.
  for (const [x, y] of [
    [180, 820],
    [1320, 840],
  ])
    s.glow(x, y, 90, 90, '#ffffff', 0.55, 30);
  s.finish(21, { vignette: 0.32 });
  return s;
}

/** A4 article: 18 companies sign with the park at the investment promotion meeting. */
export function promotionSigning() {
  const s = new Scene();
  const rnd = random(22);
  stage(s, { title: '投资推介会', subtitle: '重点项目集中签约', tableY: 700, tableX: 0, tableW: 1500 });
  // A row of witnesses standing, and signers seated at the long table.
  for (let i = 0; i < 6; i += 1)
    person(s, {
      x: 170 + i * 232,
      y: 720,
      h: 380,
      face: 'front',
      top: rnd.pick(['#262c3a', '#2e3444', '#3a3f4a']),
      arms: { near: 'clap', far: 'clap' },
      shadow: false,
    });
  for (let i = 0; i < 6; i += 1) {
    const x = 110 + i * 255;
    person(s, {
      x,
      y: 900,
      h: 420,
      face: 'front',
      top: rnd.pick(['#1f2533', '#2b3140', '#5a2630']),
      hair: rnd.pick(['#231d22', '#3a3034', '#1a1a1a']),
      arms: {
        near: [
          [0.05, 0.2],
          [0.1, 0.28],
        ],
        far: [
          [0.05, 0.2],
          [0.08, 0.28],
        ],
      },
      shadow: false,
    });
  }
  s.rect(0, 760, 1500, 30, '#f4f1ea');
  s.rect(
    0,
    790,
    1500,
    210,
    s.lin([
      [0, '#2f6a47'],
      [1, '#1c4430'],
    ]),
  );
  for (let i = 0; i < 6; i += 1) {
    const x = 110 + i * 255;
    s.poly(
      [
        [x - 70, 770],
        [x + 70, 770],
        [x + 80, 790],
        [x - 80, 790],
      ],
      '#b3141f',
    );
    s.rect(x - 50, 772, 100, 12, '#ffffff');
  }
  flowers(s, 750, 770, rnd);
  s.finish(22, { vignette: 0.3 });
  return s;
}

/** A8 band: young staff play basketball in the sports centre at dusk (y 269–731). */
export function eveningBasketball() {
  const s = new Scene();
  // The hall's big windows with the evening sky, the court's wooden floor below.
  s.rect(0, 0, 1500, 560, '#2b3040');
  for (let i = 0; i < 6; i += 1) {
    s.rect(
      30 + i * 245,
      120,
      220,
      400,
      s.lin([
        [0, '#5b4a8a'],
        [0.45, '#d8707a'],
        [0.8, '#f7b46b'],
        [1, '#fbd38e'],
      ]),
    );
    s.rect(30 + i * 245, 320, 220, 6, '#2b3040');
  }
  s.path(
    'M30 470 L150 430 L260 460 L380 420 L520 455 L700 425 L880 460 L1040 430 L1220 455 L1380 428 L1500 450 L1500 520 L30 520 Z',
    '#3d3350',
    { opacity: 0.75 },
  );
  lampRow(s, 120, 1380, 60, 6, '#fff6df', 110, 14);
  s.rect(
    0,
    520,
    1500,
    480,
    s.lin([
      [0, '#d99a5b'],
      [0.5, '#c07c42'],
      [1, '#8e5527'],
    ]),
  );
  for (let i = 0; i < 16; i += 1) s.rect(0, 530 + i * 30 + i * i * 0.8, 1500, 2, '#8e5527', { opacity: 0.35 });
  // The floor mirrors the windows.
  for (let i = 0; i < 6; i += 1)
    s.rect(
      30 + i * 245,
      540,
      220,
      200,
      s.lin([
        [0, '#fbd38e', 0.35],
        [1, '#fbd38e', 0],
      ]),
    );
  s.path('M0 700 Q750 620 1500 700', 'none', { stroke: '#f6efe2', 'stroke-width': 6 });
  s.path('M1000 560 L1500 560 M1050 560 L980 760 L1500 760', 'none', { stroke: '#f6efe2', 'stroke-width': 6 });
  // The basket on the right: post, backboard, rim and net.
  s.rect(1400, 280, 30, 300, '#2d3340');
  s.rect(1260, 300, 150, 14, '#2d3340');
  s.rect(1220, 250, 36, 190, '#f4f6f8', { opacity: 0.9, stroke: '#d0392b', 'stroke-width': 5 });
  s.ellipse(1190, 380, 44, 9, 'none', { stroke: '#e8541e', 'stroke-width': 6 });
  s.path('M1148 382 L1165 440 L1215 440 L1232 382', 'none', { stroke: '#ffffff', 'stroke-width': 3, opacity: 0.8 });
  // Players: the shooter rising, a defender, teammates.
  person(s, {
    x: 1000,
    y: 760,
    h: 330,
    face: 'right',
    shorts: true,
    shortSleeves: true,
    top: '#e4572e',
    bottom: '#e4572e',
    arms: {
      near: [
        [0.08, -0.16],
        [0.14, -0.32],
      ],
      far: [
        [0.05, -0.15],
        [0.1, -0.3],
      ],
    },
    legs: 'jump',
    lift: 0.12,
  });
  s.circle(
    1065,
    385,
    26,
    s.rad(
      [
        [0, '#f79a4a'],
        [1, '#c4581a'],
      ],
      0.35,
      0.3,
      0.8,
    ),
  );
  person(s, {
    x: 1140,
    y: 780,
    h: 330,
    face: 'left',
    shorts: true,
    shortSleeves: true,
    top: '#2a6fb5',
    bottom: '#2a6fb5',
    arms: { near: 'up', far: 'up' },
    legs: 'jump',
    lift: 0.06,
  });
  person(s, {
    x: 620,
    y: 760,
    h: 310,
    face: 'right',
    shorts: true,
    shortSleeves: true,
    top: '#e4572e',
    bottom: '#e4572e',
    legs: 'run',
    arms: {
      near: [
        [0.1, 0.05],
        [0.18, -0.05],
      ],
      far: [
        [-0.05, 0.15],
        [-0.1, 0.25],
      ],
    },
  });
  person(s, {
    x: 450,
    y: 740,
    h: 300,
    face: 'right',
    shorts: true,
    shortSleeves: true,
    top: '#2a6fb5',
    bottom: '#2a6fb5',
    legs: 'walk',
    arms: { near: 'hip', far: 'hip' },
  });
  person(s, {
    x: 250,
    y: 770,
    h: 320,
    face: 'right',
    shorts: true,
    shortSleeves: true,
    top: '#e4572e',
    bottom: '#e4572e',
    legs: 'stand',
    arms: { near: 'clap', far: 'clap' },
  });
  s.finish(23, { vignette: 0.3 });
  return s;
}

export { shade };
