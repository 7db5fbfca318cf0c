// Units → articles. Decides where each article starts and ends (电头, signature, jump line, column
// logo, headline group); which headline group belongs to which body is planned from the evidence
// around each group (headline-placement), with the page's first and last units as the tie-break.
import { groupEnd, isCaptionRun, placeHeadlines, type Placement } from './headline-placement';
import type { ImportMarker } from './imported-article';
import { jumpLabel } from './jump-lines';
import { startsWithDateline } from './name-patterns';
import type { TitleUnit, Unit } from './page-units';

export type DraftItem =
  | { kind: 'paragraph' | 'quote'; text: string; unit: number }
  | { kind: 'subhead'; text: string; unit: number; explicit: boolean }
  | { kind: 'caption'; text: string; credit: string; unit: number; image?: number };

export interface DraftArticle {
  /** Input line the article starts at: articles are listed in this order. */
  at: number;
  titles: TitleUnit[];
  /** The title of a photo printed with its own heading (图片新闻): the photo is an article of its own. */
  photoTitle: string;
  body: DraftItem[];
  signature: string;
  jumps: string[];
}

export type Orientation = 'before' | 'after';

function isSideMarker(unit: Unit | undefined): boolean {
  return unit?.kind === 'marker' && (unit.marker.kind === 'pageFurniture' || unit.marker.kind === 'duplicate');
}

/**
 * 'after' when the page opens with running text (outside a continuation) and a headline group has
 * to follow its body; otherwise 'before'. With no opening evidence the page's last unit decides.
 */
export function pageOrientation(units: readonly Unit[]): Orientation {
  let start: Orientation | null = null;
  for (const unit of units) {
    if (unit.kind === 'marker' && unit.continuation) break;
    if (unit.kind === 'title') start = 'before';
    else if (unit.kind === 'paragraph') start = 'after';
    if (start) return start;
  }
  for (let index = units.length - 1; index >= 0; index -= 1) {
    const unit = units[index];
    if (unit?.kind === 'title') return 'after';
    if (unit?.kind === 'paragraph' || unit?.kind === 'signature') return 'before';
  }
  return 'before';
}

class Assembler {
  readonly articles: DraftArticle[] = [];
  readonly markers: ImportMarker[] = [];
  private current: DraftArticle | null = null;
  /** The articles opened since the last headline group: the ones a group set after its body may title. */
  private sinceGroup: DraftArticle[] = [];
  /** The current article's text is complete (signature or 下转): running text after it starts another. */
  private ended = false;
  private readonly lastText: number;

  constructor(
    private readonly units: readonly Unit[],
    private readonly plan: ReadonlyMap<number, Placement>,
    private readonly single: boolean,
  ) {
    let last = units.length - 1;
    while (last >= 0 && units[last]?.kind === 'marker') last -= 1;
    this.lastText = last;
  }

  run(): void {
    for (let index = 0; index < this.units.length; index += 1) {
      const unit = this.units[index];
      if (!unit) continue;
      if (unit.kind === 'title') index = this.group(index) - 1;
      else this.unit(unit, index);
    }
  }

  private open(at: number): DraftArticle {
    const article: DraftArticle = { at, titles: [], photoTitle: '', body: [], signature: '', jumps: [] };
    this.articles.push(article);
    this.sinceGroup.push(article);
    this.current = article;
    this.ended = false;
    return article;
  }

  private close(): void {
    if (!this.single) this.current = null;
    this.ended = false;
  }

  /** The article running text goes to: a new one after a finished article or at a new 电头. */
  private target(at: number, dateline: boolean): DraftArticle {
    const current = this.current;
    if (!current) return this.open(at);
    if (this.single) return current;
    if (this.ended || (dateline && current.body.length > 0)) return this.open(at);
    return current;
  }

  /** The first unit from `from` on, furniture not counted. */
  private next(from: number): number {
    let index = from;
    while (isSideMarker(this.units[index])) index += 1;
    return index;
  }

  /** The unit before `index`, furniture between them not counted. */
  private previous(index: number): number {
    let before = index - 1;
    while (before >= 0 && isSideMarker(this.units[before])) before -= 1;
    return before;
  }

  private lineOf(index: number): number {
    const unit = this.units[index];
    if (!unit) return 0;
    return unit.kind === 'title' ? unit.line.index : unit.at;
  }

  private unit(unit: Exclude<Unit, TitleUnit>, index: number): void {
    switch (unit.kind) {
      case 'marker':
        this.markers.push(unit.marker);
        if (unit.marker.kind === 'jump') this.jump(unit.marker.text, unit.continuation, unit.at);
        else if (unit.marker.kind === 'columnLogo') this.close();
        return;
      case 'floating':
        this.titles(unit.titles, this.current ?? this.open(unit.at), index);
        return;
      case 'paragraph':
        this.target(unit.at, startsWithDateline(unit.text)).body.push({ kind: 'paragraph', text: unit.text, unit: index });
        return;
      case 'subhead':
      case 'quote': {
        const item: DraftItem =
          unit.kind === 'subhead'
            ? { kind: 'subhead', text: unit.text, unit: index, explicit: true }
            : { kind: 'quote', text: unit.text, unit: index };
        this.target(unit.at, false).body.push(item);
        return;
      }
      case 'signature':
        this.signature(unit.text, unit.at, index);
        return;
      case 'credit':
        this.caption(unit.text, unit.at, index);
        return;
      case 'photo': {
        const { text, credit, image } = unit;
        this.target(unit.at, false).body.push({ kind: 'caption', text, credit, unit: index, ...(image === undefined ? {} : { image }) });
        return;
      }
    }
  }

  private jump(text: string, continuation: boolean, at: number): void {
    if (continuation && !this.single) {
      this.close();
      this.open(at).jumps.push(jumpLabel(text));
      return;
    }
    (this.current ?? this.open(at)).jumps.push(jumpLabel(text));
    if (!continuation) this.ended = !this.single;
  }

  private signature(text: string, at: number, index: number): void {
    // In a draft only a name after all the text signs it; an earlier name line is text.
    if (this.single && index < this.lastText) {
      this.target(at, false).body.push({ kind: 'paragraph', text, unit: index });
      return;
    }
    const article = this.current ?? this.open(at);
    article.signature = article.signature ? `${article.signature} ${text}` : text;
    this.ended = !this.single;
  }

  /** A credit makes the unit before it a photo caption; a heading right above that caption titles the photo. */
  private caption(credit: string, at: number, index: number): void {
    const article = this.current ?? this.open(at);
    const last = article.body.at(-1);
    const textUnit = this.previous(index);
    const text = last?.kind === 'paragraph' && last.unit === textUnit ? last.text : '';
    if (text) article.body.pop();
    const heading = article.body.at(-1);
    const titled =
      !this.single && text !== '' && heading?.kind === 'subhead' && heading.explicit && heading.unit === this.previous(textUnit);
    if (!titled) {
      article.body.push({ kind: 'caption', text, credit, unit: index });
      return;
    }
    article.body.pop();
    const photo: DraftArticle = {
      at: this.lineOf(heading.unit),
      titles: [],
      photoTitle: heading.text,
      body: [{ kind: 'caption', text, credit, unit: index }],
      signature: '',
      jumps: [],
    };
    this.articles.push(photo);
  }

  /** A run of title lines starting at `start`; returns the index after it. */
  private group(start: number): number {
    const end = groupEnd(this.units, start);
    const titles: TitleUnit[] = [];
    for (const unit of this.units.slice(start, end)) {
      if (unit.kind === 'title') titles.push(unit);
      else if (unit.kind === 'marker') this.markers.push(unit.marker);
    }
    if (isCaptionRun(this.units, end, titles)) {
      // Caption text set without a final stop, then its credit.
      const text = titles.map((title) => title.line.content).join(' ');
      (this.current ?? this.open(titles[0]?.line.index ?? 0)).body.push({ kind: 'paragraph', text, unit: this.previous(this.next(end)) });
      return end;
    }
    this.titles(titles, null, start, this.plan.get(start));
    return end;
  }

  /** Places a headline group as planned: headline group of the body before or after it, or subheads. */
  private titles(titles: TitleUnit[], into: DraftArticle | null, index: number, placement?: Placement): void {
    const current = into ?? this.current;
    const asSubheads = (article: DraftArticle): void => {
      for (const title of titles) article.body.push({ kind: 'subhead', text: title.line.content, unit: index, explicit: false });
    };
    if (into) {
      if (into.titles.length === 0) into.titles = titles;
      else asSubheads(into);
      return;
    }
    if (this.single) {
      const article = current ?? this.open(titles[0]?.line.index ?? 0);
      if (article.titles.length === 0 && article.body.length === 0) article.titles = titles;
      else asSubheads(article);
      return;
    }
    const opened = this.sinceGroup;
    this.sinceGroup = [];
    if (placement?.to === 'subheads' && current) {
      asSubheads(current);
      this.sinceGroup = [current];
      return;
    }
    const earlier = opened[opened.length - 1 - (placement?.back ?? 0)];
    if (placement?.to === 'previous' && earlier && earlier.titles.length === 0) {
      earlier.titles = titles;
      this.close();
      return;
    }
    this.close();
    this.open(titles[0]?.line.index ?? 0).titles = titles;
  }
}

function isEmpty(article: DraftArticle): boolean {
  return article.titles.length === 0 && article.photoTitle === '' && article.body.length === 0 && article.signature === '';
}

/** Articles with nothing in them go; a jump line one carried moves to the article it continues or precedes. */
function dropEmpty(articles: readonly DraftArticle[]): DraftArticle[] {
  const kept: DraftArticle[] = [];
  let pending: string[] = [];
  for (const article of articles) {
    if (!isEmpty(article)) {
      article.jumps.unshift(...pending);
      pending = [];
      kept.push(article);
    } else if (article.jumps.length > 0) {
      const previous = kept.at(-1);
      if (previous && !article.jumps.some((jump) => /^(上接|接)/u.test(jump))) previous.jumps.push(...article.jumps);
      else pending.push(...article.jumps);
    }
  }
  const last = kept.at(-1);
  if (pending.length > 0) {
    if (last) last.jumps.push(...pending);
    else return [...articles];
  }
  return kept;
}

/** The articles of a page (or, with `single`, the one article of a draft) and the markers met on the way. */
export function assembleArticles(units: readonly Unit[], single: boolean): { articles: DraftArticle[]; markers: ImportMarker[] } {
  const plan = single ? new Map<number, Placement>() : placeHeadlines(units, pageOrientation(units) === 'after' ? 'previous' : 'next');
  const assembler = new Assembler(units, plan, single);
  assembler.run();
  const articles = [...assembler.articles].sort((a, b) => a.at - b.at);
  return { articles: dropEmpty(articles), markers: assembler.markers };
}
