// The front-page masthead (报头), drawn entirely from the profile's masthead facts, the issue's
// numbering and date, and the inside pages' lead stories: nothing is retyped each week.
// Left: the parent paper and honours over the title, the supplement slogan under it, then one
// framed box of facts; right, in the 报眼: the 导读. Every measure comes from the block's rect and
// the body size, and the rows are spread over the block's height so no band of it stays empty.
import type { GroupItem } from '../display/display-list';
import type { Article } from '../model/article';
import type { Issue } from '../model/issue';
import type { PublicationProfile } from '../model/profile';
import type { Rect } from './geometry';
import { drawGuideBox, guideEntries } from './guide-box';
import { factGroups, factsBox } from './masthead-facts';
import { ASCENT, DESCENT, MastheadPen, textStyle } from './masthead-pen';
import type { FontSet } from './styles';

export interface Composed {
  group: GroupItem;
  missing: string[];
}

/** Share of the block's width the 导读 takes. */
const GUIDE_SHARE = 0.3;

/** Baseline that centres a line of Han characters of `size` in a band from `top`, `height` tall. */
const centred = (top: number, height: number, size: number) => top + height / 2 + (size * (ASCENT - DESCENT)) / 2;

export function composeMasthead(
  profile: PublicationProfile,
  fonts: FontSet,
  issue: Issue,
  articles: ReadonlyMap<string, Pick<Article, 'content'>>,
  rect: Rect,
  blockId: string,
): Composed {
  const facts = profile.masthead;
  const unit = profile.format.bodySize;
  const pen = new MastheadPen(profile, fonts);
  const { x, y, width, height } = rect;
  const gap = unit * 1.5;
  // The double rule takes the block's last body line; everything else stands above it.
  const contentHeight = height - profile.format.bodyLeading;
  const bottom = y + contentHeight;

  const guideWidth = width * GUIDE_SHARE;
  drawGuideBox(pen, guideEntries(issue, articles), { x: x + width - guideWidth, y, width: guideWidth, height: contentHeight, unit });
  const zone = width - guideWidth - gap;

  // Heights of the rows around the title; the title takes what is left, up to the zone's width.
  const paper = textStyle('sans', true, unit * 2);
  const topRow = paper.size * 1.4;
  const slogan = textStyle('serif', true, unit * 2);
  const sloganRow = slogan.size * 1.3;
  const factsLayout = factsBox(pen, factGroups(facts, issue, unit), zone, unit);
  const suffix = Array.from(facts.titleSuffix.trim());
  const stacked = suffix.length > 0 && suffix.length <= 3;
  // 周刊 beside the title: one or two characters stacked at its foot, a longer word on its baseline.
  const suffixScale = stacked ? Math.min(0.32, 0.8 / suffix.length) : 0.3;
  const suffixShare =
    suffix.length === 0
      ? 0
      : 0.08 + (stacked ? suffixScale : pen.measure(textStyle('sans', true, 100 * suffixScale), facts.titleSuffix) / 100);
  const titlePerPt = pen.measure(textStyle('sans', true, 100), facts.title) / 100;
  const byWidth = zone / (titlePerPt + suffixShare);
  const byHeight = contentHeight - topRow - sloganRow - factsLayout.height - 3 * (unit / 2);
  const titleSize = Math.max(unit, Math.min(byWidth, byHeight));
  const spread = (contentHeight - topRow - titleSize - sloganRow - factsLayout.height) / 3;

  // Top row: the parent paper reversed out of black, its slogan, the honours to the right.
  const paperWidth = pen.measure(paper, facts.parentPaper) + paper.size;
  pen.fill(x, y, paperWidth, topRow);
  pen.text({ ...paper, blackPercent: 0 }, facts.parentPaper, {
    x,
    width: paperWidth,
    baseline: centred(y, topRow, paper.size),
    align: 'center',
  });
  const paperSlogan = textStyle('serif', false, (unit * 4) / 3);
  const sloganEnd =
    x +
    paperWidth +
    unit +
    pen.text(paperSlogan, facts.paperSlogan, { x: x + paperWidth + unit, width: zone, baseline: centred(y, topRow, paperSlogan.size) });
  const honours = facts.honours.filter((item) => item.trim()).join('\u3000');
  const honoursRoom = x + zone - sloganEnd - 2 * unit;
  const honoursStyle = pen.fitted(textStyle('sans', false, unit), honours, honoursRoom, 5);
  pen.text(honoursStyle, honours, {
    x: x + zone - honoursRoom,
    width: honoursRoom,
    baseline: centred(y, topRow, honoursStyle.size),
    align: 'right',
  });

  // The title, largest on the page, centred in its zone with 周刊 beside it.
  const titleTop = y + topRow + spread;
  const titleBaseline = titleTop + titleSize * ASCENT;
  const groupWidth = titleSize * (titlePerPt + suffixShare);
  const titleX = x + (zone - groupWidth) / 2;
  const titleWidth = pen.text(textStyle('sans', true, titleSize), facts.title, { x: titleX, width: zone, baseline: titleBaseline });
  const suffixX = titleX + titleWidth + titleSize * 0.08;
  const suffixStyle = textStyle('sans', true, titleSize * suffixScale);
  if (stacked)
    suffix.forEach((char, index) => {
      const baseline = titleBaseline - (suffix.length - 1 - index) * suffixStyle.size * 1.05;
      pen.text(suffixStyle, char, { x: suffixX, width: suffixStyle.size, baseline });
    });
  else pen.text(suffixStyle, facts.titleSuffix, { x: suffixX, width: zone, baseline: titleBaseline });

  // The supplement's slogan centred under the title, ruled out to the title's width.
  const sloganTop = titleTop + titleSize + spread;
  const sloganBaseline = centred(sloganTop, sloganRow, slogan.size);
  const sloganWidth = pen.measure(slogan, facts.supplementSlogan);
  const sloganX = x + (zone - sloganWidth) / 2;
  pen.text(slogan, facts.supplementSlogan, { x: sloganX, width: sloganWidth, baseline: sloganBaseline });
  const ruleY = sloganTop + sloganRow / 2;
  if (sloganWidth > 0 && sloganX - unit > titleX + unit) {
    pen.rule(titleX, ruleY, sloganX - unit, ruleY, 0.75);
    pen.rule(sloganX + sloganWidth + unit, ruleY, titleX + groupWidth, ruleY, 0.75);
  }

  factsLayout.draw(x, bottom - factsLayout.height);

  // Double rule under the masthead: thick over thin, in the block's last line.
  const thick = bottom + profile.format.bodyLeading * 0.4;
  pen.rule(x, thick, x + width, thick, 2.5);
  pen.rule(x, thick + 4, x + width, thick + 4, 0.5);
  return { group: { type: 'group', blockId, x, y, width, height, items: pen.items }, missing: pen.missingGlyphs() };
}
