// What an importer recovers from a draft or an archive page: one article's parts in reading
// order, the flat form `kfq import --json` prints, and the article document it becomes.
import { textElement, type ArticleNode } from '../model/article';

export type ImportedBodyItem =
  | { kind: 'paragraph'; text: string }
  | { kind: 'subhead'; text: string }
  | { kind: 'quote'; text: string }
  /** `image`: the source document's picture (its index) that the document's reader stores and turns into `assetId`. */
  | { kind: 'caption'; text: string; credit: string; assetId: string | null; image?: number };

export interface ImportedArticle {
  kicker: string;
  headline: string;
  subtitle: string;
  /** 电头 as printed, e.g. 科学导报讯 (the byline that follows it is `byline`). */
  dateline: string;
  /** e.g. 记者王波 or 记者王波 通讯员李明. */
  byline: string;
  body: ImportedBodyItem[];
  signature: string;
  /** Jump lines found in the article, e.g. 下转A2版, 上接D1版. */
  jumps: string[];
}

/**
 * Markers recognised and reported rather than kept as text (column logos, jump lines…).
 * 'duplicate': a passage the extraction printed twice on the page; only its last copy is kept as text.
 */
export interface ImportMarker {
  kind: 'jump' | 'columnLogo' | 'pageFurniture' | 'duplicate';
  text: string;
}

export interface ImportResult {
  articles: ImportedArticle[];
  markers: ImportMarker[];
}

/** The documented JSON shape of `kfq import --json`: one object per article, missing fields empty. */
export interface ImportedArticleJson {
  kicker: string;
  headline: string;
  subtitle: string;
  dateline: string;
  byline: string;
  paragraphs: string[];
  subheads: string[];
  captions: Array<{ text: string; credit: string }>;
  signature: string;
  jumps: string[];
}

export function toImportJson(article: ImportedArticle): ImportedArticleJson {
  return {
    kicker: article.kicker,
    headline: article.headline,
    subtitle: article.subtitle,
    dateline: article.dateline,
    byline: article.byline,
    paragraphs: article.body.filter((item) => item.kind === 'paragraph' || item.kind === 'quote').map((item) => item.text),
    subheads: article.body.filter((item) => item.kind === 'subhead').map((item) => item.text),
    captions: article.body.flatMap((item) => (item.kind === 'caption' ? [{ text: item.text, credit: item.credit }] : [])),
    signature: article.signature,
    jumps: [...article.jumps],
  };
}

/** The article document (Slate shape) an imported article becomes in the library. */
export function toArticleContent(article: ImportedArticle): ArticleNode[] {
  const nodes: ArticleNode[] = [];
  if (article.kicker) nodes.push(textElement('kicker', article.kicker));
  nodes.push(textElement('headline', article.headline || '（无标题）'));
  if (article.subtitle) nodes.push(textElement('subtitle', article.subtitle));
  const dateline = [article.dateline, article.byline].filter(Boolean).join(' ');
  if (dateline) nodes.push(textElement('dateline', dateline));
  for (const item of article.body) {
    if (item.kind === 'caption') nodes.push({ type: 'photo', assetId: item.assetId, credit: item.credit, children: [{ text: item.text }] });
    else nodes.push(textElement(item.kind, item.text));
  }
  if (!nodes.some((node) => node.type === 'paragraph')) nodes.push(textElement('paragraph', ''));
  if (article.signature) nodes.push(textElement('signature', article.signature));
  return nodes;
}
