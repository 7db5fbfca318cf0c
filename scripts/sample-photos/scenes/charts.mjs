// Charts of the sample articles' own figures, lettered in outlines of the bundled faces.
import { Scene } from '../lib/canvas.mjs';
import { roundedBox } from '../lib/people.mjs';
import { lettering, measure } from '../lib/text.mjs';

const INK = '#1f2a3a';
const BEFORE = '#b3bac3';
const AFTER = '#2f6aa6';
const ACCENT = '#c8202a';

/**
 * A6 band: what the one-window reform changed at 阳泉经开区's service centre (m-a6-one-window):
 * business start-up 2 → 0.5 working days, waiting 25 → 8 minutes, 27 windows → 5 kinds.
 * Each pair is drawn to its own scale (before = full bar); everything sits in y 150–850.
 */
export function oneWindowChart() {
  const s = new Scene();
  s.rect(
    0,
    0,
    1500,
    1000,
    s.lin([
      [0, '#f6f3ec'],
      [1, '#ece6da'],
    ]),
  );
  s.rect(0, 150, 1500, 8, AFTER);
  lettering(s, '“一窗受理、集成服务”改革前后', 110, 255, 58, INK, { face: 'sans-bold' });
  lettering(s, '阳泉经济技术开发区政务服务中心', 110, 312, 30, '#5a6472');
  // The legend, top right.
  let lx = 1390;
  for (const [label, colour] of [
    ['改革后', AFTER],
    ['改革前', BEFORE],
  ]) {
    const w = measure(label, 30);
    lx -= w;
    lettering(s, label, lx, 300, 30, INK);
    lx -= 44;
    s.rect(lx, 276, 32, 28, colour);
    lx -= 40;
  }
  const rows = [
    { name: '企业开办时间', unit: '个工作日', before: 2, after: 0.5, text: ['2', '0.5'] },
    { name: '平均等候时间', unit: '分钟', before: 25, after: 8, text: ['25', '8'] },
    { name: '办事窗口', unit: '个（类）', before: 27, after: 5, text: ['27', '5'] },
  ];
  const x0 = 470;
  const full = 700;
  rows.forEach((row, index) => {
    const y = 400 + index * 150;
    lettering(s, row.name, 110, y + 30, 40, INK, { face: 'sans-bold' });
    lettering(s, row.unit, 110, y + 80, 28, '#5a6472');
    const after = (full * row.after) / row.before;
    s.rect(x0, y, full, 44, BEFORE);
    s.rect(x0, y + 56, after, 44, AFTER);
    lettering(s, row.text[0], x0 + full + 16, y + 36, 40, '#5a6472', { face: 'sans-bold' });
    lettering(s, row.text[1], x0 + after + 16, y + 92, 40, AFTER, { face: 'sans-bold' });
    // The saving, as a round badge at the right.
    const cut = Math.round((1 - row.after / row.before) * 100);
    s.circle(1320, y + 50, 58, ACCENT);
    lettering(s, `−${cut}%`, 1320, y + 64, 38, '#ffffff', { face: 'sans-bold', align: 'center' });
  });
  s.path(roundedBox(110, 832, 1280, 2, 1), '#9aa3ad');
  return s;
}
