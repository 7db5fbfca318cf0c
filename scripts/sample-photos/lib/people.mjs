// Figures in the flat poster manner of newspaper illustration: faceless, built from a few shaded
// shapes, limbs as round-capped strokes so that a pose is a handful of joint offsets.
import { shade } from './canvas.mjs';

const SKIN = '#e6b48e';

/** Joint offsets are fractions of the figure's height, from the shoulder (arms) or the hip (legs). */
const POSES = {
  down: [
    [0.015, 0.17],
    [0.02, 0.33],
  ],
  forward: [
    [0.06, 0.15],
    [0.2, 0.1],
  ],
  reach: [
    [0.1, 0.08],
    [0.22, 0.02],
  ],
  up: [
    [0.04, -0.14],
    [0.06, -0.3],
  ],
  hold: [
    [0.04, 0.16],
    [0.14, 0.14],
  ],
  point: [
    [0.12, 0.04],
    [0.27, -0.04],
  ],
  hip: [
    [0.08, 0.12],
    [0.03, 0.24],
  ],
  clap: [
    [0.05, 0.15],
    [0.08, 0.06],
  ],
};

const LEGS = {
  stand: { near: [0.045, 0.0, 0.24, 0.005, 0.47], far: [-0.045, 0.0, 0.24, -0.005, 0.47] },
  walk: { near: [0.03, 0.08, 0.23, 0.12, 0.47], far: [-0.03, -0.06, 0.24, -0.1, 0.47] },
  run: { near: [0.03, 0.15, 0.18, 0.08, 0.4], far: [-0.03, -0.1, 0.25, -0.2, 0.38] },
  jump: { near: [0.04, 0.1, 0.2, 0.02, 0.38], far: [-0.04, -0.02, 0.24, -0.1, 0.4] },
  sit: { near: [0.04, 0.2, 0.02, 0.2, 0.26], far: [-0.03, 0.18, 0.03, 0.18, 0.27] },
};

function armPose(pose) {
  return typeof pose === 'string' ? POSES[pose] : pose;
}

/**
 * Draws a figure standing on (x, y), `h` tall. `face`: 'left' | 'right' | 'front' | 'back'.
 * Returns the positions of the head and hands for props.
 */
export function person(s, o) {
  const { x, y, h } = o;
  const face = o.face ?? 'front';
  const dir = face === 'left' ? -1 : face === 'right' ? 1 : 0;
  const skin = o.skin ?? SKIN;
  const hair = o.hair ?? '#231d22';
  const top = o.top ?? '#2f5fa8';
  const bottom = o.bottom ?? '#2c3344';
  const shoes = o.shoes ?? '#1f2230';
  const legs = typeof o.legs === 'object' ? o.legs : LEGS[o.legs ?? 'stand'];
  const lift = o.lift ?? 0; // jumping figures leave the ground
  const gy = y - lift * h;
  const side = dir !== 0;
  const sw = (side ? 0.075 : 0.115) * h;
  const hw = (side ? 0.065 : 0.085) * h;
  const ys = gy - 0.8 * h;
  const yh = gy - 0.47 * h;
  const r = 0.068 * h;
  const cx = x + dir * 0.012 * h;
  const cy = gy - h + r;
  const limb = 0.07 * h;
  const light = (colour) =>
    s.lin(
      [
        [0, shade(colour, 0.14)],
        [0.55, colour],
        [1, shade(colour, -0.22)],
      ],
      0,
      0,
      1,
      0.3,
    );

  if (o.shadow !== false) s.ellipse(x, y, 0.2 * h, 0.025 * h, '#0b1020', { opacity: 0.22, filter: s.blur(0.015 * h) });

  // Long hair falls behind the shoulders, so it is drawn first.
  if (o.hairStyle === 'long' && face !== 'back')
    s.path(roundedBox(cx - r * 1.02 - dir * r * 0.3, cy - r * 0.3, r * 2.04, r * 2.5, r * 0.9), hair);

  const legPoints = (spec) => {
    const [hx, kx, ky, fx, fy] = spec;
    const mirror = dir === -1 ? -1 : 1;
    return [
      [x + hx * h * mirror, yh],
      [x + kx * h * mirror, yh + ky * h],
      [x + fx * h * mirror, yh + fy * h],
    ];
  };
  const drawLeg = (spec, tone) => {
    const p = legPoints(spec);
    const colour = shade(bottom, tone);
    if (o.shorts) {
      const knee = [(p[0][0] + p[1][0]) / 2, (p[0][1] + p[1][1]) / 2 + 0.04 * h];
      s.line([p[1], p[2]], shade(skin, tone), limb * 0.85);
      s.line([p[0], p[1], knee], colour, limb * 1.25);
    } else s.line(p, colour, limb * 1.05);
    const foot = p[2];
    const toe = dir === 0 ? (spec[0] > 0 ? 0.01 : -0.01) : dir * 0.035;
    s.ellipse(foot[0] + toe * h, foot[1] + 0.008 * h, 0.05 * h, 0.022 * h, shade(shoes, tone));
  };
  drawLeg(legs.far, -0.18);
  drawLeg(legs.near, 0);

  const mirror = dir === -1 ? -1 : 1;
  const arms = o.arms ?? {};
  const shoulder = (which) => {
    if (side) return [x + (which === 'near' ? 0.015 : -0.02) * h * mirror, ys + 0.025 * h];
    return [x + (which === 'near' ? sw - 0.03 * h : -(sw - 0.03 * h)), ys + 0.025 * h];
  };
  const hands = {};
  const drawArm = (which, tone) => {
    const [elbow, hand] = armPose(arms[which] ?? 'down');
    const base = shoulder(which);
    const spread = side ? mirror : which === 'near' ? 1 : -1;
    const p = [base, [base[0] + elbow[0] * h * spread, base[1] + elbow[1] * h], [base[0] + hand[0] * h * spread, base[1] + hand[1] * h]];
    const sleeve = shade(o.coat ? '#f3f5f7' : top, tone);
    if (o.shortSleeves) {
      s.line([p[1], p[2]], shade(skin, tone), limb * 0.8);
      s.line([p[0], [(p[0][0] + p[1][0]) / 2, (p[0][1] + p[1][1]) / 2]], sleeve, limb * 1.15);
    } else s.line(p, sleeve, limb);
    s.circle(p[2][0], p[2][1], 0.032 * h, shade(o.gloves ?? skin, tone));
    hands[which] = p[2];
  };
  drawArm('far', -0.2);

  // Torso: a jacket or a lab coat that reaches to the knees.
  const coat = o.coat ? '#f3f5f7' : top;
  const hem = o.coat ? gy - 0.22 * h : yh + 0.03 * h;
  const hemW = o.coat ? hw + 0.03 * h : hw + 0.005 * h;
  s.path(
    `M${x - sw} ${ys + 0.03 * h} Q${x - sw} ${ys - 0.012 * h} ${x - sw + 0.045 * h} ${ys - 0.016 * h} L${x + sw - 0.045 * h} ${ys - 0.016 * h} Q${x + sw} ${ys - 0.012 * h} ${x + sw} ${ys + 0.03 * h} L${x + hemW} ${hem} L${x - hemW} ${hem} Z`,
    light(coat),
  );
  if (o.coat)
    s.path(`M${x + dir * 0.02 * h} ${ys} L${x + dir * 0.02 * h} ${hem}`, 'none', { stroke: shade(coat, -0.18), 'stroke-width': 0.006 * h });
  if (o.vest) {
    s.path(
      `M${x - sw + 0.02 * h} ${ys + 0.01 * h} L${x + sw - 0.02 * h} ${ys + 0.01 * h} L${x + hw} ${yh + 0.02 * h} L${x - hw} ${yh + 0.02 * h} Z`,
      light(o.vest),
    );
    for (const f of [0.45, 0.7]) {
      const yy = ys + (yh - ys) * f;
      s.rect(x - sw + 0.015 * h, yy, 2 * sw - 0.03 * h, 0.018 * h, '#e9eef2', { opacity: 0.9 });
    }
  }
  // The collar of the shirt under the jacket.
  if (face === 'front' && o.collar !== false)
    s.poly(
      [
        [x - 0.035 * h, ys - 0.014 * h],
        [x + 0.035 * h, ys - 0.014 * h],
        [x, ys + 0.05 * h],
      ],
      o.collar ?? '#f4f1ea',
    );
  if (o.badge) s.rect(x + (side ? dir * 0.015 : 0.04) * h, ys + 0.06 * h, 0.03 * h, 0.04 * h, o.badge);

  // Neck and head.
  s.rect(cx - 0.022 * h - dir * 0.008 * h, cy + r * 0.6, 0.044 * h, 0.05 * h, shade(skin, -0.12));
  if (face === 'back') {
    s.ellipse(cx, cy, r * 0.95, r, hair);
  } else {
    s.ellipse(cx - dir * 0.012 * h, cy - 0.008 * h, r * 0.98, r * 1.02, hair);
    s.ellipse(
      cx + dir * 0.01 * h,
      cy + 0.012 * h,
      r * 0.86,
      r * 0.9,
      s.lin(
        [
          [0, shade(skin, 0.08)],
          [1, shade(skin, -0.12)],
        ],
        0,
        0,
        1,
        0.4,
      ),
    );
    if (side) {
      s.ellipse(cx - dir * 0.012 * h, cy + 0.018 * h, r * 0.16, r * 0.24, shade(skin, -0.1));
      s.poly(
        [
          [cx + dir * r * 0.82, cy + 0.005 * h],
          [cx + dir * r * 1.02, cy + 0.03 * h],
          [cx + dir * r * 0.82, cy + 0.036 * h],
        ],
        shade(skin, -0.04),
      );
    }
    if (o.glasses)
      s.line(
        [
          [cx + dir * r * 0.2 - r * 0.5, cy + 0.005 * h],
          [cx + dir * r * 0.2 + r * 0.5, cy + 0.005 * h],
        ],
        '#20242c',
        0.009 * h,
      );
  }
  if (o.hairStyle === 'bun') s.circle(cx - dir * r * 0.7, cy - r * 0.75, r * 0.42, hair);
  if (o.hairStyle === 'pony' && side)
    s.path(
      `M${cx - dir * r * 0.8} ${cy - r * 0.2} q${-dir * r * 0.7} ${r * 0.3} ${-dir * r * 0.3} ${r * 1.3} q${dir * r * 0.3} ${-r * 0.8} ${dir * r * 0.5} ${-r * 1.1}z`,
      hair,
    );
  if (o.helmet) {
    s.path(
      `M${cx - r * 1.08} ${cy - r * 0.05} Q${cx - r * 1.08} ${cy - r * 1.28} ${cx} ${cy - r * 1.3} Q${cx + r * 1.08} ${cy - r * 1.28} ${cx + r * 1.08} ${cy - r * 0.05} Z`,
      light(o.helmet),
    );
    s.path(`M${cx - r * 1.15 + dir * r * 0.1} ${cy - r * 0.02} L${cx + r * 1.15 + dir * r * 0.35} ${cy - r * 0.02}`, 'none', {
      stroke: shade(o.helmet, -0.12),
      'stroke-width': r * 0.18,
      'stroke-linecap': 'round',
    });
    s.ellipse(cx - r * 0.35, cy - r * 0.85, r * 0.28, r * 0.12, '#ffffff', { opacity: 0.35 });
  }
  if (o.mask)
    s.path(`M${cx - r * 0.55 + dir * r * 0.3} ${cy + r * 0.2} h${r * 1.1} v${r * 0.4} q${-r * 0.55} ${r * 0.35} ${-r * 1.1} 0z`, '#eef2f5');

  drawArm('near', 0);
  return { head: [cx, cy], hands, shoulderY: ys, hipY: yh };
}

export function roundedBox(x, y, w, h, r) {
  const q = Math.min(r, w / 2, h / 2);
  return `M${x + q} ${y} H${x + w - q} Q${x + w} ${y} ${x + w} ${y + q} V${y + h - q} Q${x + w} ${y + h} ${x + w - q} ${y + h} H${x + q} Q${x} ${y + h} ${x} ${y + h - q} V${y + q} Q${x} ${y} ${x + q} ${y} Z`;
}
