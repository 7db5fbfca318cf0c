// The front-page masthead (报头), drawn entirely from the profile's masthead facts and the
// issue's numbering and date: nothing is retyped each week.
import type { DisplayItem, GroupItem } from '../display/display-list';
import type { Issue } from '../model/issue';
import type { PublicationProfile, TextStyle } from '../model/profile';
import { formatChineseDate } from '../model/calendar';
import { pt } from '../units/units';
import { label } from './label-text';
import type { Rect } from './geometry';
import { BLACK, type FontSet } from './styles';

export interface Composed {
  group: GroupItem;
  missing: string[];
}

function face(face: TextStyle['face'], bold: boolean, size: number): TextStyle {
  return { face, bold, size: pt(size), leading: pt(size * 1.4), blackPercent: 100 };
}

export function composeMasthead(profile: PublicationProfile, fonts: FontSet, issue: Issue, rect: Rect, blockId: string): Composed {
  const facts = profile.masthead;
  const items: DisplayItem[] = [];
  const missing: string[] = [];
  const put = (style: TextStyle, text: string, box: Parameters<typeof label>[4]) => {
    if (!text.trim()) return 0;
    const set = label(profile, fonts, style, text, box);
    items.push(...set.runs);
    missing.push(...set.missing);
    return set.width;
  };
  const { x, y, width, height } = rect;
  const titleArea = width * 0.62;
  const infoX = x + titleArea + 18;
  const infoWidth = width - titleArea - 18;

  // Title block: parent paper and slogan above, the title largest on the page, 周刊 beside it.
  put(face('sans', true, 20), facts.parentPaper, { x, width: titleArea, baseline: y + 26 });
  put(face('serif', false, 12), facts.paperSlogan, { x: x + 100, width: titleArea, baseline: y + 25 });
  const titleSize = Math.min(110, (titleArea - 80) / Math.max(1, facts.title.length));
  const titleBaseline = y + 40 + titleSize * 0.9;
  const titleWidth = put(face('sans', true, titleSize), facts.title, { x, width: titleArea, baseline: titleBaseline });
  put(face('sans', true, 28), facts.titleSuffix, { x: x + titleWidth + 10, width: 80, baseline: titleBaseline });
  put(face('serif', true, 16), facts.supplementSlogan, { x, width: titleArea, baseline: titleBaseline + 38 });
  put(face('sans', false, 9), facts.honours.join('\u3000'), { x, width: titleArea, baseline: height + y - 22 });

  // Facts box on the right, framed: date and numbering first, then the registration facts.
  items.push({
    type: 'rect',
    x: pt(infoX - 8),
    y: pt(y + 8),
    width: pt(infoWidth + 8),
    height: pt(height - 24),
    fill: null,
    stroke: BLACK,
    strokeWidth: pt(0.75),
  });
  const lines: Array<[TextStyle, string]> = [
    [face('sans', true, 13), formatChineseDate(issue.date)],
    [face('sans', true, 11), `第${issue.number}期\u3000总第${issue.totalNumber}期`],
    [face('sans', false, 10), `今日${issue.pages.length}版`],
    [face('sans', false, 9), `国内统一连续出版物号 ${facts.cnNumber}`],
    [face('sans', false, 9), `${facts.distribution}\u3000邮发代号 ${facts.postalCode}`],
    [face('serif', false, 9), facts.guidance],
    [face('serif', false, 9), facts.supervisor],
    [face('serif', false, 9), facts.sponsor],
    [face('serif', false, 9), facts.founded],
    [face('sans', false, 8), facts.website ? `网址：${facts.website}` : ''],
    [face('sans', false, 8), facts.email ? `投稿邮箱：${facts.email}` : ''],
  ];
  let baseline = y + 30;
  for (const [style, text] of lines) {
    if (!text) continue;
    put(style, text, { x: infoX, width: infoWidth - 8, baseline, align: 'center' });
    baseline += style.size * 1.75;
  }

  // Double rule under the masthead: thick over thin.
  const bottom = y + height - 8;
  items.push({ type: 'rule', x1: x, y1: pt(bottom), x2: pt(x + width), y2: pt(bottom), width: pt(2.5), ink: BLACK });
  items.push({ type: 'rule', x1: x, y1: pt(bottom + 4), x2: pt(x + width), y2: pt(bottom + 4), width: pt(0.5), ink: BLACK });
  return { group: { type: 'group', blockId, x, y, width, height, items }, missing: [...new Set(missing)] };
}
