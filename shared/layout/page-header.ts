// The page header (报眉) of an inside page: page label and 版名 on the outer edge, the
// supplement's name, date with weekday and 责任编辑 — from profile, issue and page data.
import type { DisplayItem } from '../display/display-list';
import type { Issue, Page } from '../model/issue';
import type { PublicationProfile } from '../model/profile';
import { formatChineseDate } from '../model/calendar';
import { pt } from '../units/units';
import { label } from './label-text';
import type { Rect } from './geometry';
import type { Composed } from './masthead';
import { BLACK, type FontSet } from './styles';

export function composePageHeader(
  profile: PublicationProfile,
  fonts: FontSet,
  issue: Issue,
  page: Page,
  pageIndex: number,
  rect: Rect,
  blockId: string,
): Composed {
  const items: DisplayItem[] = [];
  const missing: string[] = [];
  const style = profile.styles.pageHeader;
  const { x, y, width } = rect;
  const baseline = y + profile.format.bodyLeading * 1.5;
  // Left-hand pages (A2, A4, …) carry the label on the left, right-hand pages on the right.
  const outerLeft = pageIndex % 2 === 1;
  const put = (text: string, box: Parameters<typeof label>[4], bold = false) => {
    const set = label(profile, fonts, { ...style, bold: bold || style.bold }, text, box);
    items.push(...set.runs);
    missing.push(...set.missing);
    return set.width;
  };
  const pageTitle = `${page.label}`;
  const nameText = page.name;
  const labelSize = style.size * 2;
  if (outerLeft) {
    const used = put(pageTitle, { x, width, baseline, size: labelSize }, true);
    put(nameText, { x: x + used + 12, width, baseline, size: style.size * 1.4 }, true);
    put(`${formatChineseDate(issue.date)}\u3000责任编辑：${page.editor}`, { x, width, baseline, align: 'right' });
  } else {
    const used = put(pageTitle, { x, width, baseline, size: labelSize, align: 'right' }, true);
    put(nameText, { x, width: width - used - 12, baseline, size: style.size * 1.4, align: 'right' }, true);
    put(`${formatChineseDate(issue.date)}\u3000责任编辑：${page.editor}`, { x, width, baseline });
  }
  put(`${profile.masthead.title}`, { x, width, baseline, align: 'center' }, true);
  const ruleY = y + profile.format.bodyLeading * 2.2;
  items.push({ type: 'rule', x1: x, y1: pt(ruleY), x2: pt(x + width), y2: pt(ruleY), width: pt(1.5), ink: BLACK });
  return { group: { type: 'group', blockId, x, y, width, height: rect.height, items }, missing: [...new Set(missing)] };
}
