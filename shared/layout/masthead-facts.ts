// The masthead's facts box: everything a reader, the post office and the registry look for, in one
// frame under the title. The first row (date, numbering, 今日N版) is set larger and bold; the
// registration and the publishers follow. A row too long for the box continues on the next one.
import { formatChineseDate } from '../model/calendar';
import type { Issue } from '../model/issue';
import type { Masthead, TextStyle } from '../model/profile';
import { ASCENT, DESCENT, textStyle, type MastheadPen } from './masthead-pen';

interface FactRow {
  style: TextStyle;
  items: string[];
}

export function factGroups(facts: Masthead, issue: Issue, unit: number): FactRow[] {
  const rows: FactRow[] = [
    {
      style: textStyle('sans', true, (unit * 4) / 3),
      items: [formatChineseDate(issue.date), `第${issue.number}期\u3000总第${issue.totalNumber}期`, `今日${issue.pages.length}版`],
    },
    {
      style: textStyle('sans', false, unit),
      items: [
        facts.cnNumber ? `国内统一连续出版物号 ${facts.cnNumber}` : '',
        [facts.distribution, facts.postalCode ? `邮发代号 ${facts.postalCode}` : ''].filter(Boolean).join('\u3000'),
        facts.founded,
        facts.website ? `网址：${facts.website}` : '',
        facts.email ? `投稿邮箱：${facts.email}` : '',
      ],
    },
    { style: textStyle('serif', false, unit), items: [facts.guidance, facts.supervisor, facts.sponsor] },
  ];
  return rows.map((row) => ({ ...row, items: row.items.map((item) => item.trim()).filter(Boolean) })).filter((row) => row.items.length > 0);
}

interface PlacedRow {
  style: TextStyle;
  items: Array<{ text: string; width: number; style: TextStyle }>;
}

/** Breaks each group into rows that fit `width` with at least one em between items. */
function placeRows(pen: MastheadPen, groups: readonly FactRow[], width: number): PlacedRow[] {
  const rows: PlacedRow[] = [];
  for (const group of groups) {
    let row: PlacedRow | undefined;
    for (const text of group.items) {
      // An item wider than the box on its own is set smaller, never cut: every fact must print.
      const style = pen.fitted(group.style, text, width, 5);
      const itemWidth = pen.measure(style, text);
      const used = row ? row.items.reduce((sum, item) => sum + item.width + group.style.size, 0) : 0;
      if (!row || used + itemWidth > width) {
        row = { style: group.style, items: [] };
        rows.push(row);
      }
      row.items.push({ text, width: itemWidth, style });
    }
  }
  return rows;
}

const rowHeight = (row: PlacedRow) => row.style.size * 1.75;

export interface FactsLayout {
  height: number;
  draw(x: number, y: number): void;
}

/** The facts box `width` wide: its height, and how to draw it once its place is known. */
export function factsBox(pen: MastheadPen, groups: readonly FactRow[], width: number, unit: number): FactsLayout {
  const pad = unit * 0.75;
  const inner = width - 2 * pad;
  const rows = placeRows(pen, groups, inner);
  const height = rows.reduce((sum, row) => sum + rowHeight(row), 0) + 2 * pad;
  return {
    height,
    draw(x, y) {
      pen.frame(x, y, width, height, 0.75);
      let top = y + pad;
      rows.forEach((row, index) => {
        // A hairline under the first row sets the date and numbering apart from the registration.
        if (index === 1) pen.rule(x + pad, top, x + width - pad, top, 0.25);
        const baseline = top + rowHeight(row) / 2 + (row.style.size * (ASCENT - DESCENT)) / 2;
        const total = row.items.reduce((sum, item) => sum + item.width, 0);
        // Items spread over the row, but never further apart than three ems: a short row is centred.
        const gap = row.items.length > 1 ? Math.min((inner - total) / (row.items.length - 1), row.style.size * 3) : 0;
        let itemX = x + pad + (inner - total - gap * (row.items.length - 1)) / 2;
        for (const item of row.items) {
          pen.text(item.style, item.text, { x: itemX, width: item.width, baseline });
          itemX += item.width + gap;
        }
        top += rowHeight(row);
      });
    },
  };
}
