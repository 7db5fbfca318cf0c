// Rules and rectangles in CMYK. Black rules overprint like black text; fills knock out, since a
// large black area overprinted on a photo would let the photo show through it.
import type { RectItem, RuleItem } from '../../../shared/display/display-list';
import type { PageContent } from './page-content';
import { num } from './page-content';

export function writeRule(content: PageContent, rule: RuleItem): void {
  if (!(rule.width > 0)) return;
  content.stroke(rule.ink);
  content.overprintFor(rule.ink);
  content.lineWidth(rule.width);
  content.write(`${num(rule.x1)} ${num(rule.y1)} m ${num(rule.x2)} ${num(rule.y2)} l S`);
}

export function writeRect(content: PageContent, rect: RectItem): void {
  const stroke = rect.stroke !== null && rect.strokeWidth > 0 ? rect.stroke : null;
  if (rect.fill === null && stroke === null) return;
  const path = `${num(rect.x)} ${num(rect.y)} ${num(rect.width)} ${num(rect.height)} re`;
  if (rect.fill !== null) {
    content.fill(rect.fill);
    content.overprint(false);
    content.write(`${path} f`);
  }
  if (stroke !== null) {
    // Stroked separately from the fill, so a black frame can overprint around a knocked-out tint.
    content.stroke(stroke);
    content.overprintFor(stroke);
    content.lineWidth(rect.strokeWidth);
    content.write(`${path} S`);
  }
}
